#pragma once
// The preparation screens on a real facilitator's store in a temporary folder, with a
// temporary "USB stick" ($OOGST_USB), driven headless through the UI harness; devices
// are real stores that join with the join file and hand in real bundles.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/ids.hpp"
#include "core/prepare/session_plan.hpp"
#include "core/prepare/workshop_setup.hpp"
#include "core/store/store.hpp"
#include "core/table/table_capture.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

class PrepareScreens : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("OOGST_USB", usb.path().c_str(), 1);
        store.emplace(Store::open_or_create(folder.path()));
        ui = std::make_unique<UiHarness>(*store);
    }
    void TearDown() override {
        unsetenv("OOGST_USB");
        ui.reset();  // before the store it draws from
        store.reset();
    }

    void make_workshop() {
        create_workshop(*store, {"Roeselare 2030", "droomsessie", "Roeselare", {"2026-12-04"}, {"nl"}},
                        ui->assets().templates);
    }
    std::string add_table(const std::string& name) {
        return add_session(*store, {name, "Bib", "An", "", 0, 0, {}}, ui->assets().templates);
    }
    // The desk, then its button to the sessions or the devices.
    void open_from_desk(const char* button) {
        ui->tap("start.facilitator");
        ASSERT_EQ(ui->state().screen, app::Screen::desk);
        ui->tap(button);
        ASSERT_EQ(ui->state().screen, app::Screen::prepare);
    }
    // Types into a field, then puts the keyboard away as a tap beside the fields does.
    void type_into(const std::string& field, const std::string& text) {
        ui->tap(field);
        ui->type(text);
        ui->shell().text_entry().unfocus();
        ui->frame();
    }

    // A device that joins with the join file, makes session (or uses it) and count notes
    // in it, and hands them in; returns the device's id.
    std::string device_hands_in(const std::string& session_name, int count, std::string session_id = {}) {
        devices.push_back(std::make_unique<TemporaryFolder>());
        auto device = Store::open_or_create(devices.back()->path());
        join_workshop(device, make_join_file(*store, "", {}));
        if (session_id.empty()) {
            session_id = new_id();
            device.record(SessionSet{session_id, "droomsessie", session_name, "", "", 1000, 0});
        }
        for (int i = 0; i < count; ++i) {
            CaptureAdded note = new_table_capture(device.state(), session_id, CaptureKind::text, "ideeen");
            note.text = "idee " + std::to_string(i);
            device.record(note);
        }
        const auto outcome = import_bundle(*store, export_bundle(device, ExportChoice{}), "stick");
        EXPECT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
        ui->frame();  // the frame's store catches up
        return device.device().id;
    }

    void put_on_stick(const std::string& name, const std::string& bytes) {
        std::ofstream(usb.path() / name, std::ios::binary) << bytes;
        ui->state().prepare.sticks.forget();  // as if a few seconds passed
    }

    TemporaryFolder usb, folder;
    std::vector<std::unique_ptr<TemporaryFolder>> devices;
    std::optional<Store> store;
    std::unique_ptr<UiHarness> ui;
};

}  // namespace oogst::testing
