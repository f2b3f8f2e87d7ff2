#include "core/harvest/stick_receipts.hpp"

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <system_error>

#include "core/errors.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

namespace fs = std::filesystem;

// Receipts lie where the bundles were: at the stick's root or in a folder per evening.
constexpr int receipt_depth = 2;

bool lies_below(const fs::path& file, const fs::path& folder) {
    const fs::path relative = file.lexically_normal().lexically_relative(folder.lexically_normal());
    return !relative.empty() && *relative.begin() != "..";
}

// The folder an import was given as a file lies in; a folder is itself.
fs::path folder_of(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error) ? path : path.parent_path();
}

// Small files only: a file larger than a receipt can be is not read at all.
std::optional<std::string> read_small(const fs::path& file) {
    std::error_code error;
    const auto size = fs::file_size(file, error);
    if (error || size > max_receipt_bytes) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    std::string bytes(size, '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
    return bytes;
}

}  // namespace

std::vector<ReceiptFile> receipts_for_folders(const Store& facilitator, const MergeReport& report,
                                              const std::vector<fs::path>& folders) {
    std::vector<ReceiptFile> files;
    std::set<fs::path> done;
    for (const fs::path& path : folders) {
        const fs::path folder = folder_of(path);
        if (!done.insert(folder.lexically_normal()).second) continue;
        // Per device, what its bundles in this folder brought.
        std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> devices;
        for (const BundleOutcome& outcome : report.bundles) {
            if (outcome.result == BundleOutcome::Result::rejected || outcome.device_id.empty()) continue;
            if (!lies_below(outcome.source, folder)) continue;
            auto& [fresh, known] = devices[outcome.device_id];
            fresh += outcome.new_operations;
            known += outcome.known_operations;
        }
        for (const auto& [device, counts] : devices) {
            const Receipt receipt = sign_receipt(facilitator, device, counts.first, counts.second);
            // Even "none of it held" is worth saying: a store put back from a backup may
            // hold nothing of a device that believes its work handed in, and this receipt,
            // newer than the old one, makes the device send it all again.
            const std::string name = "receipt-" + file_name_part(device.substr(0, 12)) + std::string(receipt_extension);
            files.push_back({folder / name, encode_receipt(receipt), device});
        }
    }
    return files;
}

ReceiptIntake take_receipts(Store& device, const fs::path& folder) {
    ReceiptIntake intake;
    const auto keys = device.workshop_keys();
    if (!keys) return intake;  // not joined: no receipt can be checked, none is taken
    const std::string& me = device.device().id;
    for (const fs::path& file : find_files_below(folder, receipt_extension, {.depth = receipt_depth, .limit = 1000}).files) {
        const auto bytes = read_small(file);
        Receipt receipt;
        try {
            if (!bytes) throw FormatError("too large or unreadable");
            receipt = decode_receipt(*bytes);
        } catch (const FormatError&) {
            intake.refused.push_back({file, RefusedReceipt::Why::unreadable,
                                      file.filename().string() + " is not a receipt Oogst can read: it was left alone"});
            continue;
        }
        if (receipt.device_id != me) {
            ++intake.for_others;
            continue;
        }
        if (receipt.workshop_id != keys->workshop_id) {
            intake.refused.push_back({file, RefusedReceipt::Why::other_workshop,
                                      file.filename().string() +
                                          " is a receipt of another workshop: nothing was marked as handed in"});
            continue;
        }
        if (!receipt_is_genuine(receipt, *keys)) {
            intake.refused.push_back({file, RefusedReceipt::Why::not_signed,
                                      file.filename().string() +
                                          " is not signed by this workshop's facilitator: nothing was marked as handed in"});
            continue;
        }
        if (receipt_is_news(receipt, device.last_receipt_ms(), device.acknowledged_through())) {
            device.save_receipt(receipt, "stick: " + folder.string());
            ++intake.taken;
        } else {
            ++intake.known;
        }
    }
    return intake;
}

}  // namespace oogst
