#include "app/table/table_sessions_screen.hpp"

#include <cfloat>
#include <string>

#include "app/harvest/harvest_screen.hpp"
#include "app/shell/theme.hpp"
#include "app/table/template_labels.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

std::string session_detail(const Ui& ui, const SessionSet& session, std::size_t captures) {
    std::string detail;
    if (!session.ambassador.empty()) detail = ui.tr("sessions.ambassador", {{"name", session.ambassador}}) + " · ";
    detail += method_label(ui, session.method);
    return detail + " · " + notes_count(ui, captures);
}

void no_sessions(Ui& ui) {
    ImGui::Dummy(ImVec2(0, ui.px(40)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.tr("sessions.none"));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextWrapped("%s", ui.tr("sessions.none.detail"));
    ImGui::PopStyleColor();
}

}  // namespace

void draw_table_sessions_screen(Store& store, AppState& state, Ui& ui) {
    const WorkshopState& workshop = store.state();
    const std::string detail = workshop.has_workshop() ? workshop.workshop().name : std::string(ui.tr("sessions.no_workshop"));
    if (screen_header(ui, "sessions.back", ui.tr("back.start"), ui.tr("sessions.title"), detail.c_str())) {
        state.screen = Screen::start;
        return;
    }

    // At the end of the evening the table hands its work in from here.
    const float harvest_height = ui.px(80);
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const auto sessions = workshop.sessions();
    if (sessions.empty()) {
        no_sessions(ui);
        ImGui::Dummy(ImVec2(0, ui.px(24)));
        if (touch_button(ui, "sessions.harvest", ui.tr("harvest.open"), ImVec2(ImGui::GetContentRegionAvail().x, harvest_height),
                         ButtonLook::secondary))
            open_harvest_screen(state);
        return;
    }
    const auto counts = workshop.capture_counts();
    ImGui::BeginChild("sessions.list", ImVec2(0, ImGui::GetContentRegionAvail().y - harvest_height - spacing));
    const float width = ImGui::GetContentRegionAvail().x;
    for (const SessionSet* session : sessions) {
        const std::string name = "sessions.open." + session->id;
        const std::string line = session_detail(ui, *session, counts.count(session->id) ? counts.at(session->id) : 0);
        if (touch_card(ui, name.c_str(), session->table_name.c_str(), line.c_str(), ImVec2(width, ui.px(112)),
                       colour::surface, colour::text))
            state.open_session(session->id, session->method == kiosk_method);
        // An arrow on the right says the card leads somewhere.
        const ImVec2 max = ImGui::GetItemRectMax();
        ImFont* font = ui.fonts.heading;
        const float arrow = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, "→").x;
        ImGui::GetWindowDrawList()->AddText(
            font, font->FontSize, ImVec2(max.x - ui.px(32) - arrow, max.y - ui.px(56) - font->FontSize * 0.5f),
            colour::primary, "→");
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    if (touch_button(ui, "sessions.harvest", ui.tr("harvest.open"), ImVec2(ImGui::GetContentRegionAvail().x, harvest_height),
                     ButtonLook::secondary))
        open_harvest_screen(state);
}

}  // namespace oogst::app
