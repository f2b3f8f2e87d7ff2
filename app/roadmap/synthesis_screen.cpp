#include "app/roadmap/synthesis_screen.hpp"

#include <array>
#include <string>

#include "app/roadmap/panel_text.hpp"
#include "app/roadmap/roadmap_tabs.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/roadmap/synthesis.hpp"

namespace oogst::app {
namespace {

// How many of a board's strongest captures a quadrant or a part shows.
constexpr std::size_t shown_per_board = 4;

// A board's title in the person's language, as its method names it.
std::string board_title(const Ui& ui, const char* method, const std::string& board) {
    if (const MethodTemplate* found = ui.assets.templates.find(method))
        for (const TemplateBoard& each : found->boards)
            if (each.id == board) return ui.in_language(each.title);
    return board;
}

// A board's strongest captures, each a line with what backed it.
void strongest_lines(Ui& ui, const WorkshopState& workshop, const char* method, const std::string& board) {
    const auto notes = strongest_on_board(workshop, method, board, shown_per_board);
    if (notes.empty()) muted_text(ui.tr("synthesis.nothing"));
    for (const StrongNote& note : notes) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(("• " + note.text).c_str());
        ImGui::PopTextWrapPos();
        if (note.votes)
            muted_text("   " + ui.tr("synthesis.backed", {{"total", std::to_string(note.total)}}));
    }
}

void box(Ui& ui, const char* name, ImVec2 at, ImVec2 size) {
    ImGui::SetCursorPos(at);
    const ImVec2 screen_at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(screen_at, ImVec2(screen_at.x + size.x, screen_at.y + size.y),
                                              colour::surface, ui.px(12));
    ImGui::SetCursorPos(ImVec2(at.x + ui.px(10), at.y + ui.px(8)));
    ImGui::BeginChild(name, ImVec2(size.x - ui.px(20), size.y - ui.px(16)), false, ImGuiWindowFlags_NoScrollbar);
}

void end_box(Ui& ui) {
    drag_to_scroll(ui);
    ImGui::EndChild();
}

// The four quadrants, and beside them the desired future image the page is heading for.
void draw_swot(Ui& ui, const WorkshopState& workshop, SynthesisState& synthesis) {
    const std::array<const char*, 4> quadrants{"sterktes", "zwaktes", "kansen", "bedreigingen"};
    const float gap = ui.px(10);
    const ImVec2 origin = ImGui::GetCursorPos();
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float future_width = room.x * 0.34f;
    const float width = (room.x - future_width - 2 * gap) / 2, height = (room.y - gap) / 2;
    for (std::size_t q = 0; q < quadrants.size(); ++q) {
        const ImVec2 at(origin.x + static_cast<float>(q % 2) * (width + gap),
                        origin.y + static_cast<float>(q / 2) * (height + gap));
        box(ui, (std::string("synthesis.") + quadrants[q]).c_str(), at, ImVec2(width, height));
        field_label(ui, board_title(ui, swot_method, quadrants[q]).c_str());
        strongest_lines(ui, workshop, swot_method, quadrants[q]);
        end_box(ui);
    }
    box(ui, "synthesis.future", ImVec2(origin.x + 2 * (width + gap), origin.y), ImVec2(future_width, room.y));
    field_label(ui, board_title(ui, swot_method, "toekomstbeeld").c_str());
    const float inner = ImGui::GetContentRegionAvail().x;
    touch_text_area(ui, "statement.future_image", ui.tr("synthesis.future_hint"),
                    synthesis.statements[static_cast<std::size_t>(StatementPart::future_image)],
                    ImVec2(inner, ui.px(180)));
    field_label(ui, ui.tr("synthesis.from_tables"));
    strongest_lines(ui, workshop, swot_method, "toekomstbeeld");
    end_box(ui);
}

// Mission, vision, values and transitions as one page: each written by the facilitator
// above the phrases the management team backed most.
void draw_mission(Ui& ui, const WorkshopState& workshop, SynthesisState& synthesis) {
    struct Part {
        const char* board;
        StatementPart part;
        const char* name;
    };
    const std::array<Part, 4> parts{{{"missie", StatementPart::mission, "statement.mission"},
                                     {"visie", StatementPart::vision, "statement.vision"},
                                     {"waarden", StatementPart::values, "statement.values"},
                                     {"transities", StatementPart::transitions, "statement.transitions"}}};
    const float gap = ui.px(10);
    const ImVec2 origin = ImGui::GetCursorPos();
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float width = (room.x - 3 * gap) / 4;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        box(ui, (std::string("synthesis.") + parts[p].board).c_str(),
            ImVec2(origin.x + static_cast<float>(p) * (width + gap), origin.y), ImVec2(width, room.y));
        field_label(ui, board_title(ui, mission_method, parts[p].board).c_str());
        touch_text_area(ui, parts[p].name, ui.tr("synthesis.part_hint"),
                        synthesis.statements[static_cast<std::size_t>(parts[p].part)],
                        ImVec2(ImGui::GetContentRegionAvail().x, ui.px(200)));
        field_label(ui, ui.tr("synthesis.from_tables"));
        strongest_lines(ui, workshop, mission_method, parts[p].board);
        end_box(ui);
    }
}

}  // namespace

void draw_synthesis_screen(Store& store, AppState& state, Ui& ui) {
    SynthesisState& synthesis = state.roadmap.synthesis;
    const WorkshopState& workshop = store.state();
    const RoadmapState& roadmap = workshop.roadmap();
    if (synthesis.taken_at != store.revision() || !synthesis.taken) {
        // The statements as the store has them, unless the facilitator is typing: a
        // change arriving from elsewhere does not wipe what is being written.
        for (std::size_t p = 0; p < statement_part_count; ++p)
            if (!synthesis.taken || synthesis.statements[p] == synthesis.saved[p])
                synthesis.statements[p] = synthesis.saved[p] = roadmap.statement(static_cast<StatementPart>(p));
        synthesis.taken = true;
        synthesis.taken_at = store.revision();
    }
    const bool swot = has_method(workshop, swot_method), mission = has_method(workshop, mission_method);
    if (!swot) synthesis.mission_page = true;
    if (!mission) synthesis.mission_page = false;
    std::size_t changed = 0;
    for (std::size_t p = 0; p < statement_part_count; ++p)
        changed += synthesis.statements[p] != roadmap.statement(static_cast<StatementPart>(p)) ? 1 : 0;

    UndoHistory& undo = state.roadmap.undo;
    const std::string undo_label = undo.empty() ? "" : ui.tr(undo.last().what);
    const float undo_width = undo.empty() ? 0 : button_width(ui, undo_label.c_str());
    const std::string save_label =
        changed ? ui.tr("canvas.save_changed", {{"count", std::to_string(changed)}}) : std::string(ui.tr("initiative.save"));
    const float save_width = button_width(ui, save_label.c_str());
    const float keep = undo_width + save_width + ui.px(20);
    const ImVec2 top = ImGui::GetCursorPos();
    if (screen_header(ui, "synthesis.back", ui.tr("debate.back"), ui.tr("synthesis.title"),
                      ui.tr("synthesis.detail"), keep)) {
        state.screen = Screen::wall;
        return;
    }
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - keep + ui.px(10), top.y));
    if (!undo.empty()) {
        if (touch_button(ui, "synthesis.undo", undo_label.c_str(), ImVec2(undo_width, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] {
                undo.undo(store);
                synthesis.taken = false;  // the statements as the store now has them
            });
        ImGui::SameLine(0, ui.px(10));
    }
    if (touch_button(ui, "synthesis.save", save_label.c_str(), ImVec2(save_width, 0),
                     changed ? ButtonLook::primary : ButtonLook::secondary))
        wall_change(state, ui, [&] {
            RoadmapActions actions(store, undo);
            for (std::size_t p = 0; p < statement_part_count; ++p)
                actions.set_statement(static_cast<StatementPart>(p), synthesis.statements[p]);
            synthesis.saved = synthesis.statements;
            ui.text_entry.unfocus();
        });
    ImGui::SetCursorPos(after);
    draw_roadmap_tabs(state, ui, Screen::synthesis);
    if (!swot && !mission) {
        muted_text(ui.tr("synthesis.no_sessions"));
        return;
    }
    if (swot && mission) {
        if (touch_button(ui, "synthesis.page.swot", ui.tr("synthesis.swot"), ImVec2(0, 0),
                         synthesis.mission_page ? ButtonLook::secondary : ButtonLook::primary))
            synthesis.mission_page = false;
        ImGui::SameLine(0, ui.px(8));
        if (touch_button(ui, "synthesis.page.mission", ui.tr("synthesis.mission"), ImVec2(0, 0),
                         synthesis.mission_page ? ButtonLook::primary : ButtonLook::secondary))
            synthesis.mission_page = true;
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
    ImGui::BeginChild("synthesis.page", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (synthesis.mission_page)
        draw_mission(ui, workshop, synthesis);
    else
        draw_swot(ui, workshop, synthesis);
    ImGui::EndChild();
}

}  // namespace oogst::app
