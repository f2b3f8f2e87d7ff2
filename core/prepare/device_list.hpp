#pragma once
// The facilitator's list of devices, for the evening the work comes in: which devices
// handed in, which sessions each serves, when each last handed in and how many of its
// operations are here, and which planned sessions nothing has come in for yet.
//
// It knows only what bundles brought: a device that joined but never handed in has
// told the facilitator nothing (joining reads a file or asks the hub, and leaves no
// trace here), so it is not listed; its sessions show as still waiting.
#include <cstdint>
#include <string>
#include <vector>

#include "core/store/store.hpp"

namespace oogst {

struct DeviceRow {
    KnownDevice device;
    std::string short_id;               // the first 8 characters, as the desk's report shows it
    std::vector<std::string> sessions;  // the listed sessions it made captures or table changes in, by name
    DeviceRole role = DeviceRole::member;  // what the facilitator said of it (member_rights.hpp)
};

struct DeviceList {
    // Those that handed in longest ago first: a table still at work, or one that forgot
    // its last hand-in, comes to the top.
    std::vector<DeviceRow> devices;
    // Listed sessions without a capture and without a device serving them, in the
    // sessions' order: the tables still missing.
    std::vector<std::string> waiting;
};

DeviceList device_list(const Store& store);

}  // namespace oogst
