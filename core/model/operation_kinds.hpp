#pragma once
// Every kind of operation, once. The enum (operation.hpp), the kinds' names, what each
// changes, decoding a payload as its type (visit_payload in payloads.hpp), the checks
// an import runs and the fold's dispatch all follow from this one list, so a new kind
// is one line here, its payload type, and the overloads the compiler then asks for.
//
// X(name, number, Payload, subject):
//   number  stable: written to stores and bundles. Never reuse or renumber.
//   Payload the payload type in payloads.hpp (its ::kind must be this kind).
//   subject what the operation changes: workshop, session, capture, theme or roadmap
//           (initiatives, actions, cases, actors, links, canvases, statements).
//
// A theme is what the workshop calls a key ("sleutel": Ademen, Ontmoeten, …); the code
// says theme so it never reads as the workshop's cryptographic keys (harvest/).
#define OOGST_OPERATION_KINDS(X)                                  \
    X(workshop_set, 1, WorkshopSet, workshop)                     \
    X(session_set, 2, SessionSet, session)                        \
    X(session_deleted, 3, SessionDeleted, session)                \
    X(session_table_set, 4, SessionTableSet, session)             \
    X(session_merged, 5, SessionMerged, session)                  \
    X(capture_added, 10, CaptureAdded, capture)                   \
    X(capture_text_edited, 11, CaptureTextEdited, capture)        \
    X(capture_moved, 12, CaptureMoved, capture)                   \
    X(capture_consent_set, 13, CaptureConsentSet, capture)        \
    X(capture_deleted, 14, CaptureDeleted, capture)               \
    X(capture_restored, 15, CaptureRestored, capture)             \
    X(capture_consent_given, 16, CaptureConsentGiven, capture)    \
    X(capture_field_set, 17, CaptureFieldSet, capture)            \
    X(capture_kept_apart, 18, CaptureKeptApart, capture)          \
    X(vote_cast, 20, VoteCast, capture)                           \
    X(theme_set, 30, ThemeSet, theme)                             \
    X(theme_deleted, 31, ThemeDeleted, theme)                     \
    X(theme_membership_set, 32, ThemeMembershipSet, theme)        \
    X(theme_restored, 33, ThemeRestored, theme)                   \
    X(theme_merged, 34, ThemeMerged, theme)                       \
    X(theme_suggestion_rejected, 35, ThemeSuggestionRejected, theme) \
    X(initiative_set, 40, InitiativeSet, roadmap)                    \
    X(action_set, 41, ActionSet, roadmap)                            \
    X(case_set, 42, InnovationCaseSet, roadmap)                      \
    X(case_shortlisted, 43, CaseShortlisted, roadmap)                \
    X(actor_set, 44, ActorSet, roadmap)                              \
    X(actor_placed, 45, ActorPlaced, roadmap)                        \
    X(actor_link_set, 46, ActorLinkSet, roadmap)                     \
    X(canvas_block_set, 47, CanvasBlockSet, roadmap)                 \
    X(roadmap_evidence_set, 48, RoadmapEvidenceSet, roadmap)               \
    X(roadmap_item_deleted, 49, RoadmapItemDeleted, roadmap)               \
    X(roadmap_item_restored, 50, RoadmapItemRestored, roadmap)             \
    X(statement_set, 51, StatementSet, roadmap)
