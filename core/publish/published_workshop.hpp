#pragma once
// Everything a publication may say about a workshop, with consent applied once
// (publishable.hpp): its figures, its keys with their strongest dreams, children's works
// and initiatives, its sessions, and what is not filed yet. The orientation note, the
// newspaper, the memorandum, a table's summary and the gallery are all written from it,
// so none can show what another would hide. Pure and deterministic: the same state gives
// the same value.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/drawing/drawing.hpp"
#include "core/model/workshop_state.hpp"
#include "core/roadmap/roadmap_evidence.hpp"

namespace oogst {

// One capture, or a pile of near-duplicates as one, as a publication may show it.
struct PublishedWork {
    std::string id;        // the capture shown (a pile's first published one)
    std::size_t pile = 1;  // the published captures it stands for
    std::string text, table, session_id, method, board;
    CaptureKind kind = CaptureKind::text;
    bool child = false;        // a child's work from a kiosk
    std::string name;          // "Lotte, 5B" with the consent to name; "" otherwise
    std::vector<Stroke> strokes;
    std::string photo_blob;    // the photo's (or picture's) blob, fetched by the writer
    double score = 0;          // average of the votes over the pile (0: none)
    int votes = 0;
    std::size_t tables = 1;    // the tables its pile comes from
};

struct PublishedAction {
    std::string what, who, due;
    ActionStatus status = ActionStatus::open;
};

struct PublishedInitiative {
    std::string id, title, description;
    std::string owner;  // a department or partner; "" when the owner is a private person
    std::vector<std::string> partners;
    int horizon = 0;
    InitiativeStatus status = InitiativeStatus::proposed;
    std::vector<PublishedAction> actions;
    EvidenceCount evidence;
};

struct PublishedKey {
    std::string id, name, needs, core_values, future_images, colour;
    std::vector<PublishedWork> dreams;    // adults', strongest first (average, votes, pile)
    std::vector<PublishedWork> children;  // children's works with the consent to publish
    std::vector<PublishedInitiative> initiatives;
    std::size_t captures = 0;  // published captures filed under it (a pile counts each)
    std::size_t tables = 0;    // the sessions they came from
    int votes = 0;
};

struct PublishedSession {
    std::string id, table, method, place;
    std::string day;           // "2026-12-04"; "" when not planned
    int participants = 0;
    bool kiosk = false;
    // Strongest first; a kiosk's: each published child's work on its own, in the order
    // its loop shows them (the order made).
    std::vector<PublishedWork> works;
    std::map<std::string, int> keys;   // key name -> its published captures filed there
    int votes = 0;
};

struct PublishedFigures {
    int sessions = 0, tables = 0, kiosks = 0, participants = 0;
    int captures = 0, children_works = 0, votes = 0, keys = 0, initiatives = 0, actions = 0;
    std::map<std::string, int> sessions_by_method;  // method id -> sessions
    std::map<std::string, int> captures_by_place;   // place -> published captures
    std::map<std::string, int> captures_by_day;     // "2026-12-04" -> published captures
};

struct PublishedWorkshop {
    WorkshopSet workshop;
    int horizon_year = 0;  // the year the newspaper is dated in: the initiatives' furthest, else ten years on
    PublishedFigures figures;
    std::vector<PublishedKey> keys;          // by name, as the wall lists them
    std::vector<PublishedSession> sessions;  // in the workshop's order
    std::vector<PublishedWork> unfiled;      // published cards under no key, strongest first
};

PublishedWorkshop published_workshop(const WorkshopState& state);

// Sorts works strongest first: by average score, then votes, then pile size; ties by id.
void strongest_first(std::vector<PublishedWork>& works);

// The day of a session's start, "2026-12-04", as the planning shows it; "" for 0.
std::string day_of(std::int64_t starts_at_ms);

}  // namespace oogst
