#include "app/roadmap/canvas_screen.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "app/roadmap/panel_text.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/model/plain_text.hpp"
#include "core/model/roadmap_names.hpp"
#include "core/roadmap/canvas_known.hpp"

namespace oogst::app {
namespace {

// Each block's title and question, in the canvas's order (CanvasBlock).
struct BlockWords {
    const char* title;
    const char* hint;
};

std::array<BlockWords, canvas_block_count> block_words(const Ui& ui) {
    return {{
        {ui.tr("canvas.policy_goals"), ui.tr("canvas.policy_goals_hint")},
        {ui.tr("canvas.performance"), ui.tr("canvas.performance_hint")},
        {ui.tr("canvas.target_groups"), ui.tr("canvas.target_groups_hint")},
        {ui.tr("canvas.roles"), ui.tr("canvas.roles_hint")},
        {ui.tr("canvas.activities"), ui.tr("canvas.activities_hint")},
        {ui.tr("canvas.communication"), ui.tr("canvas.communication_hint")},
        {ui.tr("canvas.organisation"), ui.tr("canvas.organisation_hint")},
        {ui.tr("canvas.budget"), ui.tr("canvas.budget_hint")},
        {ui.tr("canvas.participation"), ui.tr("canvas.participation_hint")},
        {ui.tr("canvas.partners"), ui.tr("canvas.partners_hint")},
    }};
}

// What the workshop knows for block, in the person's words; empty when nothing.
std::string known_for(const Ui& ui, const CanvasKnown& known, CanvasBlock block) {
    switch (block) {
        case CanvasBlock::performance: return known.impact;
        case CanvasBlock::target_groups: return known.target_group;
        case CanvasBlock::activities: return joined(known.activities);
        case CanvasBlock::organisation: return known.owner;
        case CanvasBlock::partners: return joined(known.partners);
        case CanvasBlock::participation:
            if (known.sessions == 0) return {};
            return ui.tr("canvas.participation_known", {{"sessions", std::to_string(known.sessions)},
                                                       {"people", std::to_string(known.participants)},
                                                       {"captures", std::to_string(known.captures)},
                                                       {"children", std::to_string(known.children_works)}});
        default: return {};
    }
}

}  // namespace

void draw_canvas_screen(Store& store, AppState& state, Ui& ui) {
    CanvasState& canvas = state.roadmap.canvas;
    const WorkshopState& workshop = store.state();
    const RoadmapState& roadmap = workshop.roadmap();
    const InitiativeSet* initiative = roadmap.initiative(canvas.item_id);
    const InnovationCaseSet* lab = initiative ? nullptr : roadmap.innovation_case(canvas.item_id);
    const Screen back = canvas.from_debate ? Screen::debate : Screen::cases;
    if (!initiative && !lab) {  // deleted, here or on another laptop
        state.screen = back;
        return;
    }
    if (canvas.blocks_of != canvas.item_id) {
        for (std::size_t b = 0; b < canvas_block_count; ++b)
            canvas.blocks[b] = roadmap.canvas_block(canvas.item_id, static_cast<CanvasBlock>(b));
        canvas.blocks_of = canvas.item_id;
    }
    std::size_t filled = 0, changed = 0;
    for (std::size_t b = 0; b < canvas_block_count; ++b) {
        filled += roadmap.canvas_block(canvas.item_id, static_cast<CanvasBlock>(b)).empty() ? 0 : 1;
        changed += canvas.blocks[b] != roadmap.canvas_block(canvas.item_id, static_cast<CanvasBlock>(b)) ? 1 : 0;
    }
    const std::string title = ui.tr("canvas.title", {{"item", initiative ? initiative->title : lab->title}});
    const std::string detail = ui.tr("canvas.counts", {{"filled", std::to_string(filled)},
                                                       {"blocks", std::to_string(canvas_block_count)}});
    UndoHistory& undo = state.roadmap.undo;
    const std::string undo_label = undo.empty() ? "" : ui.tr(undo.last().what);
    const float undo_width = undo.empty() ? 0 : button_width(ui, undo_label.c_str());
    const std::string save_label =
        changed ? ui.tr("canvas.save_changed", {{"count", std::to_string(changed)}}) : std::string(ui.tr("initiative.save"));
    const float save_width = button_width(ui, save_label.c_str());
    const float keep = undo_width + save_width + ui.px(20);
    const ImVec2 top = ImGui::GetCursorPos();
    if (screen_header(ui, "canvas.back", canvas.from_debate ? ui.tr("canvas.back_debate") : ui.tr("canvas.back_cases"),
                      title.c_str(), detail.c_str(), keep)) {
        state.screen = back;
        return;
    }
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - keep + ui.px(10), top.y));
    if (!undo.empty()) {
        if (touch_button(ui, "canvas.undo", undo_label.c_str(), ImVec2(undo_width, 0), ButtonLook::secondary))
            wall_change(state, ui, [&] {
                undo.undo(store);
                canvas.blocks_of.clear();  // the blocks as the store now has them
            });
        ImGui::SameLine(0, ui.px(10));
    }
    if (touch_button(ui, "canvas.save", save_label.c_str(), ImVec2(save_width, 0),
                     changed ? ButtonLook::primary : ButtonLook::secondary))
        wall_change(state, ui, [&] {
            RoadmapActions(store, undo).set_canvas(canvas.item_id, canvas.blocks);
            ui.text_entry.unfocus();
        });
    ImGui::SetCursorPos(after);

    // Two rows of five blocks: the whole canvas on one screen, as on paper.
    const CanvasKnown known = canvas_known(workshop, canvas.item_id);
    const auto words = block_words(ui);
    ImGui::BeginChild("canvas.blocks", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float gap = ui.px(10);
    const float width = (ImGui::GetContentRegionAvail().x - 4 * gap) / 5;
    const float height = (ImGui::GetContentRegionAvail().y - gap) / 2;
    const ImVec2 origin = ImGui::GetCursorPos();
    for (std::size_t b = 0; b < canvas_block_count; ++b) {
        const auto block = static_cast<CanvasBlock>(b);
        const ImVec2 at(origin.x + static_cast<float>(b % 5) * (width + gap),
                        origin.y + static_cast<float>(b / 5) * (height + gap));
        ImGui::SetCursorPos(at);
        const ImVec2 screen_at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(screen_at, ImVec2(screen_at.x + width, screen_at.y + height),
                                                  colour::surface, ui.px(12));
        const float pad = ui.px(10), inner = width - 2 * pad;
        ImGui::SetCursorPos(ImVec2(at.x + pad, at.y + pad));
        ImGui::PushFont(ui.fonts.bold);
        ImGui::PushTextWrapPos(at.x + pad + inner);
        ImGui::TextUnformatted(words[b].title);
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        const std::string suggestion = known_for(ui, known, block);
        const bool offer = canvas.blocks[b].empty() && !suggestion.empty();
        const float button = offer ? ui.touch_size() + ui.px(6) : 0;
        ImGui::SetCursorPosX(at.x + pad);
        const float area = at.y + height - pad - button - ImGui::GetCursorPosY();
        const std::string name = "canvas.block." + std::string(name_of(block));
        // An empty block shows what the workshop knows as its hint, to take over.
        touch_text_area(ui, name.c_str(), offer ? suggestion.c_str() : words[b].hint, canvas.blocks[b],
                        ImVec2(inner, std::max(area, ui.touch_size())));
        if (offer) {
            ImGui::SetCursorPos(ImVec2(at.x + pad, at.y + height - pad - ui.touch_size()));
            if (touch_button(ui, ("canvas.take." + std::string(name_of(block))).c_str(), ui.tr("canvas.take"),
                             ImVec2(inner, 0), ButtonLook::secondary))
                canvas.blocks[b] = suggestion;
        }
    }
    ImGui::EndChild();
}

}  // namespace oogst::app
