#pragma once
// Provisioning from the harvest desk, without drawing: making this computer the
// facilitator's for the workshop in its store, and writing the join file devices join
// with to a USB stick.
#include <filesystem>
#include <map>
#include <string>

#include "core/store.hpp"

namespace oogst::app {

// How ready the store is to collect a workshop.
enum class DeskReadiness {
    no_workshop,      // nothing to collect: 'oogst-cli workshop new' makes one
    not_prepared,     // a workshop without keys: prepare_facilitator() makes them
    device,           // a device that joined someone else's workshop
    ready,            // the facilitator's machine: keys with the secret key
};
DeskReadiness desk_readiness(const Store& store);

// Makes the workshop's keys on this machine (with its device key as the facilitator's
// key, which signs receipts). Only for DeskReadiness::not_prepared.
void prepare_facilitator(Store& store);

// The YAML of the method templates the workshop uses (its own method and its sessions'),
// read from the assets folder: a device with older assets still shows the boards.
std::map<std::string, std::string> join_templates(const Store& store, const std::filesystem::path& assets);

// Writes folder/<workshop>.oogst-join durably (replacing an older one of the same
// name: a join file only grows) and returns its path. hub: the address devices push to,
// empty when the hub is not running.
std::filesystem::path write_join_file(Store& store, const std::filesystem::path& folder, const std::string& hub,
                                      const std::filesystem::path& assets);

}  // namespace oogst::app
