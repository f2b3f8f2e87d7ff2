// libFuzzer target for receipts (core/harvest/receipt.hpp, stick_receipts.hpp): whatever
// bytes a hub answers or a USB stick holds as "receipt-….oogst-receipt", reading them
// must end in a FormatError or a receipt, and taking them in on a device must end in a
// refusal or a saved receipt, never in a crash, a leak, undefined behaviour or a huge
// allocation. Each input is
//  1. decoded, checked against the workshop's keys, and (when it decodes) encoded again,
//     which must give the same bytes;
//  2. when it decodes, left on a "stick" as a receipt file and taken in by a joined
//     device (tmpfs), as it is and addressed to that device and signed again with the
//     fixed fuzz facilitator key (fuzz_keys.hpp), so mutations reach what a genuine
//     receipt does. (Bytes that do not decode meet the same decode_receipt on the stick:
//     they skip the file, which keeps the target fast enough for 10^7 runs.)
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string_view>

#include "core/errors.hpp"
#include "core/harvest/receipt.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "tests/fuzz/fuzz_keys.hpp"
#include "tests/fuzz/fuzz_store.hpp"

namespace {

using namespace oogst;

const fuzz::DeviceKey facilitator = fuzz::device_key(2);

WorkshopKeys device_keys() {
    WorkshopKeys keys = fuzz::workshop_keys();
    keys.secret_key.clear();  // a joined device, not the facilitator
    keys.facilitator_key = facilitator.public_key;
    return keys;
}

const WorkshopKeys keys = device_keys();

fuzz::FuzzStore& device() {
    static auto* made = new fuzz::FuzzStore("receipt", [](Store& store) { store.save_workshop_keys(keys); });
    return *made;
}

void take_from_stick(std::string_view bytes) {
    auto& f = device();
    const auto folder = f.scratch() / "stick";
    std::filesystem::create_directories(folder);
    {
        std::ofstream out(folder / "receipt-fuzz.oogst-receipt", std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const ReceiptIntake intake = take_receipts(f.store(), folder);
    for (const auto& refused : intake.refused)
        if (refused.sentence.empty()) std::abort();  // a refusal always says why
    if (intake.taken > 0) f.reset();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::optional<Receipt> receipt;
    try {
        receipt = decode_receipt(bytes);
    } catch (const FormatError&) {
    }
    if (receipt) {
        (void)receipt_is_genuine(*receipt, keys);
        if (encode_receipt(*receipt) != bytes) std::abort();  // one way to write each receipt
        take_from_stick(bytes);
        receipt->device_id = device().store().device().id;
        receipt->workshop_id = keys.workshop_id;
        receipt->signature = fuzz::sign(facilitator, receipt->signed_part());
        if (!receipt_is_genuine(*receipt, keys)) std::abort();
        take_from_stick(encode_receipt(*receipt));
    }
    return 0;
}
