#include "app/widgets/canvas/drawing_canvas.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "app/shell/theme.hpp"
#include "app/widgets/canvas/drawing_ink.hpp"
#include "app/widgets/canvas/drawing_tool_icons.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/drawing/drawing_paper.hpp"
#include "core/drawing/stroke_smoothing.hpp"

namespace oogst::app {
namespace {

// The tool column, at scale 1: four swatches of 68 px in a row with 14 px between them,
// inside 16 px of padding.
constexpr float swatch_px = 68;
constexpr float tool_gap_px = 14;
constexpr float tool_pad_px = 16;
constexpr float tools_width_px = 4 * swatch_px + 3 * tool_gap_px + 2 * tool_pad_px;

Point to_paper(ImVec2 at, ImVec2 min, ImVec2 max) {
    // A finger that slides off the paper keeps drawing along its edge.
    return Point{std::clamp((at.x - min.x) / (max.x - min.x), 0.0f, 1.0f),
                 std::clamp((at.y - min.y) / (max.y - min.y), 0.0f, 1.0f)};
}

void finish_stroke(DrawingCanvasState& canvas) {
    if (canvas.erasing) {
        canvas.draft.end_erasing();
        canvas.erasing = false;
    }
    if (!canvas.live.empty()) {
        Stroke stroke{drawing_colours[canvas.colour], drawing_widths[canvas.width], smooth_stroke(canvas.live)};
        canvas.draft.add(std::move(stroke));
        canvas.live.clear();
    }
}

// The finger on the paper: a pen adds a stroke when it lifts, the eraser removes the
// strokes it passes over while it moves.
void handle_finger(DrawingCanvasState& canvas, ImVec2 min, ImVec2 max) {
    const Point at = to_paper(ImGui::GetIO().MousePos, min, max);
    if (ImGui::IsItemActivated()) {
        finish_stroke(canvas);  // one left unfinished (the screen was left mid-stroke)
        if (canvas.eraser) {
            canvas.erasing = true;
            canvas.draft.begin_erasing();
            canvas.draft.erase_along(at, at, eraser_radius);
            canvas.last_eraser_point = at;
        } else {
            canvas.live.push_back(at);
        }
    } else if (ImGui::IsItemActive() || ImGui::IsItemDeactivated()) {
        // The release frame still counts: it is where the finger lifted.
        if (canvas.erasing) {
            canvas.draft.erase_along(canvas.last_eraser_point, at, eraser_radius);
            canvas.last_eraser_point = at;
        } else if (!canvas.live.empty()) {
            const Point& last = canvas.live.back();
            if (last.x != at.x || last.y != at.y) canvas.live.push_back(at);
        }
    }
    if (!ImGui::IsItemActive()) finish_stroke(canvas);
}

void draw_paper(Ui& ui, DrawingCanvasState& canvas, ImVec2 min, ImVec2 max) {
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton("canvas.area", ImVec2(max.x - min.x, max.y - min.y));
    ui.touch.record_last_item("canvas.area");
    handle_finger(canvas, min, max);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ui.px(8);
    draw->AddRectFilled(ImVec2(min.x + ui.px(2), min.y + ui.px(4)), ImVec2(max.x + ui.px(2), max.y + ui.px(4)),
                        colour::shadow, rounding);
    draw->AddRectFilled(min, max, colour::surface, rounding);
    draw->PushClipRect(min, max, true);
    paint_strokes(draw, canvas.draft.strokes(), min, max, InkDetail::full);
    if (!canvas.live.empty()) {
        // The stroke under the finger is shown as it will be kept.
        const auto smooth = smooth_stroke(canvas.live);
        paint_stroke(draw, drawing_colours[canvas.colour], drawing_widths[canvas.width], smooth, min, max,
                     InkDetail::full);
    }
    if (canvas.erasing) {
        const ImVec2 at(min.x + canvas.last_eraser_point.x * (max.x - min.x),
                        min.y + canvas.last_eraser_point.y * (max.y - min.y));
        const float radius = eraser_radius * (max.x - min.x);
        draw->AddCircleFilled(at, radius, IM_COL32(255, 255, 255, 160));
        draw->AddCircle(at, radius, colour::muted, 0, ui.px(2));
    }
    if (canvas.draft.empty() && canvas.live.empty()) {
        // An empty sheet says what to do, faintly, where the drawing will be.
        const char* hint = ui.tr("canvas.hint");
        ImFont* font = ui.fonts.heading;
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, hint);
        draw->AddText(font, font->FontSize,
                      ImVec2((min.x + max.x - size.x) * 0.5f, (min.y + max.y - size.y) * 0.5f),
                      IM_COL32(170, 164, 150, 255), hint);
    }
    draw->PopClipRect();
}

void section_label(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void colour_swatches(Ui& ui, DrawingCanvasState& canvas) {
    const float side = ui.px(swatch_px);
    for (std::size_t i = 0; i < drawing_colours.size(); ++i) {
        if (i % 4 != 0) ImGui::SameLine();
        const std::string name = "canvas.colour." + std::to_string(i);
        if (ImGui::InvisibleButton(name.c_str(), ImVec2(side, side))) {
            canvas.colour = i;
            canvas.eraser = false;
        }
        ui.touch.record_last_item(name);
        const bool chosen = canvas.colour == i && !canvas.eraser;
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float pressed = ImGui::IsItemActive() ? ui.px(3) : 0;
        if (chosen) draw->AddCircleFilled(centre, side * 0.5f, colour::text);
        draw->AddCircleFilled(centre, side * 0.5f - ui.px(chosen ? 5 : 6) - pressed, chosen ? colour::surface : 0);
        draw->AddCircleFilled(centre, side * 0.5f - ui.px(chosen ? 9 : 6) - pressed, drawing_colours[i]);
        if (!chosen) draw->AddCircle(centre, side * 0.5f - ui.px(6), darker(drawing_colours[i], 0.25f), 0, ui.px(2));
    }
}

void width_buttons(Ui& ui, DrawingCanvasState& canvas, float width, float paper_width) {
    const float gap = ui.px(tool_gap_px);
    const float each = (width - 2 * gap) / 3;
    for (std::size_t i = 0; i < drawing_widths.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        const std::string name = "canvas.width." + std::to_string(i);
        const bool chosen = canvas.width == i && !canvas.eraser;
        if (tool_button(ui, name.c_str(), "", ImVec2(each, ui.px(swatch_px)), chosen, true, ToolIcon::none)) {
            canvas.width = i;
            canvas.eraser = false;
        }
        // The pen as it will draw on this paper: its colour, its thickness.
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        const float thickness = std::max(ui.px(2), drawing_widths[i] * paper_width);
        const float cy = (min.y + max.y) * 0.5f, inset = ui.px(18) + thickness * 0.5f;
        const ImU32 ink = chosen ? colour::on_primary : drawing_colours[canvas.colour];
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddLine(ImVec2(min.x + inset, cy), ImVec2(max.x - inset, cy), ink, thickness);
        draw->AddCircleFilled(ImVec2(min.x + inset, cy), thickness * 0.5f, ink);
        draw->AddCircleFilled(ImVec2(max.x - inset, cy), thickness * 0.5f, ink);
    }
}

void action_buttons(Ui& ui, DrawingCanvasState& canvas, float width) {
    const float gap = ui.px(tool_gap_px);
    const float row = ui.px(swatch_px);
    if (tool_button(ui, "canvas.eraser", ui.tr("canvas.eraser"), ImVec2(width, row), canvas.eraser, true,
                    ToolIcon::eraser)) {
        finish_stroke(canvas);
        canvas.eraser = !canvas.eraser;
    }
    const float half = (width - gap) * 0.5f;
    const float tall = ui.px(88);  // icon above label: short words in three languages fit
    if (tool_button(ui, "canvas.undo", ui.tr("canvas.undo"), ImVec2(half, tall), false, canvas.draft.can_undo(),
                    ToolIcon::undo))
        canvas.draft.undo();
    ImGui::SameLine();
    if (tool_button(ui, "canvas.redo", ui.tr("canvas.redo"), ImVec2(half, tall), false, canvas.draft.can_redo(),
                    ToolIcon::redo))
        canvas.draft.redo();
    // Clearing is one undoable edit, so it asks nothing: a tap on "undo" brings it all back.
    if (tool_button(ui, "canvas.clear", ui.tr("canvas.clear"), ImVec2(width, row), false, !canvas.draft.empty(),
                    ToolIcon::clear))
        canvas.draft.clear();
}

void draw_tools(Ui& ui, DrawingCanvasState& canvas, ImVec2 min, ImVec2 size, float paper_width) {
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::column);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(tool_pad_px), ui.px(tool_pad_px)));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(tool_gap_px), ui.px(tool_gap_px)));
    // On a short screen the tools scroll under the finger rather than shrink below
    // touch size.
    ImGui::BeginChild("canvas.tools", size, false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
    const float width = ImGui::GetContentRegionAvail().x;
    section_label(ui, ui.tr("canvas.colour"));
    colour_swatches(ui, canvas);
    section_label(ui, ui.tr("canvas.width"));
    width_buttons(ui, canvas, width, paper_width);
    ImGui::Dummy(ImVec2(0, ui.px(2)));
    action_buttons(ui, canvas, width);
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

}  // namespace

void drawing_canvas(Ui& ui, DrawingCanvasState& canvas, ImVec2 size) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float tools_width = ui.px(tools_width_px);
    const float gap = ui.px(24);
    const float paper_width = std::max(ui.px(120), std::min(size.x - tools_width - gap, size.y * drawing_aspect));
    const float paper_height = paper_width / drawing_aspect;
    const float left = origin.x + std::max(0.0f, (size.x - paper_width - gap - tools_width) * 0.5f);
    const float top = origin.y + std::max(0.0f, (size.y - paper_height) * 0.5f);

    draw_paper(ui, canvas, ImVec2(left, top), ImVec2(left + paper_width, top + paper_height));
    draw_tools(ui, canvas, ImVec2(left + paper_width + gap, top), ImVec2(tools_width, paper_height), paper_width);

    // The caller's layout continues below the whole rectangle.
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(size);
}

}  // namespace oogst::app
