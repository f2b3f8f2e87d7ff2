// I/O errors (issue 15): along a table's captures, a device's export to a stick (with
// the receipts it takes in) and a facilitator's import (with the receipts it leaves),
// the Nth write, sync or open fails once, for every N: SQLite's through the fault VFS
// (a full disk, an I/O error, a file that cannot be opened), and the bundle and receipt
// files' through platform/files/durable_file's test hook (ENOSPC, EIO, EROFS at each
// step). Each time the operation must stop with one sentence that says where, the
// store must open with everything acknowledged before, and doing it again must work.
#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "platform/files/durable_file.hpp"
#include "tests/core/store/fault_scenarios.hpp"
#include "tests/support/fault_vfs.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::FaultVfs;
namespace fs = std::filesystem;

// What the operation had promised when it failed.
struct IoAcknowledged {
    std::vector<std::string> captures;     // texts whose record() returned
    fs::path bundle;                       // the bundle written, when its write returned
    std::set<std::string> devices_held;    // devices whose bundle the import reported held
    std::size_t receipts_written = 0;
};

using IoWork = std::function<void(const fs::path& folder, IoAcknowledged& acknowledged)>;
using IoCheck = std::function<void(const fs::path& folder, const IoAcknowledged& acknowledged, const std::string& where)>;

// The durable-file hook: the Nth step of all durable writes fails once with an errno.
struct FileFault {
    static inline int steps = 0, fail_at = 0, error = 0;
    static inline std::string failed;  // the step that failed, empty when none did
    static int at_step(const char* step) {
        if (++steps != fail_at) return 0;
        failed = step;
        return error;
    }
    static void arm(int at, int with) {
        steps = 0;
        fail_at = at;
        error = with;
        failed.clear();
        platform::set_durable_write_fault(&at_step);
    }
};

// A message a facilitator can act on: a sentence, not SQLite's code or bare words, that
// names the folder of the store or stick.
void expect_sentence(const std::string& message, const fs::path& folder, const std::string& where) {
    EXPECT_EQ(message.find("SQLITE"), std::string::npos) << message << ": " << where;
    EXPECT_NE(message.find(folder.string()), std::string::npos) << "says not where: " << message << ": " << where;
    EXPECT_GT(message.size(), folder.string().size() + 20) << message << ": " << where;
}

struct IoRun {
    int faults = 0;    // faults injected
    int reported = 0;  // ...that stopped the operation with a sentence
    int absorbed = 0;  // ...that SQLite handled itself, nothing lost (a checkpoint at close)
};

// Counts the work's SQLite writes, syncs and opens and its durable-file steps, then
// runs it on a fresh copy of prepared with each one failing once; checks the store and
// what was acknowledged, then runs retry (the person trying again).
IoRun fail_everywhere(const fs::path& prepared, const fs::path& scratch, const IoWork& work, const IoCheck& check,
                      const IoCheck& retry) {
    auto& vfs = FaultVfs::install();
    testing::copy_folder(prepared, scratch);
    vfs.reset();
    FileFault::arm(0, 0);
    {
        IoAcknowledged all;
        work(scratch, all);
    }
    const auto sqlite_events = static_cast<int>(vfs.writes_syncs_and_opens());
    const int file_steps = FileFault::steps;
    vfs.reset();

    IoRun run;
    // Returns whether the work stopped with a sentence.
    auto attempt = [&](const std::string& where, const std::function<bool()>& fault_fired) {
        IoAcknowledged acknowledged;
        std::string message;
        try {
            work(scratch, acknowledged);
        } catch (const UserError& error) {
            message = error.what();
        }
        platform::set_durable_write_fault(nullptr);
        const bool fired = fault_fired();
        const std::string what_failed = vfs.failed() ? vfs.failure() : FileFault::failed;
        // A full disk is named as one, so the person frees space rather than changing sticks.
        const bool disk_full = vfs.failure().find("disk full") != std::string::npos ||
                               (!FileFault::failed.empty() && FileFault::error == ENOSPC);
        if (disk_full && !message.empty())
            EXPECT_NE(message.find("full"), std::string::npos) << message << ": " << where;
        vfs.reset();
        ++run.faults;
        EXPECT_TRUE(fired) << "the fault was never reached: " << where;
        if (!message.empty()) {
            ++run.reported;
            expect_sentence(message, scratch, where);
        } else {
            ++run.absorbed;
        }
        const std::string told =
            where + ", " + what_failed + (message.empty() ? " (no error)" : " (" + message + ")");
        try {
            check(scratch, acknowledged, told);
            retry(scratch, acknowledged, told);
        } catch (const std::exception& error) {
            ADD_FAILURE() << error.what() << ": " << told;
        }
        return !message.empty();
    };
    for (int event = 1; event <= sqlite_events && !::testing::Test::HasFailure(); ++event) {
        const auto failure = event % 2 ? FaultVfs::WriteFailure::disk_full : FaultVfs::WriteFailure::io_error;
        testing::copy_folder(prepared, scratch);
        vfs.reset();
        vfs.fail_once_at(static_cast<std::uint64_t>(event), failure);
        attempt("SQLite's " + std::to_string(event) + " of " + std::to_string(sqlite_events),
                [&] { return vfs.failed(); });
    }
    for (int step = 1; step <= file_steps && !::testing::Test::HasFailure(); ++step) {
        for (const int error : {ENOSPC, EIO, EROFS}) {
            testing::copy_folder(prepared, scratch);
            vfs.reset();
            FileFault::arm(step, error);
            const std::string where = "file step " + std::to_string(step) + " of " + std::to_string(file_steps) +
                                      " failing with " + std::strerror(error);
            // A durable write never swallows a failure: the file may not be there.
            EXPECT_TRUE(attempt(where, [&] { return !FileFault::failed.empty(); }))
                << "no error, though " << FileFault::failed << " failed: " << where;
        }
    }
    platform::set_durable_write_fault(nullptr);
    std::printf("[ I/O errors ] %d SQLite writes, syncs and opens, %d file steps: %d faults, %d stopped the work with "
                "a sentence, %d absorbed by SQLite with nothing lost\n",
                sqlite_events, file_steps, run.faults, run.reported, run.absorbed);
    ::testing::Test::RecordProperty("faults", run.faults);
    return run;
}

// No half-written file is left on the stick: no temporary, and every bundle and receipt
// there reads whole.
void expect_stick_clean(const fs::path& stick, const WorkshopKeys& keys, const std::string& where) {
    for (const auto& entry : fs::directory_iterator(stick)) {
        const std::string name = entry.path().filename().string();
        ASSERT_EQ(name.find(".part"), std::string::npos) << name << " left behind: " << where;
        const std::string bytes = testing::whole_file(entry.path());
        if (entry.path().extension() == bundle_extension)
            EXPECT_NO_THROW(read_bundle(bytes, &keys)) << name << ": " << where;
        else
            EXPECT_NO_THROW(decode_receipt(bytes)) << name << ": " << where;
    }
}

TEST(IoError, ACaptureThatFailsSaysSoAndTheStoreKeepsEveryOneSaved) {
    const auto started = std::chrono::steady_clock::now();
    testing::TemporaryFolder folder;
    testing::prepare_capture_store(folder / "prepared");
    constexpr int captures = 12;
    auto text_of = [](int i) { return "io-" + std::to_string(i); };
    const auto run = fail_everywhere(
        folder / "prepared", folder / "store",
        [&](const fs::path& store_folder, IoAcknowledged& acknowledged) {
            auto store = Store::open(store_folder);
            store.set_checkpoint_pages(8);  // checkpoints fail too, not only commits
            for (int i = 0; i < captures; ++i) {
                store.record(testing::fault_capture(text_of(i)));
                acknowledged.captures.push_back(text_of(i));
            }
        },
        [&](const fs::path& store_folder, const IoAcknowledged& acknowledged, const std::string& where) {
            auto store = Store::open(store_folder);
            ASSERT_EQ(store.integrity_check(), "ok") << where;
            const auto present = testing::capture_texts(store);
            for (const auto& text : acknowledged.captures) ASSERT_TRUE(present.count(text)) << text << ": " << where;
        },
        [&](const fs::path& store_folder, const IoAcknowledged& acknowledged, const std::string& where) {
            // The person saves again what was not shown as saved; then each is there once.
            auto store = Store::open(store_folder);
            for (int i = static_cast<int>(acknowledged.captures.size()); i < captures; ++i)
                store.record(testing::fault_capture(text_of(i)));
            std::map<std::string, int> copies;
            for (const auto& [id, capture] : store.state().captures_of(testing::fault_session))
                ++copies[capture->text.value().substr(0, capture->text.value().find('x'))];
            for (int i = 0; i < captures; ++i)
                ASSERT_EQ(copies[text_of(i)], 1) << text_of(i) << " after saving again: " << where;
        });
    EXPECT_GT(run.reported, 50);
    std::printf("[ I/O errors ] captures: %.1f s\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

TEST(IoError, AStoreThatCannotBeMadeSaysSoAndCanBeMadeAgain) {
    testing::TemporaryFolder folder;
    fs::create_directories(folder / "prepared");
    auto make = [](const fs::path& work, IoAcknowledged& acknowledged) {
        auto store = Store::open_or_create(work / "store");
        store.record(SessionSet{testing::fault_session, "droomsessie", "Tafel 1", "", "", 0, 0, {}, {}});
        store.record(testing::fault_capture("first"));
        acknowledged.captures.push_back("first");
    };
    const auto run = fail_everywhere(
        folder / "prepared", folder / "work", make,
        [&](const fs::path& work, const IoAcknowledged& acknowledged, const std::string& where) {
            if (!Store::exists(work / "store")) {
                ASSERT_TRUE(acknowledged.captures.empty()) << where;
                return;
            }
            auto store = Store::open(work / "store");  // a store half made would be "not an Oogst store"
            ASSERT_EQ(store.integrity_check(), "ok") << where;
            for (const auto& text : acknowledged.captures)
                ASSERT_TRUE(testing::capture_texts(store).count(text)) << text << ": " << where;
        },
        [&](const fs::path& work, const IoAcknowledged& acknowledged, const std::string& where) {
            if (!acknowledged.captures.empty()) return;
            IoAcknowledged again;
            make(work, again);
            ASSERT_EQ(testing::capture_texts(Store::open(work / "store")).count("first"), 1u) << where;
        });
    EXPECT_GT(run.reported, 20);
}

TEST(IoError, AnExportThatFailsSaysSoAndTheNextOneCarriesEverything) {
    const auto started = std::chrono::steady_clock::now();
    testing::TemporaryFolder folder;
    testing::prepare_export(folder / "prepared");
    const auto keys = Store::open(folder / "prepared" / "facilitator").workshop_keys().value();
    auto export_to_stick = [](const fs::path& work, IoAcknowledged& acknowledged) {
        // As the Harvest screen does (app/harvest/harvest_actions.cpp).
        auto device = Store::open(work / "device");
        take_receipts(device, work / "stick");
        const auto bundle = export_bundle_with_summary(device, only_unacknowledged(device));
        const auto file = free_file_name(work / "stick", "second", bundle_extension);
        platform::write_file_durably(file, bundle.bytes);
        acknowledged.bundle = file;
    };
    const auto run = fail_everywhere(
        folder / "prepared", folder / "work", export_to_stick,
        [&](const fs::path& work, const IoAcknowledged& acknowledged, const std::string& where) {
            auto device = Store::open(work / "device");
            ASSERT_EQ(device.integrity_check(), "ok") << where;
            ASSERT_EQ(device.own_operation_count(), 7u) << where;
            expect_stick_clean(work / "stick", keys, where);
            if (!acknowledged.bundle.empty()) {
                ASSERT_TRUE(fs::exists(acknowledged.bundle)) << where;
            }
        },
        [&](const fs::path& work, const IoAcknowledged&, const std::string& where) {
            IoAcknowledged again;
            export_to_stick(work, again);
            auto facilitator = Store::open(work / "facilitator", Store::Fold::when_needed);
            import_paths(facilitator, {work / "stick"});
            auto device = Store::open(work / "device", Store::Fold::when_needed);
            ASSERT_EQ(facilitator.held_through(device.device().id), 7u) << "after exporting again: " << where;
        });
    EXPECT_GT(run.reported, 10);
    std::printf("[ I/O errors ] export: %.1f s\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

TEST(IoError, AnImportThatFailsSaysSoAndTheSameStickAgainBringsTheRest) {
    const auto started = std::chrono::steady_clock::now();
    testing::TemporaryFolder folder;
    // Three devices, not five: every try writes each device's receipt with real fsyncs.
    const auto bundles = testing::prepare_harvest(folder / "prepared", 3);
    const auto keys = Store::open(folder / "prepared" / "facilitator").workshop_keys().value();
    auto import_stick = [](const fs::path& work, IoAcknowledged& acknowledged) {
        // As 'oogst-cli bundle import' does: the bundles, then a receipt per device.
        auto facilitator = Store::open(work / "facilitator", Store::Fold::when_needed);
        const auto report = import_paths(facilitator, {work / "stick"});
        for (const auto& outcome : report.bundles) {
            // The import's report says why it stopped.
            if (outcome.result == BundleOutcome::Result::rejected) throw UserError(outcome.reason);
            acknowledged.devices_held.insert(outcome.device_id);
        }
        for (const auto& receipt : receipts_for_folders(facilitator, report, {work / "stick"})) {
            platform::write_file_durably(receipt.file, receipt.bytes);
            ++acknowledged.receipts_written;
        }
    };
    const auto run = fail_everywhere(
        folder / "prepared", folder / "work", import_stick,
        [&](const fs::path& work, const IoAcknowledged& acknowledged, const std::string& where) {
            auto facilitator = Store::open(work / "facilitator");
            ASSERT_EQ(facilitator.integrity_check(), "ok") << where;
            for (const auto& device : acknowledged.devices_held)
                ASSERT_EQ(facilitator.held_through(device), bundles.at(device)) << where;
            expect_stick_clean(work / "stick", keys, where);
        },
        [&](const fs::path& work, const IoAcknowledged&, const std::string& where) {
            IoAcknowledged again;
            import_stick(work, again);
            auto facilitator = Store::open(work / "facilitator", Store::Fold::when_needed);
            for (const auto& [device, operations] : bundles)
                ASSERT_EQ(facilitator.held_through(device), operations) << "after importing again: " << where;
            ASSERT_EQ(again.receipts_written, bundles.size()) << where;
        });
    EXPECT_GT(run.reported, 50);
    std::printf("[ I/O errors ] import and receipts: %.1f s\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
}

}  // namespace
}  // namespace oogst
