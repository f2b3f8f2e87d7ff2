#include "app/prepare/session_list.hpp"

#include <algorithm>
#include <cfloat>
#include <exception>
#include <map>
#include <string>

#include "app/harvest/harvest_widgets.hpp"
#include "app/prepare/device_list_view.hpp"
#include "app/prepare/prepare_widgets.hpp"
#include "app/prepare/prepare_words.hpp"
#include "app/prepare/session_form.hpp"
#include "app/prepare/table_list_import.hpp"
#include "app/shell/theme.hpp"
#include "app/table/template_labels.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/prepare/session_plan.hpp"

namespace oogst::app {
namespace {

// Runs a step; a problem goes to the banner in the facilitator's words.
template <class Step>
bool attempt(AppState& state, Ui& ui, Step&& step) {
    try {
        step();
        state.error.clear();
        return true;
    } catch (const std::exception& error) {
        state.error = ui.tr("prepare.session.not_done", {{"reason", prepare_error_text(ui, error)}});
        return false;
    }
}

// Which devices serve each session, as the device list says.
std::map<std::string, std::string> devices_by_session(const DeviceList& devices) {
    std::map<std::string, std::string> by_session;
    for (const DeviceRow& row : devices.devices)
        for (const std::string& session : row.sessions) {
            std::string& names = by_session[session];
            names += (names.empty() ? "" : ", ") + row.short_id;
        }
    return by_session;
}

std::string second_line(const Ui& ui, const SessionSet& session, std::size_t captures, const std::string& devices) {
    std::string line = notes_count(ui, captures);
    line += " · " + (devices.empty() ? std::string(ui.tr("prepare.session.no_device"))
                                     : ui.tr("prepare.session.devices", {{"devices", devices}}));
    return line + " · " + ui.tr("prepare.session.id", {{"id", session.id.substr(0, 8)}});
}

// The actions on one session, in a row: change, copy, merge, remove; while a merge is
// being chosen, only "merge into this".
void session_actions(Store& store, AppState& state, Ui& ui, const SessionSet& session, float button, float height) {
    PrepareState& prepare = state.prepare;
    const float gap = ui.px(8);
    const ImVec2 size(button, height);
    const std::string id = session.id;
    if (!prepare.merging.empty()) {
        if (prepare.merging == id) {
            ImGui::Dummy(size);
            return;
        }
        const std::string name = "prepare.session.into." + id;
        if (touch_button(ui, name.c_str(), ui.tr("prepare.session.into"), ImVec2(2 * button + gap, height)) &&
            attempt(state, ui, [&] { merge_sessions(store, prepare.merging, id); })) {
            prepare.notice = ui.tr("prepare.session.merged", {{"into", session.table_name}});
            prepare.merging.clear();
        }
        return;
    }
    if (touch_button(ui, ("prepare.session.edit." + id).c_str(), ui.tr("prepare.session.edit"), size, ButtonLook::secondary))
        open_session_form(store, prepare, id);
    ImGui::SameLine(0, gap);
    if (touch_button(ui, ("prepare.session.copy." + id).c_str(), ui.tr("prepare.session.copy"), size, ButtonLook::secondary) &&
        attempt(state, ui, [&] { copy_session(store, id); }))
        prepare.notice = ui.tr("prepare.session.copied", {{"name", session.table_name}});
    ImGui::SameLine(0, gap);
    if (touch_button(ui, ("prepare.session.merge." + id).c_str(), ui.tr("prepare.session.merge"), size,
                     ButtonLook::secondary)) {
        prepare.merging = id;
        prepare.removing.clear();
    }
    ImGui::SameLine(0, gap);
    // Removing takes a second tap on the same button, which then says so.
    const bool asked = prepare.removing == id;
    const char* label = asked ? ui.tr("prepare.session.remove.sure") : ui.tr("prepare.session.remove");
    if (touch_button(ui, ("prepare.session.remove." + id).c_str(), label, size,
                     asked ? ButtonLook::primary : ButtonLook::secondary)) {
        if (!asked) {
            prepare.removing = id;
        } else {
            const std::string name = session.table_name;
            if (attempt(state, ui, [&] { remove_session(store, id); }))
                prepare.notice = ui.tr("prepare.session.removed", {{"name", name}});
            prepare.removing.clear();
        }
    }
}

// One session: a card with its name, what it is and how to tell it from another (its
// devices, notes and number), its text wrapped to the card; the actions in a row under
// the text, inside the card.
void session_row(Store& store, AppState& state, Ui& ui, const SessionSet& session, const std::string& first_day,
                 const std::string& second, float width) {
    const float pad = ui.px(16), gap = ui.px(8);
    const float wrap = width - 2 * pad;
    ImFont* bold = ui.fonts.bold;
    ImFont* body = ui.fonts.body;
    const std::string first = session_summary(ui, session, first_day);
    const float name_height = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, wrap, session.table_name.c_str()).y;
    const float first_height = body->CalcTextSizeA(body->FontSize, FLT_MAX, wrap, first.c_str()).y;
    const float second_height = body->CalcTextSizeA(body->FontSize, FLT_MAX, wrap, second.c_str()).y;
    const float text_height = name_height + ui.px(6) + first_height + ui.px(2) + second_height;
    const float button_height = ui.px(56);
    const float height = pad + text_height + ui.px(12) + button_height + pad;

    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const bool highlighted = state.prepare.merging == session.id;
    draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height), highlighted ? colour::secondary : colour::surface,
                        ui.px(14));
    float y = min.y + pad;
    draw->AddText(bold, bold->FontSize, ImVec2(min.x + pad, y), colour::text, session.table_name.c_str(), nullptr, wrap);
    y += name_height + ui.px(6);
    draw->AddText(body, body->FontSize, ImVec2(min.x + pad, y), colour::muted, first.c_str(), nullptr, wrap);
    y += first_height + ui.px(2);
    draw->AddText(body, body->FontSize, ImVec2(min.x + pad, y), colour::muted, second.c_str(), nullptr, wrap);

    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad + text_height + ui.px(12)));
    // As wide as the longest label needs, and all four on the card's row.
    float button = ui.px(150);
    for (const char* key : {"prepare.session.edit", "prepare.session.copy", "prepare.session.merge",
                            "prepare.session.remove", "prepare.session.remove.sure"})
        button = std::max(button, button_width(ui, ui.tr(key), 16));
    button = std::min(button, (wrap - 3 * gap) / 4);
    session_actions(store, state, ui, session, button, button_height);
    ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + height));
    ImGui::Dummy(ImVec2(width, ui.px(8)));
}

void draw_rows(Store& store, AppState& state, Ui& ui, float width) {
    const WorkshopState& workshop = store.state();
    const auto sessions = workshop.sessions();
    if (sessions.empty()) {
        status_panel(ui, "prepare.sessions.none", ui.tr("prepare.sessions.none"), ui.tr("prepare.sessions.none.detail"),
                     width, harvest_colour::waiting_fill, harvest_colour::waiting_edge);
        return;
    }
    const auto counts = workshop.capture_counts();
    const auto devices = devices_by_session(current_devices(store, state.prepare));
    const std::string first_day = workshop.workshop().dates.empty() ? "" : workshop.workshop().dates.front();
    for (const SessionSet* session : sessions) {
        const auto count = counts.find(session->id);
        const auto served = devices.find(session->id);
        const std::string second = second_line(ui, *session, count == counts.end() ? 0 : count->second,
                                               served == devices.end() ? "" : served->second);
        session_row(store, state, ui, *session, first_day, second, width);
        // A step may have changed the list under this loop: draw the rest next frame.
        if (workshop.sessions().size() != sessions.size()) break;
    }
}

// Above the list: what the last step did, or the merge being chosen.
void draw_top_line(Store& store, PrepareState& prepare, Ui& ui, float width) {
    if (!prepare.merging.empty()) {
        const SessionSet* from = store.state().session(prepare.merging);
        if (!from) {
            prepare.merging.clear();
            return;
        }
        const float cancel = button_width(ui, ui.tr("prepare.session.merge.cancel"));
        ImGui::AlignTextToFramePadding();
        ImGui::PushFont(ui.fonts.bold);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - cancel - ui.px(16));
        ImGui::TextUnformatted(ui.tr("prepare.session.merge.choose", {{"name", from->table_name}}).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::SameLine(ImGui::GetCursorStartPos().x + width - cancel);
        if (touch_button(ui, "prepare.session.merge.cancel", ui.tr("prepare.session.merge.cancel"), ImVec2(cancel, 0),
                         ButtonLook::secondary))
            prepare.merging.clear();
        return;
    }
    if (prepare.notice.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, colour::primary);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(prepare.notice.c_str());
    ImGui::PopFont();
    ImGui::PopStyleColor();
}

void draw_adding(Store& store, AppState& state, Ui& ui, float width) {
    section_heading(ui, ui.tr("prepare.sessions.add"));
    const float gap = ui.px(12);
    const float half = (width - gap) * 0.5f;
    if (touch_button(ui, "prepare.sessions.add_table", ui.tr("prepare.sessions.add_table"), ImVec2(half, ui.px(64))))
        open_new_session_form(store, state.prepare, false);
    ImGui::SameLine(0, gap);
    if (touch_button(ui, "prepare.sessions.add_kiosk", ui.tr("prepare.sessions.add_kiosk"), ImVec2(half, ui.px(64))))
        open_new_session_form(store, state.prepare, true);
    ImGui::Dummy(ImVec2(0, ui.px(16)));
    draw_table_list_import(store, state, ui, width);
}

}  // namespace

void draw_session_list(Store& store, AppState& state, Ui& ui) {
    PrepareState& prepare = state.prepare;
    if (prepare.session.open) {
        draw_session_form(store, state, ui);
        return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = ui.px(32);
    const bool side_by_side = avail >= ui.px(1100);
    const float right = side_by_side ? std::clamp(avail * 0.3f, ui.px(340), ui.px(440)) : avail;
    const float left = side_by_side ? avail - right - gap : avail;
    const float height = ImGui::GetContentRegionAvail().y;
    scrolling_column(ui, "prepare.sessions.list", ImVec2(left, side_by_side ? height : height * 0.6f), [&] {
        const float width = left - ui.px(8);
        draw_top_line(store, prepare, ui, width);
        draw_rows(store, state, ui, width);
    });
    if (side_by_side) ImGui::SameLine(0, gap);
    scrolling_column(ui, "prepare.sessions.side", ImVec2(right, 0),
                     [&] { draw_adding(store, state, ui, ImGui::GetContentRegionAvail().x); });
}

}  // namespace oogst::app
