// The Harvest screen on a device and the facilitator's desk, driven through the
// UI on real stores in temporary folders: the facilitator writes the join file to a
// "USB stick" ($OOGST_USB), a device joins from it, exports its work to the stick, and
// the desk imports the stick; the facilitator's store then holds every capture.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>
#include <thread>

#include "app/desk/desk_join.hpp"
#include "app/desk/desk_report.hpp"
#include "app/harvest/harvest_actions.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/member_devices.hpp"
#include "core/harvest/receipt.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tools/demo/demo_workshop.hpp"

namespace oogst::testing {
namespace {

namespace fs = std::filesystem;

std::size_t live_captures(const Store& store) {
    std::size_t count = 0;
    for (const auto& [id, record] : store.state().capture_records()) count += record.live() ? 1 : 0;
    return count;
}

class HarvestScreens : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("OOGST_USB", usb.path().c_str(), 1);
        facilitator.emplace(Store::open_or_create(facilitator_folder.path()));
        facilitator->record(WorkshopSet{new_id(), "Roeselare 2030", "droomsessie", "Roeselare", {}, {}});
        device.emplace(Store::open_or_create(device_folder.path()));
    }
    void TearDown() override {
        unsetenv("OOGST_USB");
        ui.reset();  // before the stores it draws from
        device.reset();
        facilitator.reset();
    }

    // One harness at a time: ImGui has one current context.
    UiHarness& show(Store& store) {
        ui.reset();
        ui = std::make_unique<UiHarness>(store);
        return *ui;
    }

    // The facilitator prepares the workshop and writes the join file to the stick,
    // through the desk.
    void provision_through_desk() {
        UiHarness& desk = show(*facilitator);
        desk.tap("start.facilitator");
        ASSERT_TRUE(desk.shows("desk.not_prepared"));
        desk.tap("desk.prepare");
        ASSERT_TRUE(facilitator->workshop_keys().has_value());
        ASSERT_TRUE(facilitator->workshop_keys()->is_facilitator());
        desk.tap("desk.join.place.0");
        ASSERT_TRUE(desk.shows("desk.join.done")) << desk.state().error;
        ASSERT_EQ(find_files_below(usb.path(), ".oogst-join", {1, 10}).files.size(), 1u);
    }

    // The facilitator prepares the workshop, starts the desk's hub on any free port
    // (tests run side by side) and writes the join file, which names the running hub, to
    // the stick. Gives the hub (none when a step failed: the test's assertion says which).
    std::shared_ptr<app::DeskHub> start_hub_through_desk() {
        UiHarness& desk = show(*facilitator);
        desk.tap("start.facilitator");
        desk.tap("desk.prepare");
        desk.state().desk.hub_port = 0;
        desk.tap("desk.hub.start");
        EXPECT_TRUE(desk.shows("desk.hub.stop")) << desk.state().error;
        desk.tap("desk.join.place.0");
        EXPECT_TRUE(desk.shows("desk.join.done")) << desk.state().error;
        return desk.state().desk.hub;
    }

    // The device joins from the stick and then captures a workshop's worth of notes.
    void join_and_capture() {
        UiHarness& harvest = show(*device);
        harvest.tap("start.harvest");
        ASSERT_TRUE(harvest.shows("harvest.not_joined"));
        harvest.tap("harvest.join.0");
        ASSERT_TRUE(device->workshop_keys().has_value()) << harvest.state().error;
        EXPECT_FALSE(device->workshop_keys()->is_facilitator());
        fill_demo_workshop(*device, {.tables = 2, .captures_per_table = 12, .seed = 3});
        ASSERT_GT(device->own_operation_count(), 0u);
    }

    // Taps "write to the stick" and waits for the export job.
    void export_through_ui() {
        UiHarness& harvest = show(*device);
        harvest.tap("start.harvest");
        ASSERT_TRUE(harvest.shows("harvest.waiting"));
        harvest.tap("harvest.usb.place.0");
        ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
        harvest.frame();
        ASSERT_TRUE(harvest.shows("harvest.usb.done")) << harvest.state().error;
    }

    void import_through_desk() {
        UiHarness& desk = show(*facilitator);
        desk.tap("start.facilitator");
        desk.tap("desk.import.place.0");
        ASSERT_TRUE(run_until(desk, [&] { return !desk.state().desk.import_job.busy(); }));
        desk.frame();
    }

    TemporaryFolder usb, facilitator_folder, device_folder;
    std::optional<Store> facilitator, device;
    std::unique_ptr<UiHarness> ui;
};

TEST_F(HarvestScreens, ADeviceExportsToAStickAndTheDeskImportsEveryCapture) {
    provision_through_desk();
    join_and_capture();
    export_through_ui();
    const auto bundles = find_files_below(usb.path(), ".oogst", {1, 10}).files;
    ASSERT_EQ(bundles.size(), 1u);
    EXPECT_NE(bundles.front().filename().string().find("roeselare-2030-"), std::string::npos);

    import_through_desk();
    const auto& arrivals = ui->state().desk.arrivals;
    ASSERT_EQ(arrivals.size(), 1u);
    EXPECT_EQ(arrivals.front().outcome.result, BundleOutcome::Result::merged) << arrivals.front().outcome.reason;
    EXPECT_EQ(arrivals.front().outcome.new_operations, device->own_operation_count());
    EXPECT_TRUE(ui->shows("desk.report.0"));
    // The desk's store caught up with the import: it holds every capture the device made, and the
    // two stores now fold to the same workshop.
    EXPECT_EQ(live_captures(*facilitator), live_captures(*device));
    EXPECT_EQ(live_captures(*facilitator), 24u);
    EXPECT_EQ(canonical_json(facilitator->state()), canonical_json(device->state()));
    EXPECT_EQ(facilitator->held_through(device->device().id), device->own_operation_count());

    // The same stick again: already imported, nothing new.
    ui->tap("desk.import.place.0");
    ASSERT_TRUE(run_until(*ui, [&] { return !ui->state().desk.import_job.busy(); }));
    ASSERT_EQ(ui->state().desk.arrivals.size(), 2u);
    EXPECT_EQ(ui->state().desk.arrivals.back().outcome.result, BundleOutcome::Result::already_imported);
    EXPECT_EQ(live_captures(*facilitator), 24u);
}

TEST_F(HarvestScreens, TheReportNamesARejectedFileWhileTheGoodOneMerges) {
    provision_through_desk();
    join_and_capture();
    export_through_ui();
    const fs::path good = find_files_below(usb.path(), ".oogst", {1, 10}).files.front();
    // A copy cut off half-way, as a stick pulled out too early leaves it.
    {
        std::ifstream in(good, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::ofstream out(usb / "tafel-kapot.oogst", std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
    }
    import_through_desk();
    const auto& arrivals = ui->state().desk.arrivals;
    ASSERT_EQ(arrivals.size(), 2u);
    std::size_t merged = 0, rejected = 0;
    for (const auto& arrival : arrivals) {
        if (arrival.outcome.result == BundleOutcome::Result::merged) ++merged;
        if (arrival.outcome.result == BundleOutcome::Result::rejected) {
            ++rejected;
            EXPECT_NE(arrival.outcome.source.find("tafel-kapot"), std::string::npos);
            EXPECT_FALSE(arrival.outcome.reason.empty());
        }
    }
    EXPECT_EQ(merged, 1u);
    EXPECT_EQ(rejected, 1u);
    EXPECT_TRUE(ui->shows("desk.report.0"));
    EXPECT_TRUE(ui->shows("desk.report.1"));
    EXPECT_EQ(live_captures(*facilitator), live_captures(*device));
}

TEST_F(HarvestScreens, EverythingIsWithTheFacilitatorOnceAReceiptIsSaved) {
    provision_through_desk();
    join_and_capture();
    export_through_ui();
    EXPECT_FALSE(ui->shows("harvest.all_received"));

    // The facilitator imports the stick and signs a receipt, as the hub does after a push.
    import_through_desk();
    Receipt receipt;
    receipt.workshop_id = facilitator->workshop_keys()->workshop_id;
    receipt.device_id = device->device().id;
    receipt.held_through = facilitator->held_through(device->device().id);
    receipt.new_operations = receipt.held_through;
    receipt.received_at_ms = 1;
    receipt.signature = facilitator->sign(receipt.signed_part());
    ASSERT_TRUE(receipt_is_genuine(receipt, *device->workshop_keys()));
    device->save_receipt(receipt, "http://127.0.0.1:8620");

    UiHarness& harvest = show(*device);
    harvest.tap("start.harvest");
    EXPECT_TRUE(harvest.shows("harvest.all_received"));
    EXPECT_FALSE(harvest.shows("harvest.waiting"));

    // Only what is new: there is nothing, so no bundle, only the device's standing note;
    // a second tap replaces it.
    const std::size_t files = find_files_below(usb.path(), ".oogst", {1, 10}).files.size();
    for (int tap = 0; tap < 2; ++tap) {
        harvest.tap("harvest.usb.place.0");
        ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
        harvest.frame();
        EXPECT_TRUE(harvest.shows("harvest.usb.nothing_new"));
        EXPECT_EQ(find_files_below(usb.path(), ".oogst", {1, 10}).files.size(), files + 1);
        EXPECT_NE(harvest.state().harvest.last_export.standing_note.filename().string().find("-standing-"),
                  std::string::npos);
    }

    // A note added afterwards is waiting again (the screen reads its counts anew).
    fill_demo_workshop(*device, {.tables = 1, .captures_per_table = 1, .seed = 9});
    harvest.wait(2.5f);
    EXPECT_TRUE(harvest.shows("harvest.waiting"));
    EXPECT_FALSE(harvest.shows("harvest.all_received"));
}

// A stick-only evening: the desk's import leaves a receipt for the tablet on the stick,
// and the tablet, seeing the stick again, says everything arrived and exports nothing.
TEST_F(HarvestScreens, AStickImportAtTheDeskTellsTheTabletItsWorkArrived) {
    provision_through_desk();
    join_and_capture();
    export_through_ui();
    import_through_desk();
    EXPECT_TRUE(ui->shows("desk.report.0"));
    EXPECT_EQ(ui->state().desk.receipts_written, 1u) << ui->state().desk.receipts_problem;
    ASSERT_EQ(find_files_below(usb.path(), ".oogst-receipt", {1, 10}).files.size(), 1u);

    EXPECT_EQ(device->acknowledged_through(), 0u);
    UiHarness& harvest = show(*device);
    harvest.tap("start.harvest");
    EXPECT_TRUE(harvest.shows("harvest.all_received")) << harvest.state().error;
    EXPECT_FALSE(harvest.shows("harvest.waiting"));
    EXPECT_EQ(device->acknowledged_through(), device->own_operation_count());

    const std::size_t bundles = find_files_below(usb.path(), ".oogst", {1, 10}).files.size();
    harvest.tap("harvest.usb.place.0");
    ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
    harvest.frame();
    EXPECT_TRUE(harvest.shows("harvest.usb.nothing_new")) << harvest.state().error;
    EXPECT_EQ(find_files_below(usb.path(), ".oogst", {1, 10}).files.size(), bundles + 1) << "the standing note";

    // The desk reads the note as what it is: nothing new, and everything of it here.
    import_through_desk();
    std::string words;  // the note's row, beside the bundle's (already imported)
    for (int row = 0; row < 2; ++row)
        if (const std::string& text = ui->text("desk.report." + std::to_string(row) + ".words").text;
            text.rfind("Briefje\n", 0) == 0)
            words = text;
    ASSERT_FALSE(words.empty()) << "no row for the standing note";
    EXPECT_NE(words.find("niets nieuws; alle " + std::to_string(device->own_operation_count()) + " wijzigingen"),
              std::string::npos)
        << words;
}

// A receipt on the stick that the facilitator did not sign is refused, said once in the
// person's language, and the tablet still knows its work is not with the facilitator.
TEST_F(HarvestScreens, AForgedReceiptOnTheStickIsRefusedOnce) {
    provision_through_desk();
    join_and_capture();
    Receipt forged;
    forged.workshop_id = device->workshop_keys()->workshop_id;
    forged.device_id = device->device().id;
    forged.held_through = device->own_operation_count();
    forged.signature = device->sign(forged.signed_part());  // the tablet's own key, not the facilitator's
    {
        std::ofstream out(usb / "receipt-vals.oogst-receipt", std::ios::binary);
        out << encode_receipt(forged);
    }
    UiHarness& harvest = show(*device);
    harvest.tap("start.harvest");
    EXPECT_TRUE(harvest.shows("harvest.waiting"));
    EXPECT_NE(harvest.state().error.find("receipt-vals.oogst-receipt"), std::string::npos) << harvest.state().error;
    EXPECT_NE(harvest.state().error.find("niet ondertekend"), std::string::npos) << harvest.state().error;
    EXPECT_EQ(device->acknowledged_through(), 0u);
    harvest.state().error.clear();
    harvest.wait(2.5f);  // the sticks are looked at again
    EXPECT_TRUE(harvest.state().error.empty()) << "said once: " << harvest.state().error;
}

// The summary above the report is the newest import's, not a total over the evening.
TEST_F(HarvestScreens, TheDesksSummaryCountsTheNewestImport) {
    provision_through_desk();
    join_and_capture();
    export_through_ui();
    import_through_desk();
    ui->tap("desk.import.place.0");  // the same stick again: already imported
    ASSERT_TRUE(run_until(*ui, [&] { return !ui->state().desk.import_job.busy(); }));
    ASSERT_EQ(ui->state().desk.arrivals.size(), 2u);
    const auto& newest = ui->state().desk.arrivals.back();
    EXPECT_EQ(newest.outcome.result, BundleOutcome::Result::already_imported);
    // One bundle, none merged: the summary says so, not "2 bundles, 1 merged".
    const app::ArrivalCounts counts = app::newest_batch_counts(ui->state().desk.arrivals);
    EXPECT_EQ(counts.bundles, 1u);
    EXPECT_EQ(counts.merged, 0u);
    EXPECT_EQ(counts.known, 1u);
    EXPECT_EQ(counts.new_operations, 0u);
}

TEST_F(HarvestScreens, ADeviceSendsToTheDesksHubAndEverythingIsWithTheFacilitator) {
    // The hub keeps its own store connection; it outlives the desk's harness (one ImGui
    // context at a time) and is handed to the next one below.
    const auto hub = start_hub_through_desk();
    ASSERT_TRUE(hub);
    join_and_capture();
    ASSERT_NE(device->workshop_keys()->hub, "");

    UiHarness& harvest = show(*device);
    harvest.tap("start.harvest");
    ASSERT_TRUE(harvest.shows("harvest.waiting"));
    harvest.tap("harvest.hub.send");
    ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
    harvest.frame();
    ASSERT_TRUE(harvest.shows("harvest.hub.done")) << harvest.state().error;
    EXPECT_TRUE(harvest.shows("harvest.all_received"));
    EXPECT_EQ(device->acknowledged_through(), device->own_operation_count());

    // Sending again sends nothing new, and says so.
    harvest.tap("harvest.hub.send");
    ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
    harvest.frame();
    EXPECT_TRUE(harvest.shows("harvest.hub.nothing_new")) << harvest.state().error;

    // The desk lists the pushes as they land and its store holds every capture.
    UiHarness& desk = show(*facilitator);
    desk.state().desk.hub = hub;
    desk.tap("start.facilitator");
    ASSERT_GE(desk.state().desk.arrivals.size(), 1u);
    EXPECT_TRUE(desk.state().desk.arrivals.front().pushed);
    EXPECT_EQ(desk.state().desk.arrivals.front().outcome.result, BundleOutcome::Result::merged);
    EXPECT_TRUE(desk.shows("desk.report.0"));
    EXPECT_EQ(live_captures(*facilitator), live_captures(*device));
    EXPECT_EQ(canonical_json(facilitator->state()), canonical_json(device->state()));
    desk.tap("desk.hub.stop");
    EXPECT_FALSE(desk.state().desk.hub);
}

// A tablet the facilitator revoked (lost, then found in the wrong hands) hears why its
// work was not taken, in its language, and keeps it: nothing counts as received.
TEST_F(HarvestScreens, ARevokedTabletIsToldWhyAndKeepsItsWork) {
    const auto hub = start_hub_through_desk();
    ASSERT_TRUE(hub);
    join_and_capture();
    revoke_device(*facilitator, device->device().id, false);

    UiHarness& harvest = show(*device);
    harvest.tap("start.harvest");
    harvest.tap("harvest.hub.send");
    ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
    harvest.frame();
    EXPECT_FALSE(harvest.shows("harvest.hub.done"));
    EXPECT_NE(harvest.state().error.find("uit de workshop gehaald"), std::string::npos) << harvest.state().error;
    EXPECT_EQ(device->acknowledged_through(), 0u);
    EXPECT_TRUE(harvest.shows("harvest.hub.send")) << "it can try again once taken back";
}

TEST_F(HarvestScreens, ADeviceJoinsWithTheCodeTheDeskShows) {
    std::string code, address;
    {
        UiHarness& desk = show(*facilitator);
        desk.tap("start.facilitator");
        desk.tap("desk.prepare");
        desk.state().desk.hub_port = 0;
        desk.tap("desk.hub.start");
        ASSERT_TRUE(desk.state().desk.hub) << desk.state().error;
        code = desk.state().desk.join_code;
        address = desk.state().desk.hub_url;
    }
    const auto hub = ui->state().desk.hub;  // kept listening for the device below

    UiHarness& harvest = show(*device);
    harvest.tap("start.harvest");
    // A wrong code first: refused with a sentence, nothing joined.
    harvest.tap("harvest.code.code");
    harvest.type("AAAA-AAAA");
    harvest.tap("harvest.code.hub");
    harvest.type(address);
    harvest.tap("harvest.code.join");
    ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
    EXPECT_FALSE(device->workshop_keys().has_value());
    EXPECT_NE(harvest.state().error.find("kent deze code niet"), std::string::npos) << harvest.state().error;

    // The hub answers a wrong code late and then refuses this address for as long
    // again (so codes cannot be guessed by trying): wait that out.
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    harvest.state().harvest.code_typed = code;
    harvest.tap("harvest.code.join");
    EXPECT_EQ(harvest.state().harvest.job_kind, app::HarvestState::Job::fetch_join) << harvest.state().error;
    ASSERT_TRUE(run_until(harvest, [&] { return !harvest.state().harvest.job.busy(); }));
    ASSERT_TRUE(device->workshop_keys().has_value()) << harvest.state().error;
    EXPECT_EQ(device->workshop_keys()->workshop_id, facilitator->workshop_keys()->workshop_id);
    EXPECT_EQ(device->workshop_keys()->hub, address);
    harvest.frame();
    EXPECT_TRUE(harvest.shows("harvest.nothing"));
}

TEST_F(HarvestScreens, AStoreThatBelongsToAnotherWorkshopIsNotJoinedAndSaysWhy) {
    provision_through_desk();
    // A device that already captured in a workshop of its own.
    fill_demo_workshop(*device, {.tables = 1, .captures_per_table = 2, .seed = 5});
    UiHarness& harvest = show(*device);
    harvest.tap("start.harvest");
    harvest.tap("harvest.join.0");
    EXPECT_FALSE(device->workshop_keys().has_value());
    EXPECT_FALSE(harvest.state().error.empty());
    EXPECT_TRUE(harvest.shows("harvest.not_joined"));
}

// A method the device's own assets lack, brought by the join file, is there as soon as
// the device joins in the app (not only after a restart).
TEST_F(HarvestScreens, AJoinInTheAppBringsTheWorkshopsOwnMethod) {
    std::ifstream shipped(assets_folder() / "templates" / "droomsessie.yaml", std::ios::binary);
    std::string yaml(std::istreambuf_iterator<char>(shipped), {});
    yaml.replace(yaml.find("id: droomsessie"), std::string("id: droomsessie").size(), "id: proef-methode");
    const auto join = make_join_file(*facilitator, "http://127.0.0.1:8620", {{"proef-methode", yaml}});
    std::ofstream(usb / "roeselare.oogst-join", std::ios::binary) << encode_join_file(join);

    UiHarness& harvest = show(*device);
    ASSERT_EQ(harvest.assets().templates.find("proef-methode"), nullptr);
    harvest.tap("start.harvest");
    harvest.tap("harvest.join.0");
    ASSERT_TRUE(device->workshop_keys().has_value()) << harvest.state().error;
    ASSERT_NE(harvest.assets().templates.find("proef-methode"), nullptr);
    EXPECT_EQ(harvest.assets().templates.find("proef-methode")->boards.size(),
              harvest.assets().templates.find("droomsessie")->boards.size());
}

TEST_F(HarvestScreens, FromTheTableListAndBackThere) {
    provision_through_desk();
    join_and_capture();
    UiHarness& screen = show(*device);
    screen.tap("start.table");
    screen.tap("sessions.harvest");
    EXPECT_EQ(screen.state().screen, app::Screen::harvest);
    EXPECT_TRUE(screen.shows("harvest.waiting"));
    screen.tap("harvest.back");
    EXPECT_EQ(screen.state().screen, app::Screen::sessions);
}

TEST_F(HarvestScreens, EveryHarvestScreenIsFingerSized) {
    provision_through_desk();
    join_and_capture();
    for (Store* store : {&*device, &*facilitator}) {
        UiHarness& screen = show(*store);
        screen.tap(store == &*device ? "start.harvest" : "start.facilitator");
        ASSERT_FALSE(screen.shell().touch().widgets().empty());
        for (const auto& widget : screen.shell().touch().widgets()) {
            EXPECT_GE(widget.rect.GetHeight(), app::min_touch_px - 0.5f) << widget.name;
            EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px - 0.5f) << widget.name;
        }
    }
}

}  // namespace
}  // namespace oogst::testing
