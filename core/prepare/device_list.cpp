#include "core/prepare/device_list.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace oogst {

DeviceList device_list(const Store& store) {
    const WorkshopState& state = store.state();
    DeviceList list;
    std::map<std::string, std::set<std::string>> served;  // device -> session roots
    for (const auto& [id, capture] : state.capture_records())
        if (capture.origin) served[capture.origin_order.device].insert(state.session_root(capture.origin->session_id));
    // A table that only renamed itself or said how many sit at it serves that session too.
    for (const auto& [id, session] : state.session_records()) {
        const std::string& root = state.session_root(id);
        for (const WriteOrder* order : {&session.table_name.order(), &session.participants.order()})
            if (!order->device.empty()) served[order->device].insert(root);
    }
    std::set<std::string> listed, served_by_a_device;
    for (const SessionSet* session : state.sessions()) listed.insert(session->id);
    const auto roles = store.device_roles();
    for (KnownDevice& device : store.known_devices()) {
        DeviceRow row{device, device.id.substr(0, 8), {}};
        if (const auto named = roles.find(device.id); named != roles.end()) row.role = named->second;
        for (const std::string& session : served[device.id])
            if (listed.count(session)) {
                row.sessions.push_back(session);
                served_by_a_device.insert(session);
            }
        std::sort(row.sessions.begin(), row.sessions.end(), [&state](const std::string& a, const std::string& b) {
            return std::tie(state.session(a)->table_name, a) < std::tie(state.session(b)->table_name, b);
        });
        list.devices.push_back(std::move(row));
    }
    std::sort(list.devices.begin(), list.devices.end(), [](const DeviceRow& a, const DeviceRow& b) {
        return std::tie(a.device.last_handed_in_ms, a.device.id) < std::tie(b.device.last_handed_in_ms, b.device.id);
    });
    const auto counts = state.capture_counts();
    for (const SessionSet* session : state.sessions())
        if (!served_by_a_device.count(session->id) && !counts.count(session->id)) list.waiting.push_back(session->id);
    return list;
}

}  // namespace oogst
