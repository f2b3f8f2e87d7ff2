#include "app/wall/wall_filters.hpp"

#include <set>
#include <string>
#include <vector>

#include "app/shell/theme.hpp"
#include "app/wall/wall_canvas.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/overlay.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

const char* people_key(WallPeople people) {
    switch (people) {
        case WallPeople::everyone: return "wall.people.everyone";
        case WallPeople::adults: return "wall.people.adults";
        case WallPeople::children: return "wall.people.children";
    }
    return "";
}

const char* kind_key(WallKind kind) {
    switch (kind) {
        case WallKind::any: return "wall.kind.any";
        case WallKind::text: return "wall.kind.text";
        case WallKind::drawing: return "wall.kind.drawing";
        case WallKind::photo: return "wall.kind.photo";
    }
    return "";
}

std::string score_key(double min_score) {
    return min_score >= 4 ? "wall.score.4" : min_score >= 3 ? "wall.score.3" : "wall.score.any";
}

// A button that shows a filter's state; green while it narrows the wall. Laid out on
// the row while it fits, else on the next.
bool chip(Ui& ui, const char* name, const std::string& label, bool narrowing) {
    const float width = button_width(ui, label.c_str(), 18);
    if (ImGui::GetItemRectMax().x + ui.px(8) + width <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
        ImGui::SameLine(0, ui.px(8));
    return touch_button(ui, name, label.c_str(), ImVec2(width, 0), narrowing ? ButtonLook::primary : ButtonLook::secondary);
}

bool list_choice(Ui& ui, const std::string& name, const std::string& label, bool chosen, float width) {
    // A long board title ends in "…" inside its button rather than under its edge.
    const std::string fitted = fitted_text(ui.fonts.bold, label, width - ui.px(32));
    return touch_button(ui, name.c_str(), fitted.c_str(), ImVec2(width, 0), chosen ? ButtonLook::primary : ButtonLook::secondary);
}

}  // namespace

void draw_wall_filters(Store& store, AppState& state, Ui& ui) {
    WallState& wall = state.wall;
    WallFilter& filter = wall.filter;
    touch_text_field(ui, "wall.search", ui.tr("wall.search"), filter.search, ui.px(250));
    const std::string unfiled = ui.tr("wall.unfiled_only", {{"count", std::to_string(wall.cache.counts.unfiled)}});
    if (chip(ui, "wall.filter.unfiled", unfiled, filter.unfiled_only)) filter.unfiled_only = !filter.unfiled_only;
    if (chip(ui, "wall.filter.people", ui.tr(people_key(filter.people)), filter.people != WallPeople::everyone))
        filter.people = static_cast<WallPeople>((static_cast<int>(filter.people) + 1) % 3);
    if (chip(ui, "wall.filter.kind", ui.tr(kind_key(filter.kind)), filter.kind != WallKind::any))
        filter.kind = static_cast<WallKind>((static_cast<int>(filter.kind) + 1) % 4);
    if (chip(ui, "wall.filter.score", ui.tr(score_key(filter.min_score)), filter.min_score > 0))
        filter.min_score = filter.min_score >= 4 ? 0 : filter.min_score >= 3 ? 4 : 3;
    const bool narrowed = !filter.session_id.empty() || !filter.method.empty() || !filter.board.empty();
    if (chip(ui, "wall.filter.more", ui.tr("wall.filter_more"), narrowed)) wall.tables_open = true;
    (void)store;
}

float wall_tools_width(const Ui& ui) {
    return button_width(ui, ui.tr("wall.suggest"), 18) + button_width(ui, ui.tr("wall.lasso"), 18) + 2 * ui.touch_size() +
           ui.px(24);
}

void draw_wall_tools(AppState& state, Ui& ui) {
    WallState& wall = state.wall;
    const float suggest = button_width(ui, ui.tr("wall.suggest"), 18);
    if (touch_button(ui, "wall.suggest", ui.tr("wall.suggest"), ImVec2(suggest, 0),
                     wall.suggesting ? ButtonLook::primary : ButtonLook::secondary))
        wall.suggesting = !wall.suggesting;
    ImGui::SameLine(0, ui.px(8));
    const float lasso = button_width(ui, ui.tr("wall.lasso"), 18);
    if (touch_button(ui, "wall.lasso", ui.tr("wall.lasso"), ImVec2(lasso, 0),
                     wall.lasso_mode ? ButtonLook::primary : ButtonLook::secondary))
        wall.lasso_mode = !wall.lasso_mode;
    // Zooming by touch, where there is no wheel: about the middle of the wall.
    const ImVec2 middle(ImGui::GetIO().DisplaySize.x * 0.6f, ImGui::GetIO().DisplaySize.y * 0.5f);
    ImGui::SameLine(0, ui.px(8));
    if (touch_button(ui, "wall.zoom_out", "-", ImVec2(ui.touch_size(), 0), ButtonLook::secondary))
        zoom_wall(wall, 1 / 1.4f, middle, ImVec2(0, 0));
    ImGui::SameLine(0, ui.px(8));
    if (touch_button(ui, "wall.zoom_in", "+", ImVec2(ui.touch_size(), 0), ButtonLook::secondary))
        zoom_wall(wall, 1.4f, middle, ImVec2(0, 0));
}

void draw_wall_filter_lists(Store& store, AppState& state, Ui& ui) {
    WallState& wall = state.wall;
    if (!wall.tables_open) return;
    WallFilter& filter = wall.filter;
    const WorkshopState& workshop = store.state();
    const ImVec2 size(std::min(ui.px(900), ImGui::GetIO().DisplaySize.x - ui.px(40)),
                      std::min(ui.px(620), ImGui::GetIO().DisplaySize.y - ui.px(40)));
    if (!begin_overlay(ui, "wall.filter_lists", size)) wall.tables_open = false;
    const float column = (ImGui::GetContentRegionAvail().x - ui.px(24)) / 3;
    // Room below for the close button (as tall as a touch button with its padding).
    const float height = ImGui::GetContentRegionAvail().y - ui.px(64) - ui.px(24);

    // The methods and boards the sessions use, in the order first met.
    std::vector<std::string> methods;
    std::vector<std::pair<std::string, std::string>> boards;  // id, title
    std::set<std::string> seen;
    for (const SessionSet* session : workshop.sessions()) {
        if (seen.insert("m:" + session->method).second) methods.push_back(session->method);
        const MethodTemplate* method = ui.assets.templates.find(session->method);
        if (!method) continue;
        for (const TemplateBoard& board : method->boards)
            if (seen.insert("b:" + board.id).second) boards.emplace_back(board.id, ui.in_language(board.title));
    }
    const auto list = [&](const char* name, const char* heading, auto&& items) {
        ImGui::BeginChild(name, ImVec2(column, height), false, ImGuiWindowFlags_NoScrollbar);
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(heading);
        ImGui::PopFont();
        items(ImGui::GetContentRegionAvail().x);
        drag_to_scroll(ui);
        ImGui::EndChild();
    };
    list("wall.tables", ui.tr("wall.tables"), [&](float width) {
        if (list_choice(ui, "wall.table.all", ui.tr("wall.all_tables"), filter.session_id.empty(), width)) filter.session_id.clear();
        for (const SessionSet* session : workshop.sessions())
            if (list_choice(ui, "wall.table." + session->id, session->table_name, filter.session_id == session->id, width))
                filter.session_id = filter.session_id == session->id ? "" : session->id;
    });
    ImGui::SameLine(0, ui.px(12));
    list("wall.methods", ui.tr("wall.methods"), [&](float width) {
        if (list_choice(ui, "wall.method.all", ui.tr("wall.all_methods"), filter.method.empty(), width)) filter.method.clear();
        for (const std::string& id : methods) {
            const MethodTemplate* method = ui.assets.templates.find(id);
            const std::string label = method ? ui.in_language(method->name) : id;
            if (list_choice(ui, "wall.method." + id, label, filter.method == id, width))
                filter.method = filter.method == id ? "" : id;
        }
    });
    ImGui::SameLine(0, ui.px(12));
    list("wall.boards", ui.tr("wall.boards"), [&](float width) {
        if (list_choice(ui, "wall.board.all", ui.tr("wall.all_boards"), filter.board.empty(), width)) filter.board.clear();
        for (const auto& [id, title] : boards)
            if (list_choice(ui, "wall.board." + id, title, filter.board == id, width)) filter.board = filter.board == id ? "" : id;
    });
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (touch_button(ui, "wall.filter_lists.close", ui.tr("wall.show"), ImVec2(ImGui::GetContentRegionAvail().x, 0)))
        wall.tables_open = false;
    end_overlay();
}

}  // namespace oogst::app
