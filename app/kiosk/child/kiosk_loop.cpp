#include "app/kiosk/child/kiosk_loop.hpp"

#include <algorithm>
#include <cfloat>
#include <vector>

#include <imgui_internal.h>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/child/kiosk_child_widgets.hpp"
#include "app/kiosk/child/kiosk_work_view.hpp"
#include "app/shell/theme.hpp"
#include "core/kiosk/kiosk_moderation.hpp"

namespace oogst::app {
namespace {

const CaptureRecord* find_work(const std::vector<KioskEntry>& works, const std::string& id) {
    for (const KioskEntry& entry : works)
        if (entry.id == id) return entry.capture;
    return nullptr;
}

// Moves the loop on when the slide has had its time, or when the work it showed was
// hidden meanwhile. A work that is alone stays, without fading into itself.
void advance(KioskSlides& slides, const std::vector<KioskEntry>& works, double slide_seconds, double now) {
    if (works.empty()) {
        slides = KioskSlides{};
        return;
    }
    auto at = std::find_if(works.begin(), works.end(), [&](const KioskEntry& e) { return e.id == slides.shown_id; });
    const bool gone = at == works.end();
    if (!gone && works.size() == 1) {
        // Alone it stays; its time counts from when a second work joins it.
        slides.previous_id.clear();
        slides.since = now;
        return;
    }
    if (!gone && now - slides.since < slide_seconds) return;
    slides.previous_id = gone ? std::string() : slides.shown_id;
    slides.shown_id = gone || std::next(at) == works.end() ? works.front().id : std::next(at)->id;
    slides.since = now;
}

// The welcome while no work is approved yet: stars and a warm sentence.
void welcome(const Ui& ui, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cx = (min.x + max.x) * 0.5f;
    const float h = max.y - min.y;
    const float star = std::min(ui.px(70), h * 0.16f);
    for (int i = -2; i <= 2; ++i)
        draw_star(draw, ImVec2(cx + i * star * 2.1f, min.y + h * 0.22f - (i % 2 == 0 ? 0 : star * 0.5f)),
                  star * (i == 0 ? 1.0f : 0.7f), i == 0 ? IM_COL32(255, 200, 40, 255) : IM_COL32(255, 170, 80, 255));
    const float y = min.y + h * 0.22f + star * 1.6f;
    const float used = kiosk_centred_text(draw, ui.fonts.title, ui.tr("kiosk.loop.welcome"), cx, y, colour::kiosk);
    kiosk_centred_text(draw, ui.fonts.heading, ui.tr("kiosk.loop.welcome.detail"), cx, y + used + ui.px(20), colour::text,
                       std::min(max.x - min.x, ui.px(900)));
}

// The invitation: a wide orange band with a touching finger and one short sentence.
void invitation(const Ui& ui, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ui.fonts.heading;
    const char* text = ui.tr("kiosk.loop.touch");
    const float icon = (max.y - min.y) * 0.8f;
    const float wrap = std::max(ui.px(200), max.x - min.x - icon - ui.px(100));
    const ImVec2 words = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text);
    const float width = std::min(max.x - min.x, icon + ui.px(24) + words.x + ui.px(72));
    const ImVec2 at((min.x + max.x - width) * 0.5f, min.y);
    draw->AddRectFilled(ImVec2(at.x, at.y + ui.px(5)), ImVec2(at.x + width, max.y + ui.px(5)), colour::shadow, (max.y - min.y) * 0.5f);
    draw->AddRectFilled(at, ImVec2(at.x + width, max.y), colour::kiosk, (max.y - min.y) * 0.5f);
    const float middle = (min.y + max.y) * 0.5f;
    draw_kiosk_icon(draw, KioskIcon::hand, ImVec2(at.x + ui.px(36) + icon * 0.5f, middle), icon, colour::text);
    draw->AddText(font, font->FontSize, ImVec2(at.x + ui.px(36) + icon + ui.px(24), middle - words.y * 0.5f),
                  colour::on_primary, text, nullptr, wrap);
}

}  // namespace

void draw_kiosk_loop(Store& store, KioskState& kiosk, Ui& ui) {
    KioskChild& child = kiosk.child;
    const KioskSettings& settings = *kiosk.settings;
    const double now = kiosk_now();

    // A touch anywhere wakes the kiosk, one frame later: by then a button drawn over the
    // loop (the staff's corner) holds the press if it was meant for it.
    if (child.wake_frame >= 0 && ImGui::GetFrameCount() == child.wake_frame + 1) {
        child.wake_frame = -1;
        const ImGuiID active = ImGui::GetActiveID();
        if (active == 0 || active == ImGui::GetCurrentWindow()->MoveId) {
            wake_kiosk(store, child, ui);
            return;
        }
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !child.hold_until_release)
        child.wake_frame = ImGui::GetFrameCount();

    const std::vector<KioskEntry> works =
        settings.session_id.empty() ? std::vector<KioskEntry>{}
                                    : kiosk_works(store.state(), settings.session_id, WorkStatus::shown);
    advance(child.slides, works, settings.slide_seconds, now);

    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 max(min.x + avail.x, min.y + avail.y);
    ImGui::Dummy(avail);  // the whole screen, for tests to touch
    ui.touch.record_last_item("kiosk.loop");

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cx = (min.x + max.x) * 0.5f;
    // The title, leaving the staff's corner free.
    const float title_height = kiosk_centred_text(draw, ui.fonts.title, settings.title.c_str(), cx, min.y + ui.px(8),
                                                  colour::kiosk, avail.x - ui.px(160));
    const float band = ui.px(110);
    const ImVec2 stage_min(min.x + ui.px(24), min.y + title_height + ui.px(28));
    const ImVec2 stage_max(max.x - ui.px(24), max.y - band - ui.px(28));

    const CaptureRecord* shown = find_work(works, child.slides.shown_id);
    const double t = (now - child.slides.since) / kiosk_fade_seconds;
    // Fading through the background: the old work out in the first half, the new one in.
    // The first work after the welcome or a child's turn is simply there.
    const CaptureRecord* previous = find_work(works, child.slides.previous_id);
    const bool fading = t < 1 && previous;
    const CaptureRecord* drawn = fading && t < 0.5 && previous ? previous : shown;
    if (drawn) draw_kiosk_work(ui, *drawn, stage_min, stage_max);
    else welcome(ui, stage_min, stage_max);
    if (drawn && fading) {
        const float veil = static_cast<float>(t < 0.5 ? t * 2 : (1 - t) * 2);
        const ImU32 background = kiosk_colour::sky;
        draw->AddRectFilled(ImVec2(stage_min.x - ui.px(10), stage_min.y - ui.px(10)),
                            ImVec2(stage_max.x + ui.px(10), stage_max.y + ui.px(20)),
                            (background & ~IM_COL32_A_MASK) | (static_cast<ImU32>(std::clamp(veil, 0.0f, 1.0f) * 255) << IM_COL32_A_SHIFT));
        ui.animating = true;
    }
    invitation(ui, ImVec2(min.x + ui.px(24), max.y - band), ImVec2(max.x - ui.px(24), max.y - ui.px(6)));
}

}  // namespace oogst::app
