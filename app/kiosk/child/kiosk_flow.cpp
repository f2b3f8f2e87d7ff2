#include "app/kiosk/child/kiosk_flow.hpp"

#include <algorithm>
#include <string>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/child/kiosk_child_widgets.hpp"
#include "app/kiosk/child/kiosk_work_view.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

constexpr float nav_height_px = 100;
constexpr int step_count = 4;  // choose, make, about, preview

KioskArea window_content() {
    const ImVec2 at = ImGui::GetWindowPos();
    const ImVec2 min = ImGui::GetWindowContentRegionMin(), max = ImGui::GetWindowContentRegionMax();
    return {ImVec2(at.x + min.x, at.y + min.y), ImVec2(at.x + max.x, at.y + max.y)};
}

int step_number(KioskStep step) {
    switch (step) {
        case KioskStep::choose: return 0;
        case KioskStep::make: return 1;
        case KioskStep::about: return 2;
        case KioskStep::preview: return 3;
        case KioskStep::loop:
        case KioskStep::thanks: break;
    }
    return 0;
}

void choose_kind(KioskState& kiosk, Ui& ui, CaptureKind kind) {
    KioskChild& child = kiosk.child;
    // Back from the make step to here and the same card again: the work goes on.
    if (!child.work.id.empty() && child.work.kind == kind) {
        child.focus_poem = kind == CaptureKind::text;
        go_to_kiosk_step(child, KioskStep::make);
        return;
    }
    start_kiosk_work(child, *kiosk.settings, ui, kind);
}

}  // namespace

KioskArea begin_kiosk_step(Ui& ui) {
    const KioskArea window = window_content();
    // Top: room for the staff's discreet corner button only where the content leaves it.
    const KioskArea content{ImVec2(window.min.x, window.min.y + ui.px(8)),
                            ImVec2(window.max.x, window.max.y - ui.px(nav_height_px) - ui.px(22))};
    ImGui::SetCursorScreenPos(content.min);
    return content;
}

KioskNav kiosk_nav_row(Ui& ui, KioskStep step, const KioskNavRow& row, const std::string& message) {
    const KioskArea window = window_content();
    const float height = ui.px(nav_height_px);
    const float top = window.max.y - height - ui.px(6);  // room for the buttons' shadow
    KioskNav nav = KioskNav::none;

    const float back_width = row.home ? ui.px(140) : ui.px(220);
    ImGui::SetCursorScreenPos(ImVec2(window.min.x, top));
    if (row.home) {
        if (kiosk_button(ui, "kiosk.home", KioskIcon::home, "", ImVec2(back_width, height), colour::surface, colour::text))
            nav = KioskNav::back;
    } else if (kiosk_button(ui, "kiosk.back", KioskIcon::back, ui.tr("kiosk.back"), ImVec2(back_width, height),
                            colour::surface, colour::text)) {
        nav = KioskNav::back;
    }

    float next_width = 0;
    if (row.next) {
        next_width = row.send ? ui.px(380) : ui.px(240);
        ImGui::SetCursorScreenPos(ImVec2(window.max.x - next_width, top));
        const bool tapped =
            row.send ? kiosk_button(ui, "kiosk.send", KioskIcon::send, ui.tr("kiosk.send"), ImVec2(next_width, height),
                                    kiosk_colour::go, colour::on_primary, row.next_ready)
                     : kiosk_button(ui, "kiosk.next", KioskIcon::next, ui.tr("kiosk.next"), ImVec2(next_width, height),
                                    kiosk_colour::go, colour::on_primary, row.next_ready);
        if (tapped) nav = KioskNav::next;
    }
    // Between the arrows: what the child should know now, else how far along they are.
    if (message.empty())
        kiosk_step_dots(ui, step_number(step), step_count, ImVec2((window.min.x + window.max.x) * 0.5f, top + height * 0.5f));
    kiosk_bubble(ui, message, ImVec2(window.min.x + back_width + ui.px(24), top - ui.px(6)),
                 ImVec2(window.max.x - next_width - ui.px(24), top + height + ui.px(6)));
    return nav;
}

void draw_kiosk_choose(Store& store, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    const KioskArea area = begin_kiosk_step(ui);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cx = (area.min.x + area.max.x) * 0.5f;
    const float heading = kiosk_centred_text(draw, ui.fonts.title, ui.tr("kiosk.choose.title"), cx, area.min.y, colour::text);

    // Three huge cards: a picture says what each is.
    const float gap = ui.px(36);
    const float top = area.min.y + heading + ui.px(28);
    const float width = std::min((area.size().x - 2 * gap) / 3, ui.px(380));
    const float height = std::min(area.max.y - top, width * 1.2f);
    const float left = cx - (3 * width + 2 * gap) * 0.5f;
    struct Card {
        const char* name;
        KioskIcon icon;
        const char* label;
        ImU32 fill;
        CaptureKind kind;
    };
    const Card cards[] = {
        {"kiosk.choose.drawing", KioskIcon::pencil, ui.tr("kiosk.choose.drawing"), kiosk_colour::card_drawing, CaptureKind::drawing},
        {"kiosk.choose.poem", KioskIcon::poem, ui.tr("kiosk.choose.poem"), kiosk_colour::card_poem, CaptureKind::text},
        {"kiosk.choose.photo", KioskIcon::camera, ui.tr("kiosk.choose.photo"), kiosk_colour::card_photo, CaptureKind::photo},
    };
    for (int i = 0; i < 3; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(left + i * (width + gap), top + (area.max.y - top - height) * 0.5f));
        if (kiosk_button(ui, cards[i].name, cards[i].icon, cards[i].label, ImVec2(width, height), cards[i].fill, colour::text)) {
            choose_kind(kiosk, ui, cards[i].kind);
            return;
        }
    }
    if (kiosk_nav_row(ui, KioskStep::choose, {.home = true, .next = false}, child.message) == KioskNav::back) end_kiosk_turn(store, child, ui);
}

void draw_kiosk_preview(Store& store, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    const KioskArea area = begin_kiosk_step(ui);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float heading = kiosk_centred_text(draw, ui.fonts.heading, ui.tr("kiosk.preview.title"),
                                             (area.min.x + area.max.x) * 0.5f, area.min.y, colour::text);
    draw_kiosk_draft(ui, child.work, ImVec2(area.min.x + ui.px(24), area.min.y + heading + ui.px(20)),
                     ImVec2(area.max.x - ui.px(24), area.max.y));

    const KioskNav nav = kiosk_nav_row(ui, KioskStep::preview, {.send = true}, child.message);
    if (nav == KioskNav::back) go_to_kiosk_step(child, KioskStep::about);
    if (nav != KioskNav::next) return;
    try {
        ensure_kiosk_session(store, *kiosk.settings);
        submit_kiosk_work(store, *kiosk.settings, child.work);
    } catch (const std::exception& error) {
        // Nothing was stored and the work stays as it is: the child (or a grown-up) can
        // try again, and the kiosk goes on.
        child.message = ui.tr("kiosk.send.failed", {{"reason", error_text(ui, error)}});
        return;
    }
    // Sent: the turn is over; the thanks shows nothing of the work.
    end_kiosk_turn(store, child, ui);
    child.step = KioskStep::thanks;
    child.thanks_since = kiosk_now();
}

void draw_kiosk_thanks(Store&, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    const KioskArea area = window_content();
    ImGui::SetCursorScreenPos(area.min);
    ImGui::Dummy(area.size());
    ui.touch.record_last_item("kiosk.thanks");

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cx = (area.min.x + area.max.x) * 0.5f;
    const float face = std::min(ui.px(220), area.size().y * 0.32f);
    const float top = area.min.y + area.size().y * 0.12f;
    draw_kiosk_icon(draw, KioskIcon::smile, ImVec2(cx, top + face * 0.5f), face, colour::text);
    for (int side : {-1, 1}) {
        draw_star(draw, ImVec2(cx + side * face * 1.1f, top + face * 0.2f), face * 0.22f, IM_COL32(255, 200, 40, 255));
        draw_star(draw, ImVec2(cx + side * face * 1.5f, top + face * 0.75f), face * 0.14f, IM_COL32(255, 150, 80, 255));
    }
    float y = top + face + ui.px(28);
    y += kiosk_centred_text(draw, ui.fonts.title, ui.tr("kiosk.thanks.title"), cx, y, colour::kiosk) + ui.px(24);
    kiosk_centred_text(draw, ui.fonts.heading, ui.tr("kiosk.thanks.detail"), cx, y, colour::text,
                       std::min(area.size().x - ui.px(80), ui.px(820)));

    const bool touched = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !child.hold_until_release;
    if (touched || kiosk_now() - child.thanks_since >= kiosk_thanks_seconds) {
        child.step = KioskStep::loop;
        child.hold_until_release = ImGui::GetIO().MouseDown[0];
    }
}

}  // namespace oogst::app
