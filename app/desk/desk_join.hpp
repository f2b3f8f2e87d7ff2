#pragma once
// Provisioning from the desk, without drawing: making this computer the
// facilitator's for the workshop in its store, and writing the join file devices join
// with to a USB stick.
#include <filesystem>
#include <string>

#include "core/store/store.hpp"

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

// Writes folder/<workshop>.oogst-join durably (replacing an older one of the same
// name: a join file only grows) with the templates the workshop uses
// (core/harvest/workshop_templates.hpp) and returns its path. hub: the address devices push to.
std::filesystem::path write_join_file(Store& store, const std::filesystem::path& folder, const std::string& hub);

}  // namespace oogst::app
