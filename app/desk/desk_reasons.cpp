#include "app/desk/desk_reasons.hpp"

#include <string_view>

namespace oogst::app {

std::string refusal_in_language(const Ui& ui, const std::string& reason) {
    // Words from core/harvest/bundle.cpp and core/harvest/bundle_import.cpp, most specific first.
    static constexpr std::pair<std::string_view, std::string_view> known[] = {
        {"signed with another key than earlier", "desk.reason.other_key"},
        {"claims to come from this facilitator machine", "desk.reason.self"},
        {"signature does not match", "desk.reason.changed"},
        {"picture that none of its", "desk.reason.unused_picture"},
        {"cut short", "desk.reason.damaged"},
        {"checksum does not match", "desk.reason.damaged"},
        {"not an Oogst bundle", "desk.reason.not_bundle"},
        {"belongs to another workshop", "desk.reason.other_workshop"},
        {"never joined this workshop", "desk.reason.not_member"},
        {"has revoked this device", "desk.reason.revoked"},  // platform/net/hub_server.cpp
        {"made by a newer", "desk.reason.newer"},
        {"made by a different", "desk.reason.version"},
        {"larger than Oogst accepts", "desk.reason.too_large"},
        // core/model/wire.hpp's refusals of a text (issue 15, input hygiene), before the
        // "cannot be read" that leads them.
        {"is not valid UTF-8", "desk.reason.bad_text"},
        {"holds a control character", "desk.reason.bad_text"},
        {"cannot be read", "desk.reason.unreadable"},
        {"is not a file", "desk.reason.unreadable"},
        {"no such file", "desk.reason.unreadable"},
    };
    std::string said = reason;
    for (const auto& [words, key] : known)
        if (reason.find(words) != std::string::npos) {
            said = ui.tr(key);
            break;
        }
    // The sentences come without a full stop (the command line adds its own context).
    if (!said.empty() && said.back() != '.' && said.back() != '?' && said.back() != '!') said += '.';
    return said;
}

const char* refusal_key(Refusal why) {
    switch (why) {
        case Refusal::revoked: return "desk.refusal.revoked";
        case Refusal::facilitators_only: return "desk.refusal.facilitators_only";
        case Refusal::not_its_session: return "desk.refusal.not_its_session";
        case Refusal::not_its_capture: return "desk.refusal.not_its_capture";
        case Refusal::taken_id: return "desk.refusal.taken_id";
        case Refusal::before_workshop: return "desk.refusal.before_workshop";
        case Refusal::damaged_on_device: return "desk.refusal.damaged_on_device";
    }
    return "desk.refusal.revoked";
}

}  // namespace oogst::app
