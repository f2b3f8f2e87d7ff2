#include "core/sense/wall_fingerprint.hpp"

#include <bit>
#include <cstdint>
#include <functional>
#include <string>

namespace oogst {

WallFingerprint wall_fingerprint(const WorkshopState& state) {
    // Each capture's part is summed, so the hashed map's order does not matter.
    WallFingerprint print;
    const std::hash<std::string> hash;
    for (const auto& [id, capture] : state.capture_records()) {
        if (!capture.live()) continue;
        const std::size_t words = hash(id) * 31 + hash(capture.text.value()) + (capture.kept_apart.value() ? 7 : 0) +
                                  (capture.consent.exhibited() ? 13 : 0);
        print.words += words * 0x9e3779b97f4a7c15ull;
        const CaptureAdded& origin = *capture.origin;
        const Placement& place = capture.placement.value();
        const std::size_t places = words * 31 + hash(state.session_root(origin.session_id)) * 17 + hash(place.board) * 5 +
                                   std::bit_cast<std::uint32_t>(place.x) + hash(origin.prompt) * 3 +
                                   static_cast<std::size_t>(origin.capture_kind);
        print.places += places * 0xc2b2ae3d27d4eb4full;
    }
    // The sessions in the wall's order, with what a card says of its session.
    for (const SessionSet* session : state.sessions())
        print.places = print.places * 31 + hash(session->id) + hash(session->table_name) * 7 + hash(session->method) * 3;
    return print;
}

}  // namespace oogst
