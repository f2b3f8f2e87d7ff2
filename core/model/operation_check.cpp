#include "core/model/operation_check.hpp"

#include "core/model/payloads.hpp"

namespace oogst {
namespace {

bool is_hex_hash(const std::string& hash) {
    if (hash.size() != 64) return false;
    for (char c : hash)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// What each kind of payload tells an import: one overload per payload type.
struct FactsOf {
    OperationFacts of_session(std::string id) const { return {.session_id = std::move(id)}; }
    OperationFacts of_capture(std::string id) const { return {.capture_id = std::move(id)}; }

    OperationFacts operator()(const WorkshopSet&) const { return {}; }
    OperationFacts operator()(SessionSet&& set) const { return of_session(std::move(set.id)); }
    OperationFacts operator()(SessionTableSet&& set) const { return of_session(std::move(set.id)); }
    OperationFacts operator()(SessionDeleted&& deleted) const { return of_session(std::move(deleted.id)); }
    OperationFacts operator()(SessionMerged&& merge) const {
        if (merge.from.empty()) throw FormatError("a merge of sessions names no session");
        return of_session(std::move(merge.from));
    }
    OperationFacts operator()(CaptureAdded&& added) const {
        OperationFacts facts{.session_id = std::move(added.session_id), .capture_id = std::move(added.id),
                             .adds_capture = true};
        for (auto* hash : {&added.photo_blob, &added.preview_blob}) {
            if (hash->empty()) continue;
            if (!is_hex_hash(*hash)) throw FormatError("a capture refers to a picture by a malformed name");
            facts.blobs.push_back(std::move(*hash));
        }
        return facts;
    }
    OperationFacts operator()(CaptureTextEdited&& edit) const { return of_capture(std::move(edit.id)); }
    OperationFacts operator()(CaptureMoved&& move) const { return of_capture(std::move(move.id)); }
    OperationFacts operator()(CaptureConsentSet&& set) const { return of_capture(std::move(set.id)); }
    OperationFacts operator()(CaptureConsentGiven&& given) const { return of_capture(std::move(given.id)); }
    OperationFacts operator()(CaptureFieldSet&& set) const { return of_capture(std::move(set.id)); }
    OperationFacts operator()(CaptureDeleted&& deleted) const { return of_capture(std::move(deleted.id)); }
    OperationFacts operator()(CaptureRestored&& restored) const { return of_capture(std::move(restored.id)); }
    OperationFacts operator()(VoteCast&& vote) const { return of_capture(std::move(vote.capture_id)); }
    OperationFacts operator()(const ThemeSet&) const { return {}; }
    OperationFacts operator()(const ThemeDeleted&) const { return {}; }
    OperationFacts operator()(const ThemeMembershipSet&) const { return {}; }
    OperationFacts operator()(const ThemeRestored&) const { return {}; }
    OperationFacts operator()(const ThemeMerged&) const { return {}; }
    OperationFacts operator()(const ThemeSuggestionRejected&) const { return {}; }
    OperationFacts operator()(CaptureKeptApart&& apart) const { return of_capture(std::move(apart.id)); }
    // Plans belong to the workshop, like keys: nothing an import must look up.
    OperationFacts operator()(const InitiativeSet&) const { return {}; }
    OperationFacts operator()(const ActionSet&) const { return {}; }
    OperationFacts operator()(const InnovationCaseSet&) const { return {}; }
    OperationFacts operator()(const CaseShortlisted&) const { return {}; }
    OperationFacts operator()(const ActorSet&) const { return {}; }
    OperationFacts operator()(const ActorPlaced&) const { return {}; }
    OperationFacts operator()(const ActorLinkSet&) const { return {}; }
    OperationFacts operator()(const CanvasBlockSet&) const { return {}; }
    OperationFacts operator()(const RoadmapEvidenceSet&) const { return {}; }
    OperationFacts operator()(const RoadmapItemDeleted&) const { return {}; }
    OperationFacts operator()(const RoadmapItemRestored&) const { return {}; }
    OperationFacts operator()(const StatementSet&) const { return {}; }
};

}  // namespace

OperationFacts check_operation(const Operation& op, TextCheck texts) {
    // Every text the payload holds is checked as it is decoded (wire::line, wire::lines),
    // so no payload type can forget one.
    const wire::CheckTexts scope(texts == TextCheck::strict);
    return visit_payload(op, FactsOf{});
}

}  // namespace oogst
