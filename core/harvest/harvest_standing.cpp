#include "core/harvest/harvest_standing.hpp"

#include <map>

#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"

namespace oogst {

HarvestStanding read_standing(const Store& store, const HarvestStanding* previous) {
    HarvestStanding standing;
    const WorkshopState& state = store.state();
    if (state.has_workshop()) standing.workshop_name = state.workshop().name;
    if (const auto keys = store.workshop_keys()) {
        standing.joined = true;
        standing.facilitator = keys->is_facilitator();
        standing.hub = keys->hub;
    }
    standing.own = store.own_operation_count();
    standing.acknowledged = store.acknowledged_through();
    if (previous && previous->own == standing.own && previous->acknowledged == standing.acknowledged &&
        previous->joined == standing.joined) {
        standing.waiting_captures = previous->waiting_captures;
        standing.table = previous->table;
        return standing;
    }

    // The table: where most of this device's captures were made. A tablet usually
    // serves one table all evening; the file name then says whose stick it is.
    std::map<std::string, std::size_t> per_session;
    for (const Operation& op : store.own_operations_after(0)) {
        if (op.kind != OperationKind::capture_added) continue;
        try {
            const auto capture = wire::decode<CaptureAdded>(op.payload);
            ++per_session[capture.session_id];
        } catch (const FormatError&) {
            continue;  // the fold refused it too: it counts for nothing
        }
        if (op.id.sequence > standing.acknowledged) ++standing.waiting_captures;
    }
    std::size_t most = 0;
    for (const auto& [session_id, count] : per_session) {
        const SessionSet* session = state.session(session_id);
        if (session && count > most) {
            most = count;
            standing.table = session->table_name;
        }
    }
    return standing;
}

}  // namespace oogst
