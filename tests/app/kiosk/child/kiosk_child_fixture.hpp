#pragma once
// A kiosk set up on a real store in a temporary folder (an exhibition, two schools, a
// PIN, a camera folder of its own) and a headless UI on its children's side, with the
// steps a child takes written as a child takes them: through the touch registry.
#include <gtest/gtest.h>

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {

// A real small disk (a 2 MiB tmpfs) for the kiosk's store, that really fills up.
// Mounting needs root, which tools/test and CI have; elsewhere the test is skipped.
class SmallTestDisk {
public:
    SmallTestDisk() {
        if (geteuid() != 0) {
            why_not_ = "mounting a test disk needs root";
        } else if (mount("tmpfs", folder_.path().c_str(), "tmpfs", 0, "size=2m") != 0) {
            why_not_ = std::string("cannot mount a test disk: ") + std::strerror(errno);
        }
    }
    ~SmallTestDisk() {
        if (mounted()) umount2(folder_.path().c_str(), MNT_DETACH);
    }
    bool mounted() const { return why_not_.empty(); }
    const std::string& why_not() const { return why_not_; }
    const std::filesystem::path& path() const { return folder_.path(); }

    // Something else fills the disk to the last byte; returns the file that did it.
    std::filesystem::path fill() const {
        const std::filesystem::path filler = path() / "filler";
        {
            std::ofstream out(filler, std::ios::binary);
            const std::string block(64 * 1024, 'x');
            while (out.write(block.data(), static_cast<std::streamsize>(block.size()))) {}
        }
        std::ofstream out(filler, std::ios::binary | std::ios::app);
        while (out.put('x')) {}
        return filler;
    }

private:
    TemporaryFolder folder_;
    std::string why_not_;
};

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
    store.set_kiosk_pin("4821");
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

    // A drawing of more than 2,000 strokes on the make step: more than the little room a
    // full store keeps for itself.
    void make_a_busy_drawing() {
        // More than 65,536 vertices on screen: the app's OpenGL renderer takes that (it
        // says so with this flag); the harness has no renderer.
        ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
        wake();
        ui->tap("kiosk.choose.drawing");
        draw_on_canvas();
        for (int i = 0; i < 2000; ++i) {
            Stroke stroke{0xff47a043u, 0.006f, {}};
            for (int p = 0; p < 20; ++p) stroke.points.push_back({(i % 97) / 97.0f, p / 20.0f});
            child().canvas.draft.add(stroke);
        }
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
