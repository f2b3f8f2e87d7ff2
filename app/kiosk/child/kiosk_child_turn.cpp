#include "app/kiosk/child/kiosk_child_turn.hpp"

#include <imgui.h>

#include "core/model/hybrid_clock.hpp"

namespace oogst::app {
namespace {

// A child's state from nothing, keeping only what belongs to the kiosk, not the child:
// where the loop was and when the last turn ended.
KioskChild fresh(const KioskChild& before) {
    KioskChild child;
    child.slides = before.slides;
    child.turn_ended_ms = before.turn_ended_ms;
    child.last_input = kiosk_now();
    return child;
}

}  // namespace

double kiosk_now() { return ImGui::GetTime(); }

void wake_kiosk(Store& store, KioskChild& child, Ui& ui) {
    try {
        store.set_kiosk_turn_started_ms(wall_clock_ms());
    } catch (const std::exception&) {
        // A full disk must not keep a child from starting; only a power cut in this
        // turn would then leave its photos to the next child's photo step.
    }
    ui.text_entry.unfocus();
    child = fresh(child);
    child.step = KioskStep::choose;
    // The finger that woke the kiosk is still down: it must not also pick a card.
    child.hold_until_release = true;
}

void start_kiosk_work(KioskChild& child, const KioskSettings& settings, Ui& ui, CaptureKind kind) {
    ui.text_entry.unfocus();
    start_kiosk_work(child, settings, kind);
}

void start_kiosk_work(KioskChild& child, const KioskSettings& settings, CaptureKind kind) {
    child.work = new_kiosk_work(kind);
    child.canvas.start_over(child.work.id);
    child.photos.clear();
    child.photos_listed = -1;
    child.chosen_photo.clear();
    child.focus_poem = kind == CaptureKind::text;
    // Nothing to choose is nothing to ask.
    if (settings.schools.size() == 1) {
        child.work.school = settings.schools.front().name;
        if (settings.schools.front().classes.size() == 1) child.work.class_name = settings.schools.front().classes.front();
    }
    go_to_kiosk_step(child, KioskStep::make);
}

void go_to_kiosk_step(KioskChild& child, KioskStep step) {
    child.step = step;
    child.message.clear();
    child.message_is_hint = false;
}

void take_kiosk_strokes(KioskChild& child) {
    if (child.work.kind == CaptureKind::drawing) child.work.strokes = child.canvas.draft.strokes();
}

void end_kiosk_turn(Store& store, KioskChild& child, Ui& ui) {
    const std::int64_t now_ms = wall_clock_ms();
    child = fresh(child);
    child.turn_ended_ms = now_ms;
    try {
        store.set_kiosk_turn_ended_ms(now_ms);
    } catch (const std::exception&) {
        // A store that cannot note the time (a full disk) must not keep the kiosk from
        // its loop; child.turn_ended_ms keeps the older photos hidden all the same.
    }
    ui.text_entry.unfocus();
    child.step = KioskStep::loop;
    // A finger still on the screen (the tap that ended the turn) must not wake it again.
    child.hold_until_release = ImGui::GetIO().MouseDown[0];
}

void retry_unsaved_kiosk_drafts(Store& store, KioskState& kiosk) {
    auto& unsaved = kiosk.unsaved_drafts;
    while (!unsaved.empty()) {
        try {
            store.save_kiosk_draft(unsaved.front());
        } catch (const std::exception&) {
            return;  // still no room: kept for the next try
        }
        unsaved.erase(unsaved.begin());
    }
}

void put_kiosk_turn_away(Store& store, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    if (child.step == KioskStep::loop) return;
    take_kiosk_strokes(child);
    if (child.work.has_content()) {
        // Nobody is there to read a message, and the next child must not find this
        // work: when the store cannot take it, it waits in memory, out of sight.
        kiosk.unsaved_drafts.push_back(child.work);
        retry_unsaved_kiosk_drafts(store, kiosk);
    }
    end_kiosk_turn(store, child, ui);
}

}  // namespace oogst::app
