#include "core/sense/sense_input.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/kiosk/kiosk_work.hpp"
#include "core/model/workshop_state.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/table/same_text.hpp"

namespace oogst {
namespace {

// The language the captures were written in, when the workshop names only one; else
// "" and the engine detects it per capture.
std::string language_of_workshop(const WorkshopState& state) {
    if (!state.has_workshop()) return {};
    const auto& languages = state.workshop().languages;
    return languages.size() == 1 ? languages.front() : std::string();
}

}  // namespace

SenseInput sense_input(const WorkshopState& state) {
    SenseInput input = copied_sense_input(state);
    finish_sense_input(input);
    return input;
}

SenseInput copied_sense_input(const WorkshopState& state) {
    SenseInput input;
    const std::string language = language_of_workshop(state);
    // What the captures need of their session, looked up once per session rather than
    // once per capture: the wall copies tens of thousands of captures for its piles.
    struct OfSession {
        bool kiosk;
        const std::string* root;
    };
    std::unordered_map<std::string_view, OfSession> sessions;
    for (const auto& [id, record] : state.session_records()) {
        const SessionSet* session = state.session(id);
        sessions.emplace(id, OfSession{session && session->method == kiosk_method, &state.session_root(id)});
    }
    input.captures.reserve(state.capture_records().size());
    for (const auto& [id, record] : state.capture_records()) {
        if (!record.live()) continue;
        const CaptureAdded& origin = *record.origin;
        const auto session = sessions.find(origin.session_id);
        // A child's work waits for its teacher: without the consent to be shown it is
        // not on the wall, so nothing is suggested for it either.
        if (session != sessions.end() && session->second.kiosk && !record.consent.exhibited()) continue;
        // A debate table's copy of a dream is not on the wall: its original is.
        if (!record.field(copied_from_field).empty()) continue;
        SenseCapture capture;
        capture.id = id;
        capture.text = record.text.value();
        capture.language = language;
        capture.session_id = session != sessions.end() ? *session->second.root : state.session_root(origin.session_id);
        if (record.kept_apart.value()) input.kept_out_of_piles.insert(id);
        input.captures.push_back(std::move(capture));
    }

    // The themes the wall lists (merged ones count under the theme they went into), with
    // what is filed under each and the suggestions the facilitator refused.
    const ThemeFiling filing = theme_filing(state);
    for (const ThemeRecord* record : state.themes()) {
        const ThemeSet& key = record->details.value();
        input.themes.push_back({key.id, key.name, key.needs, key.core_values, key.future_images});
        for (const std::string& capture : filing.captures(key.id)) input.filed.emplace(capture, key.id);
    }
    for (const auto& [id, record] : state.theme_records()) {
        if (!record.live()) continue;
        const std::string& root = state.theme_root(id);
        for (const auto& [capture, rejected] : record.rejected)
            if (rejected.value()) input.rejected.emplace(capture, root);
    }
    return input;
}

void finish_sense_input(SenseInput& input) {
    // capture_records() is hashed: sort so the input, like the output, has one order.
    std::sort(input.captures.begin(), input.captures.end(),
              [](const SenseCapture& a, const SenseCapture& b) { return a.id < b.id; });
    for (SenseCapture& capture : input.captures) capture.words = !folded_text(capture.text).empty();
}

}  // namespace oogst
