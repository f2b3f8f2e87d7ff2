#pragma once
// Exporting this device's work as a bundle, for a USB stick or a push to the hub.
#include <cstdint>
#include <set>
#include <string>

#include "core/harvest/bundle.hpp"

namespace oogst {

class Store;

struct ExportChoice {
    // Operations with a sequence after this one; 0 exports everything this device made.
    std::uint64_t after_sequence = 0;
    // Blobs the receiver already holds (from a hub's answer): left out.
    std::set<std::string> blobs_held;
    // Sealed to the workshop's public key: the default, so a lost stick leaks nothing.
    bool sealed = true;
};

// Everything this device made and the facilitator has not yet acknowledged (receipts).
ExportChoice only_unacknowledged(const Store& device);

// Whether the facilitator's receipts already cover everything this device made.
bool all_acknowledged(const Store& device);

// The bundle, ready to be written (platform/files/durable_file.hpp) or pushed. Throws
// UserError when the store has joined no workshop and sealing was asked.
std::string export_bundle(const Store& device, const ExportChoice& choice);
// The same, with the bundle's contents for a summary.
struct ExportedBundle {
    std::string bytes;
    BundleHeader header;
};
ExportedBundle export_bundle_with_summary(const Store& device, const ExportChoice& choice);

}  // namespace oogst
