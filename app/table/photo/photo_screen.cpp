#include "app/table/photo/photo_screen.hpp"

#include <algorithm>
#include <string>

#include "app/shell/theme.hpp"
#include "app/table/photo/photo_capture.hpp"
#include "app/table/photo/photo_folder_view.hpp"
#include "app/table/template_labels.hpp"
#include "app/widgets/photo_view.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "platform/texture_cache.hpp"

namespace oogst::app {
namespace {

// A camera card or USB stick put in while the list of places is shown turns up
// within this many seconds.
constexpr double places_refresh_seconds = 2;

void leave_to_board(AppState& state) {
    state.photo.close();
    state.screen = Screen::board;
}

void muted_paragraph(const Ui& ui, const char* text, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(width, ui.px(760)));
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

std::string with_column(const Ui& ui, std::string detail, const std::string& column) {
    if (!column.empty()) detail += " · " + ui.tr("photo.for_column", {{"board", column}});
    return detail;
}

void draw_places(AppState& state, Ui& ui, const std::string& column) {
    PhotoPicking& pick = state.photo;
    pick.refresh_places(ImGui::GetTime(), places_refresh_seconds);
    const std::string detail = with_column(ui, ui.tr("photo.places.detail"), column);
    if (screen_header(ui, "photo.back", ui.tr("common.back"), ui.tr("photo.heading"), detail.c_str())) {
        leave_to_board(state);
        return;
    }

    const platform::Place* opened = nullptr;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(20), ui.px(20)));
    ImGui::BeginChild("photo.places", ImGui::GetContentRegionAvail(), false);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const int per_row = std::max(1, static_cast<int>((avail + gap) / (ui.px(420) + gap)));
    const float width = std::min(ui.px(560), (avail - gap * (per_row - 1)) / per_row);
    for (std::size_t i = 0; i < pick.places.size(); ++i) {
        const platform::Place& place = pick.places[i];
        if (i % per_row != 0) ImGui::SameLine();
        std::string heading = place.name, what;
        switch (place.kind) {
            case platform::Place::Kind::chosen: what = place.root.string(); break;
            case platform::Place::Kind::removable: what = ui.tr("photo.place.removable"); break;
            case platform::Place::Kind::pictures:
                heading = ui.tr("photo.place.pictures");
                what = place.root.string();
                break;
        }
        const std::string name = "photo.place." + std::to_string(i);
        const bool removable = place.kind == platform::Place::Kind::removable;
        if (touch_card(ui, name.c_str(), heading.c_str(), what.c_str(), ImVec2(width, ui.px(120)),
                       removable ? colour::primary : colour::surface, removable ? colour::on_primary : colour::text))
            opened = &place;
    }
    if (pick.places.empty()) {
        ImGui::Dummy(ImVec2(0, ui.px(20)));
        ImGui::PushFont(ui.fonts.heading);
        ImGui::TextUnformatted(ui.tr("photo.places.none"));
        ImGui::PopFont();
        muted_paragraph(ui, ui.tr("photo.places.none.detail"), avail);
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    if (opened) pick.open_place(platform::Place(*opened));
}

// The chosen photo, as large as the screen allows, with "Toevoegen" and "Andere foto".
void draw_chosen(Store& store, AppState& state, Ui& ui, const std::string& column) {
    PhotoPicking& pick = state.photo;
    const platform::ImportedPhoto& photo = *pick.imported;
    const std::string name = pick.chosen.filename().string();
    const std::string detail = with_column(
        ui, ui.tr("photo.size", {{"width", std::to_string(photo.size.width)}, {"height", std::to_string(photo.size.height)}}),
        column);
    if (screen_header(ui, "photo.back", ui.tr("common.back"), name.c_str(), detail.c_str())) {
        leave_to_board(state);
        return;
    }

    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = ui.px(72);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 area(avail.x, std::max(ui.px(120), avail.y - buttons - 2 * style.ItemSpacing.y));
    ImGui::Dummy(area);

    // The photo as a print: fitted, with a white border and a shadow.
    const float border = ui.px(10);
    const ImRect frame = fitted_rect(static_cast<float>(photo.preview_size.width),
                                     static_cast<float>(photo.preview_size.height),
                                     ImVec2(min.x + border, min.y + border),
                                     ImVec2(min.x + area.x - border, min.y + area.y - border));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 outer_min(frame.Min.x - border, frame.Min.y - border), outer_max(frame.Max.x + border, frame.Max.y + border);
    draw->AddRectFilled(ImVec2(outer_min.x + ui.px(3), outer_min.y + ui.px(5)),
                        ImVec2(outer_max.x + ui.px(3), outer_max.y + ui.px(5)), colour::shadow, ui.px(4));
    draw->AddRectFilled(outer_min, outer_max, colour::surface, ui.px(4));
    bool drawn = false;
    if (ui.textures) {
        const int side = std::max(photo.preview_size.width, photo.preview_size.height);
        drawn = draw_fitted_picture(ui.textures->bytes("chosen:" + pick.chosen.string(), photo.preview, side), frame.Min,
                                    frame.Max);
    }
    if (!drawn) draw_photo_placeholder(ui, frame.Min, frame.Max, colour::column, colour::muted, ui.tr("note.photo"));

    // The buttons on the right, where a thumb reaches; adding is the last and green.
    const char* other = ui.tr("photo.other");
    const char* add = ui.tr("photo.add");
    const float other_width = button_width(ui, other, 32);
    const float add_width = button_width(ui, add, 40);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail.x - other_width - add_width - style.ItemSpacing.x);
    if (touch_button(ui, "photo.other", other, ImVec2(other_width, buttons), ButtonLook::secondary)) {
        pick.forget_choice();
        return;
    }
    ImGui::SameLine();
    if (touch_button(ui, "photo.add", add, ImVec2(add_width, buttons)) && add_photo_capture(store, state, ui, photo))
        leave_to_board(state);
}

}  // namespace

void draw_photo_screen(Store& store, AppState& state, Ui& ui) {
    const SessionSet* session = store.state().session(state.session_id);
    if (!session) {
        // Deleted meanwhile (a merge can do that): back to the list, which is current.
        state.photo.close();
        state.screen = Screen::sessions;
        return;
    }
    PhotoPicking& pick = state.photo;
    if (!pick.open) pick.start(ImGui::GetTime());
    const std::string column = state.capture_board.empty() ? "" : board_label(ui, session->method, state.capture_board);
    if (pick.imported)
        draw_chosen(store, state, ui, column);
    else if (pick.choosing_place())
        draw_places(state, ui, column);
    else
        draw_photo_folder(state, ui, column);
}

}  // namespace oogst::app
