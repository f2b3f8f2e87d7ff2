#include "core/harvest/member_devices.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace oogst {
namespace {

void require_facilitator(const Store& store) {
    const auto keys = store.workshop_keys();
    if (!keys || !keys->is_facilitator())
        throw UserError("this store is not the facilitator's: devices are revoked or named on the machine where the "
                        "workshop was created");
}

bool is_whole_id(const std::string& id) {
    return id.size() == 32 && std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

}  // namespace

std::string find_member_device(const Store& facilitator, const std::string& id_or_start) {
    require_facilitator(facilitator);
    if (id_or_start == facilitator.device().id)
        throw UserError("that is this facilitator machine itself, not a member device");
    if (id_or_start.size() < 4) throw UserError("name the device by at least the first 4 characters of its id");
    std::vector<std::string> matches;
    for (const KnownDevice& device : facilitator.known_devices())
        if (device.id.compare(0, id_or_start.size(), id_or_start) == 0) matches.push_back(device.id);
    if (matches.size() == 1) return matches.front();
    if (matches.size() > 1)
        throw UserError("more than one device's id starts with \"" + id_or_start + "\": give more of it");
    if (is_whole_id(id_or_start)) return id_or_start;
    throw UserError("no device whose id starts with \"" + id_or_start +
                    "\" has handed in here ('oogst-cli devices' lists them); a whole id (32 characters) is taken "
                    "even before its first bundle");
}

std::uint64_t revoke_device(Store& facilitator, const std::string& device, bool set_aside_earlier) {
    require_facilitator(facilitator);
    facilitator.set_device_role(device, DeviceRole::revoked);
    return set_aside_earlier ? facilitator.set_aside_device(device) : 0;
}

std::uint64_t readmit_device(Store& facilitator, const std::string& device) {
    require_facilitator(facilitator);
    facilitator.set_device_role(device, DeviceRole::member);
    return facilitator.take_back_device(device);
}

void name_facilitator(Store& facilitator, const std::string& device) {
    require_facilitator(facilitator);
    facilitator.set_device_role(device, DeviceRole::facilitator);
}

}  // namespace oogst
