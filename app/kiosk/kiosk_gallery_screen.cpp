#include "app/kiosk/kiosk_gallery_screen.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "app/kiosk/child/kiosk_work_view.hpp"
#include "app/kiosk/staff/kiosk_moderation_card.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/kiosk/kiosk_moderation.hpp"

namespace oogst::app {
namespace {

// Where the work stands ("In de tentoonstelling", "Wacht op de leerkracht", "Verborgen").
const char* work_status_words(const Ui& ui, const CaptureRecord& work) {
    switch (work_status(work)) {
        case WorkStatus::shown: return ui.tr("gallery.shown");
        case WorkStatus::waiting: return ui.tr("gallery.waiting");
        case WorkStatus::hidden: return ui.tr("gallery.hidden");
    }
    return "";
}

// Its other two consents ("met naam · mag gepubliceerd"); none for a hidden work.
std::string consent_words(const Ui& ui, const CaptureRecord& work) {
    if (work_status(work) == WorkStatus::hidden) return {};
    return std::string(ui.tr(work.consent.named() ? "gallery.named" : "gallery.unnamed")) + " · " +
           ui.tr(work.consent.published() ? "gallery.publish" : "gallery.no_publish");
}

ImU32 consent_colour(const CaptureRecord& work) {
    switch (work_status(work)) {
        case WorkStatus::shown: return colour::primary;
        case WorkStatus::waiting: return colour::muted;
        case WorkStatus::hidden: return colour::error_text;
    }
    return colour::muted;
}

}  // namespace

void draw_kiosk_gallery_screen(Store& store, AppState& state, Ui& ui) {
    const SessionSet* session = store.state().session(state.session_id);
    if (!session) {
        state.screen = Screen::sessions;
        return;
    }
    const WorkshopState& workshop = store.state();
    std::size_t counts[3] = {0, 0, 0};
    const WorkStatus order[] = {WorkStatus::shown, WorkStatus::waiting, WorkStatus::hidden};
    std::vector<KioskEntry> works;
    for (int i = 0; i < 3; ++i) {
        auto some = kiosk_works(workshop, session->id, order[i]);
        counts[i] = some.size();
        works.insert(works.end(), some.begin(), some.end());
    }
    const std::string detail = ui.tr("gallery.detail", {{"shown", std::to_string(counts[0])},
                                                        {"waiting", std::to_string(counts[1])},
                                                        {"hidden", std::to_string(counts[2])}});
    if (screen_header(ui, "gallery.back", ui.tr("common.back"), session->table_name.c_str(), detail.c_str())) {
        state.screen = Screen::sessions;
        return;
    }
    ImGui::BeginChild("gallery.works", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse);
    if (works.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::TextWrapped("%s", ui.tr("gallery.empty"));
        ImGui::PopStyleColor();
    }
    ModerationGrid grid;
    grid.gap = ui.px(20);
    const float avail = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    grid.columns = std::max(1, static_cast<int>((avail + grid.gap) / (ui.px(280) + grid.gap)));
    grid.width = (avail - (grid.columns - 1) * grid.gap) / grid.columns;
    grid.picture_height = std::min(grid.width * 0.75f, ui.px(220));
    for (std::size_t i = 0; i < works.size(); ++i) {
        if (i % grid.columns != 0) ImGui::SameLine(0, grid.gap);
        const CaptureRecord& work = *works[i].capture;
        // The place of a button row holds the consents' line: nothing here is tapped.
        const CardLayout card = begin_moderation_card(ui, grid, 1);
        draw_kiosk_work(ui, work, card.picture.Min, card.picture.Max, WorkLabel::none);
        // The name only as far as its consent goes, as the exhibition would show it.
        const std::string label = kiosk_work_label(work);
        card_lines(ui, card, label.empty() ? ui.tr("kiosk_staff.no_name") : label.c_str(), work_status_words(ui, work),
                   consent_colour(work));
        const std::string consents = consent_words(ui, work);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, card.buttons, colour::muted, consents.c_str(), nullptr,
                      card.inner_width);
        end_moderation_card(card);
        ui.touch.record_last_item("gallery.work." + works[i].id);
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace oogst::app
