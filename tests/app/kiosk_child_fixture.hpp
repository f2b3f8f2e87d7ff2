#pragma once
// A kiosk set up on a real store in a temporary folder (an exhibition, two schools, a
// PIN, a camera folder of its own) and a headless UI on its children's side, with the
// steps a child takes written as a child takes them: through the touch registry.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "app/kiosk_child_turn.hpp"
#include "core/kiosk_moderation.hpp"
#include "core/kiosk_work.hpp"
#include "core/store.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tests/support/test_photos.hpp"
#include "ui_harness.hpp"

namespace oogst::testing {

inline KioskSettings test_exhibition(const std::filesystem::path& camera) {
    KioskSettings settings;
    settings.title = "Mijn droomstad";
    settings.schools = {parse_kiosk_school("De Regenboog: 5A, 5B"), parse_kiosk_school("Sint-Jozef: 4, 5")};
    settings.idle_seconds = KioskSettings::min_idle_seconds;            // 15 s
    settings.countdown_seconds = KioskSettings::min_countdown_seconds;  // 5 s
    settings.slide_seconds = KioskSettings::min_slide_seconds;          // 3 s
    settings.camera_folder = camera.string();
    return settings;
}

// Sets the kiosk up on store: its settings, its session and a PIN.
inline void set_up_kiosk(Store& store, const std::filesystem::path& camera) {
    KioskSettings settings = test_exhibition(camera);
    store.save_kiosk_settings(settings);
    ensure_kiosk_session(store, settings);
    store.set_kiosk_pin("1234");
}

class KioskChildTest : public ::testing::Test {
protected:
    void SetUp() override { open(folder.path() / "store"); }
    void TearDown() override {
        ui.reset();  // before the store it draws from
        store.reset();
    }

    void open(const std::filesystem::path& store_folder) {
        ui.reset();
        store.reset();
        std::filesystem::create_directories(camera());
        store.emplace(Store::open_or_create(store_folder));
        set_up_kiosk(*store, camera());
        ui = std::make_unique<UiHarness>(*store);
        ui->state().screen = app::Screen::kiosk;
        ui->frame();
        ASSERT_EQ(child().step, app::KioskStep::loop);
    }

    std::filesystem::path camera() const { return folder.path() / "camera"; }
    app::KioskChild& child() { return ui->state().kiosk.child; }
    const KioskSettings& settings() { return *ui->state().kiosk.settings; }
    std::string session() { return settings().session_id; }

    // A photo the kiosk's camera takes now (its time is after the last turn ended).
    void camera_takes(const std::string& name, const std::string& bytes) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));  // a later millisecond than the turn's end
        write_file(camera() / name, bytes);
    }

    // The loop is touched: the choice of drawing, poem or photo.
    void wake() {
        ui->tap("kiosk.loop");
        ASSERT_EQ(child().step, app::KioskStep::choose);
    }

    // A few strokes with a finger on the paper.
    void draw_on_canvas() {
        const ImRect paper = ui->widget("canvas.area").rect;
        const ImVec2 centre = paper.GetCenter();
        ui->drag(ImVec2(centre.x - 120, centre.y), ImVec2(240, 60));
        ui->drag(ImVec2(centre.x, centre.y - 100), ImVec2(-40, 200));
    }

    // Name (optional), school and class, then on to the preview.
    void about(const std::string& first_name, const std::string& school, const std::string& class_name) {
        ASSERT_EQ(child().step, app::KioskStep::about);
        if (!first_name.empty()) {
            ui->tap("kiosk.name");
            ui->type(first_name);
        }
        ui->tap("kiosk.school." + school);
        ui->tap("kiosk.class." + class_name);
        ui->tap("kiosk.next");
        ASSERT_EQ(child().step, app::KioskStep::preview);
    }

    // The works of the kiosk's session with this status.
    std::vector<KioskEntry> works(WorkStatus status) { return kiosk_works(store->state(), session(), status); }

    const char* words(const char* key) { return ui->assets().words.text(Language::nl, key).c_str(); }

    TemporaryFolder folder;
    std::optional<Store> store;
    std::unique_ptr<UiHarness> ui;
};

}  // namespace oogst::testing
