#include "app/kiosk/staff/kiosk_moderation.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "app/kiosk/child/kiosk_work_view.hpp"
#include "app/kiosk/staff/kiosk_moderation_card.hpp"
#include "app/kiosk/staff/kiosk_moderation_drafts.hpp"
#include "app/kiosk/staff/kiosk_work_details.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_work.hpp"

namespace oogst::app {
namespace {

struct Decision {
    std::vector<std::string> ids;
    WorkStatus status = WorkStatus::waiting;
};

// Where the work stands, in a few words: its status, and for a shown work whether its
// name stands beside it, then whether it may be published.
std::string status_line(const Ui& ui, const CaptureRecord& work, WorkStatus status) {
    std::string line;
    switch (status) {
        case WorkStatus::waiting: line = ui.tr("kiosk_staff.status.waiting"); break;
        case WorkStatus::hidden: return ui.tr("kiosk_staff.status.hidden");
        case WorkStatus::shown:
            line = ui.tr(work.consent.named() ? "kiosk_staff.status.shown" : "kiosk_staff.status.shown_unnamed");
            break;
    }
    if (work.consent.publish.written())
        line += std::string(" · ") +
                ui.tr(work.consent.published() ? "kiosk_staff.status.publish" : "kiosk_staff.status.no_publish");
    return line;
}

bool is_selected(const KioskStaff& staff, const std::string& id) {
    return std::find(staff.selected.begin(), staff.selected.end(), id) != staff.selected.end();
}

ModerationGrid moderation_grid_for(Ui& ui) {
    ModerationGrid grid;
    grid.gap = ui.px(20);
    const float avail = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    grid.columns = std::max(1, static_cast<int>((avail + grid.gap) / (ui.px(300) + grid.gap)));
    grid.width = (avail - (grid.columns - 1) * grid.gap) / grid.columns;
    // Low enough that a card with its two rows of buttons fits under the tabs at 800 px.
    grid.picture_height = std::min(grid.width * 0.75f, ui.px(210));
    return grid;
}

// One sent-in work: picture or poem, label, where it stands, the buttons its tab offers,
// and under them "Kiezen" (waiting works: to show several at once) and "Meer…" (its
// first name and each consent on its own).
void work_card(Ui& ui, KioskStaff& staff, const Store& store, const ModerationGrid& grid, const KioskEntry& entry,
               WorkStatus status, std::vector<Decision>& decisions) {
    const CaptureRecord& capture = *entry.capture;
    const std::string label = kiosk_work_label(capture, FirstName::always);
    const CardLayout card = begin_moderation_card(ui, grid, 2);
    draw_kiosk_work(ui, capture, card.picture.Min, card.picture.Max, WorkLabel::none);
    const std::string line = status_line(ui, capture, status);
    card_lines(ui, card, label.empty() ? ui.tr("kiosk_staff.no_name") : label.c_str(), line.c_str(),
               status == WorkStatus::shown ? colour::primary : colour::muted);

    const std::string show = "moderation.show." + entry.id, hide = "moderation.hide." + entry.id;
    const bool both = status == WorkStatus::waiting;
    const float width = both ? (card.inner_width - grid.gap) * 0.5f : card.inner_width;
    ImGui::SetCursorScreenPos(card.buttons);
    if (status != WorkStatus::shown &&
        touch_button(ui, show.c_str(), ui.tr("kiosk_staff.show"), ImVec2(width, 0), ButtonLook::primary))
        decisions.push_back({{entry.id}, WorkStatus::shown});
    if (both) ImGui::SameLine(0, grid.gap);
    if (status != WorkStatus::hidden &&
        touch_button(ui, hide.c_str(), ui.tr("kiosk_staff.hide"), ImVec2(width, 0), ButtonLook::secondary))
        decisions.push_back({{entry.id}, WorkStatus::hidden});

    ImGui::SetCursorScreenPos(card.buttons2);
    const std::string more = "moderation.more." + entry.id;
    if (status == WorkStatus::waiting) {
        const std::string choose = "moderation.choose." + entry.id;
        const bool chosen = is_selected(staff, entry.id);
        if (touch_button(ui, choose.c_str(), ui.tr(chosen ? "kiosk_staff.chosen" : "kiosk_staff.choose"),
                         ImVec2(width, 0), chosen ? ButtonLook::primary : ButtonLook::secondary)) {
            if (chosen)
                std::erase(staff.selected, entry.id);
            else
                staff.selected.push_back(entry.id);
        }
        ImGui::SameLine(0, grid.gap);
    }
    if (touch_button(ui, more.c_str(), ui.tr("kiosk_staff.more"), ImVec2(both ? width : card.inner_width, 0),
                     ButtonLook::secondary))
        open_work_details(staff, store, entry.id);
    end_moderation_card(card);
}

// The template's consent sentence, in a frame above the waiting works: tapping "Toon"
// is the teacher agreeing to exactly this.
void consent_box(Ui& ui) {
    const MethodTemplate* method = ui.assets.templates.find(kiosk_method);
    if (!method || !method->consent) return;
    const std::string text = ui.in_language(method->consent->text);
    const char* lead = ui.tr("kiosk_staff.consent.lead");
    const float width = ImGui::GetContentRegionAvail().x, pad = ui.px(16);
    const float wrap = width - 2 * pad;
    const ImVec2 lead_size = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, wrap, lead);
    const ImVec2 size = ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, wrap, text.c_str());
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + width, min.y + lead_size.y + ui.px(4) + size.y + 2 * pad);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, colour::surface, ui.px(12));
    draw->AddRectFilled(min, ImVec2(min.x + ui.px(6), max.y), colour::primary, ui.px(12), ImDrawFlags_RoundCornersLeft);
    draw->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(min.x + pad, min.y + pad), colour::primary, lead,
                  nullptr, wrap);
    draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(min.x + pad, min.y + pad + lead_size.y + ui.px(4)),
                  colour::text, text.c_str(), nullptr, wrap);
    ImGui::Dummy(ImVec2(width, max.y - min.y));
}

void moderation_tabs(Ui& ui, KioskStaff& staff, const std::size_t counts[4]) {
    const ModerationTab order[] = {ModerationTab::waiting, ModerationTab::shown, ModerationTab::hidden,
                                   ModerationTab::drafts};
    const char* names[] = {"moderation.tab.waiting", "moderation.tab.shown", "moderation.tab.hidden",
                           "moderation.tab.drafts"};
    const char* keys[] = {"kiosk_staff.tab.waiting", "kiosk_staff.tab.shown", "kiosk_staff.tab.hidden",
                          "kiosk_staff.tab.drafts"};
    for (int i = 0; i < 4; ++i) {
        if (i > 0) ImGui::SameLine(0, ui.px(12));
        const std::string label = ui.tr(keys[i], {{"count", std::to_string(counts[i])}});
        const ButtonLook look = staff.tab == order[i] ? ButtonLook::primary : ButtonLook::secondary;
        if (touch_button(ui, names[i], label.c_str(), ImVec2(0, 0), look)) {
            staff.tab = order[i];
            staff.confirm_delete.clear();
        }
    }
}

}  // namespace

void draw_kiosk_moderation(Store& store, AppState& state, Ui& ui) {
    KioskState& kiosk = state.kiosk;
    const std::string title = kiosk.settings ? kiosk.settings->title : std::string();
    if (screen_header(ui, "moderation.back", ui.tr("common.back"), ui.tr("kiosk_staff.moderation.heading"),
                      title.c_str())) {
        kiosk.staff.screen = KioskStaffScreen::menu;
        return;
    }
    const std::string session = kiosk.settings ? kiosk.settings->session_id : std::string();
    const WorkshopState& workshop = store.state();
    const WorkStatus statuses[] = {WorkStatus::waiting, WorkStatus::shown, WorkStatus::hidden};
    std::vector<KioskEntry> works[3];
    for (int i = 0; i < 3; ++i) works[i] = kiosk_works(workshop, session, statuses[i]);
    // The drafts themselves (strokes, poems) are read only for their own tab; the other
    // tabs need their number.
    const bool on_drafts = kiosk.staff.tab == ModerationTab::drafts;
    const std::vector<KioskWork> drafts = on_drafts ? store.kiosk_drafts() : std::vector<KioskWork>();
    const std::size_t counts[4] = {works[0].size(), works[1].size(), works[2].size(),
                                   on_drafts ? drafts.size() : store.kiosk_draft_count()};
    moderation_tabs(ui, kiosk.staff, counts);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (kiosk.staff.tab == ModerationTab::waiting) consent_box(ui);
    // Works chosen on the waiting tab are shown together, with one tap.
    std::erase_if(kiosk.staff.selected, [&](const std::string& id) {
        return std::none_of(works[0].begin(), works[0].end(), [&](const KioskEntry& e) { return e.id == id; });
    });
    std::vector<Decision> decisions;
    if (kiosk.staff.tab == ModerationTab::waiting && !kiosk.staff.selected.empty()) {
        const std::string label =
            ui.tr("kiosk_staff.show_chosen", {{"count", std::to_string(kiosk.staff.selected.size())}});
        if (touch_button(ui, "moderation.show_chosen", label.c_str())) {
            decisions.push_back({kiosk.staff.selected, WorkStatus::shown});
            kiosk.staff.selected.clear();
        }
    }

    ImGui::BeginChild("moderation.list", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollWithMouse);
    const ModerationGrid grid = moderation_grid_for(ui);
    DraftAction draft_action;
    if (kiosk.staff.tab == ModerationTab::drafts) {
        draft_action = draft_cards(ui, grid, drafts, kiosk.settings, kiosk.staff.confirm_delete);
    } else {
        const int tab = static_cast<int>(kiosk.staff.tab);
        if (works[tab].empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
            const char* empty[] = {"kiosk_staff.empty.waiting", "kiosk_staff.empty.shown", "kiosk_staff.empty.hidden"};
            ImGui::TextWrapped("%s", ui.tr(empty[tab]));
            ImGui::PopStyleColor();
        }
        for (std::size_t i = 0; i < works[tab].size(); ++i) {
            if (i % grid.columns != 0) ImGui::SameLine(0, grid.gap);
            work_card(ui, kiosk.staff, store, grid, works[tab][i], statuses[tab], decisions);
        }
    }
    drag_to_scroll(ui);
    ImGui::EndChild();

    // Decided after drawing: a decision changes the state the cards pointed into.
    try {
        for (const Decision& decision : decisions) set_work_status(store, decision.ids, decision.status);
        if (draft_action.kind == DraftAction::Kind::complete) {
            for (const KioskWork& draft : drafts)
                if (draft.id == draft_action.id) open_draft_details(kiosk.staff, draft);
        } else {
            apply_draft_action(store, kiosk, draft_action);
        }
    } catch (const std::exception& error) {
        state.error = error_text(ui, error);
    }
    draw_work_details(store, state, ui);
}

}  // namespace oogst::app
