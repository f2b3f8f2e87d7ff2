#pragma once
// Receipts on a USB stick, for an evening without the hub: after the facilitator's
// machine imports a stick, it leaves one receipt per device on it (signed like the hub's,
// core/harvest/receipt.hpp); a tablet that sees the stick again takes in the receipts
// addressed to it. It then says "Everything is with the facilitator ✓" and its next
// export carries only what is new. Receipts for other devices on the same stick are
// left alone; a receipt that is not genuine is refused and changes nothing.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/harvest/bundle_import.hpp"
#include "core/harvest/receipt.hpp"

namespace oogst {

class Store;

inline constexpr std::string_view receipt_extension = ".oogst-receipt";
// A receipt is a few hundred bytes; a larger file is not one and is not read.
inline constexpr std::uint64_t max_receipt_bytes = 64 * 1024;

// A receipt as the file it becomes on a stick ("receipt-1a2b3c4d5e6f.oogst-receipt":
// one per device, the newer replacing the older).
struct ReceiptFile {
    std::filesystem::path file;
    std::string bytes;
    std::string device_id;
};

// The receipts to leave in each folder an import read: one per device whose bundles
// were found below that folder and are now held (merged, or imported before). The caller
// writes them (durably: platform/files/durable_file.hpp).
std::vector<ReceiptFile> receipts_for_folders(const Store& facilitator, const MergeReport& report,
                                              const std::vector<std::filesystem::path>& folders);

// Device side: why a receipt file addressed to this device (or unreadable) was refused.
struct RefusedReceipt {
    enum class Why { unreadable, other_workshop, not_signed };
    std::filesystem::path file;
    Why why = Why::unreadable;
    std::string sentence;  // English, for the command line
};

struct ReceiptIntake {
    std::size_t taken = 0;      // genuine receipts that said more than this device knew
    std::size_t known = 0;      // genuine, nothing new in them
    std::size_t for_others = 0; // receipts of other devices, left alone
    std::vector<RefusedReceipt> refused;
};

// Takes in the genuine receipts addressed to this device below folder (a stick: its
// root and two folder levels down). Needs the workshop's keys (a joined device).
ReceiptIntake take_receipts(Store& device, const std::filesystem::path& folder);

}  // namespace oogst
