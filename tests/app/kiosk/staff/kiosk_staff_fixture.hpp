#pragma once
// A real store with a kiosk on it and the headless UI on its kiosk screen: settings with
// two schools, the PIN 4821, and helpers to send works in and leave drafts, as the
// children's side would. The staff's clock is the test's: now_ms moves without sleeping.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

class KioskStaffTest : public ::testing::Test {
protected:
    void SetUp() override { store.emplace(Store::open_or_create(folder.path())); }
    void TearDown() override {
        ui.reset();
        store.reset();
    }

    void set_up_kiosk() {
        settings.title = "Onze droomstad";
        settings.schools = {{"De Regenboog", {"5A", "5B"}}, {"Sint-Jan", {"6"}}};
        store->set_kiosk_pin(pin);
        ensure_kiosk_session(*store, settings);
    }

    // A child's work as the children's side makes it: complete unless told otherwise.
    KioskWork drawing_work(const std::string& first_name, bool complete = true) const {
        KioskWork work = new_kiosk_work(CaptureKind::drawing);
        work.strokes.push_back(Stroke{0xff2050c0u, 0.01f, {{0.2f, 0.2f}, {0.5f, 0.6f}, {0.8f, 0.3f}}});
        work.first_name = first_name;
        if (complete) {
            work.school = "De Regenboog";
            work.class_name = "5B";
        }
        return work;
    }
    KioskWork poem_work(const std::string& first_name) const {
        KioskWork work = new_kiosk_work(CaptureKind::text);
        work.poem = "In mijn stad\nzingen de bomen";
        work.first_name = first_name;
        work.school = "Sint-Jan";
        work.class_name = "6";
        return work;
    }
    std::string submit(const KioskWork& work) {
        submit_kiosk_work(*store, settings, work);
        return work.id;
    }

    // The kiosk screen as the app opens it, with the test's clock.
    void open_kiosk() {
        ui = std::make_unique<UiHarness>(*store);
        ui->state().screen = app::Screen::kiosk;
        ui->state().kiosk.staff.now_ms = [this] { return now_ms; };
        ui->frame();
    }
    app::KioskStaff& staff() { return ui->state().kiosk.staff; }

    void tap_pin(const std::string& digits) {
        for (const char digit : digits) ui->tap(std::string("pin.digit.") + digit);
        ui->tap("pin.ok");
    }

    bool has(WorkStatus status, const std::string& id) const {
        const auto works = kiosk_works(store->state(), settings.session_id, status);
        return std::any_of(works.begin(), works.end(), [&](const KioskEntry& e) { return e.id == id; });
    }

    // Drags the settings form's column that holds the widget called name until the
    // widget is wholly in view: up when it is below the view, down when above.
    void reveal(const std::string& name) {
        for (int i = 0; i < 30; ++i) {
            ui->frame();
            const app::TouchWidget& widget = ui->widget(name);
            if (widget.visible.GetHeight() >= widget.rect.GetHeight() - 1) return;
            const bool above = widget.rect.GetCenter().y < 420;
            ui->drag(ImVec2(widget.rect.Min.x + 4, 420), ImVec2(0, above ? 160 : -160));
        }
        FAIL() << name << " never came into view";
    }

    TemporaryFolder folder;
    std::optional<Store> store;
    std::unique_ptr<UiHarness> ui;
    KioskSettings settings;
    std::string pin = "4821";
    std::int64_t now_ms = 1'800'000'000'000;
};

}  // namespace oogst::testing
