#pragma once
// The work the power-loss and I/O-error proofs interrupt: a table's captures, the
// facilitator's import of a stick, and a store made from nothing. Each is prepared once
// (stores closed, so everything in them is durable) and copied afresh for every fault.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "tests/support/harvest_stores.hpp"

namespace oogst::testing {

namespace fs = std::filesystem;

inline constexpr const char* fault_session = "fault-session";

// A capture as a table makes it; those numbered 0, 10, 20, … are long enough to need
// overflow pages.
inline CaptureAdded fault_capture(const std::string& text) {
    CaptureAdded note;
    note.id = new_id();
    note.session_id = fault_session;
    note.text = text;
    if (text.back() == '0') note.text += std::string(3000, 'x');
    return note;
}

// The texts of a session's captures in a store's folded state.
inline std::set<std::string> capture_texts(const Store& store) {
    std::set<std::string> texts;
    for (const auto& [id, capture] : store.state().captures_of(fault_session))
        texts.insert(capture->text.value().substr(0, capture->text.value().find('x')));
    return texts;
}

// A store with one session and a few captures: the table's tablet before the crash.
inline void prepare_capture_store(const fs::path& folder) {
    auto store = Store::open_or_create(folder);
    store.record(SessionSet{fault_session, "droomsessie", "Tafel 1", "", "", 0, 0});
    for (int i = 0; i < 5; ++i) store.record(fault_capture("before-" + std::to_string(i)));
}

// A facilitator's store (folder/facilitator) and a stick (folder/stick) with one bundle
// from each of the devices. Returns, per device, how many operations its bundle holds
// (its sequences 1..n).
inline std::map<std::string, std::uint64_t> prepare_harvest(const fs::path& folder, int devices) {
    std::map<std::string, std::uint64_t> bundles;
    auto facilitator = make_facilitator(folder / "facilitator", 15, 1);
    const JoinFile join = decode_join_file(encode_join_file(make_join_file(facilitator, "", {})));
    const std::string session = joined_session_ids(join).front();
    fs::create_directories(folder / "stick");
    for (int d = 0; d < devices; ++d) {
        auto device = make_device(folder / ("device-" + std::to_string(d)), join);
        for (int i = 0; i < 4 + 2 * d; ++i) {
            CaptureAdded note = fault_capture("device-" + std::to_string(d) + "-" + std::to_string(i));
            note.session_id = session;
            device.record(note);
        }
        put_file(folder / "stick" / ("device-" + std::to_string(d) + std::string(bundle_extension)),
                 export_bundle(device, ExportChoice{}));
        bundles[device.device().id] = device.own_operation_count();
    }
    return bundles;
}

// A device's second evening: folder/facilitator imported its first bundle from
// folder/stick and left a receipt there; the device (folder/device) has made more
// captures since, which its next export carries.
inline void prepare_export(const fs::path& folder) {
    auto facilitator = make_facilitator(folder / "facilitator", 16, 1);
    const JoinFile join = decode_join_file(encode_join_file(make_join_file(facilitator, "", {})));
    const std::string session = joined_session_ids(join).front();
    auto device = make_device(folder / "device", join);
    auto note = [&](const std::string& text) {
        CaptureAdded capture = fault_capture(text);
        capture.session_id = session;
        device.record(capture);
    };
    for (int i = 1; i <= 3; ++i) note("first-evening-" + std::to_string(i));
    fs::create_directories(folder / "stick");
    put_file(folder / "stick" / ("first" + std::string(bundle_extension)), export_bundle(device, ExportChoice{}));
    const auto report = import_paths(facilitator, {folder / "stick"});
    for (const auto& receipt : receipts_for_folders(facilitator, report, {folder / "stick"}))
        put_file(receipt.file, receipt.bytes);
    for (int i = 1; i <= 4; ++i) note("second-evening-" + std::to_string(i));
}

// A copy of a prepared folder, for one run.
inline void copy_folder(const fs::path& from, const fs::path& to) {
    std::error_code ignored;
    fs::remove_all(to, ignored);
    fs::copy(from, to, fs::copy_options::recursive);
}

}  // namespace oogst::testing
