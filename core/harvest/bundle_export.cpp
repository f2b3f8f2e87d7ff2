#include "core/harvest/bundle_export.hpp"

#include <sodium.h>

#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/model/operation_check.hpp"
#include "core/store/store.hpp"

namespace oogst {

ExportChoice only_unacknowledged(const Store& device) {
    ExportChoice choice;
    choice.after_sequence = device.acknowledged_through();
    return choice;
}

bool all_acknowledged(const Store& device) { return device.own_operation_count() <= device.acknowledged_through(); }

ExportedBundle export_bundle_with_summary(const Store& device, const ExportChoice& choice) {
    const auto keys = device.workshop_keys();
    if (!keys)
        throw UserError("this device has not joined a workshop yet: join it first with the facilitator's join file "
                        "(oogst-cli workshop join FILE)");
    if (keys->is_facilitator())
        throw UserError("this is the facilitator's own store: its work is here already, there is nothing to hand in");

    Bundle bundle;
    bundle.header.workshop_id = keys->workshop_id;
    bundle.header.device_id = device.device().id;
    bundle.header.device_public_key = device.device().public_key;
    bundle.header.membership_proof = membership_proof(*keys, device.device().id, device.device().public_key);
    bundle.header.made_at_ms = wall_clock_ms();
    bundle.header.made_through = device.own_operation_count();
    // An operation that no longer decodes (a damaged payload on this disk) is left out
    // and named by its number: one damaged change does not keep the rest from arriving.
    for (Operation& op : device.own_operations_after(choice.after_sequence)) {
        try {
            check_operation(op);
        } catch (const FormatError&) {
            bundle.header.damaged_sequences.push_back(op.id.sequence);
            continue;
        }
        bundle.operations.push_back(std::move(op));
    }

    // The pictures the operations refer to, each once, unless the receiver has them.
    std::set<std::string> taken;
    for (const auto& op : bundle.operations) {
        if (op.kind != OperationKind::capture_added) continue;
        // This device's own operations go out as stored: an older text that breaks
        // today's rules is the facilitator's import's to refuse, not a reason to stop
        // the export.
        for (const auto& hash : check_operation(op, TextCheck::as_stored).blobs) {
            if (choice.blobs_held.count(hash) || !taken.insert(hash).second) continue;
            auto bytes = device.blob(hash);
            // Missing, or no longer what its hash says (bit rot): left out and named, so
            // one damaged photo does not keep the rest of the device's work from arriving.
            if (!bytes || content_hash(*bytes) != hash) {
                bundle.header.damaged_blobs.push_back(hash);
                continue;
            }
            bundle.blobs.emplace_back(hash, device.blob_media_type(hash).value_or(""), std::move(*bytes));
        }
    }

    std::string secret = device.device_secret_key();
    ExportedBundle exported;
    exported.bytes = write_bundle(bundle, secret, choice.sealed ? &*keys : nullptr);
    sodium_memzero(secret.data(), secret.size());
    exported.header = bundle.header;
    exported.header.operation_count = static_cast<std::uint32_t>(bundle.operations.size());
    exported.header.blob_count = static_cast<std::uint32_t>(bundle.blobs.size());
    if (!bundle.operations.empty()) {
        exported.header.first_sequence = bundle.operations.front().id.sequence;
        exported.header.last_sequence = bundle.operations.back().id.sequence;
    }
    return exported;
}

std::string export_bundle(const Store& device, const ExportChoice& choice) {
    return export_bundle_with_summary(device, choice).bytes;
}

}  // namespace oogst
