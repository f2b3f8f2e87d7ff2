#include "app/roadmap/map_canvas.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <map>
#include <vector>

#include "app/roadmap/map_look.hpp"
#include "app/roadmap/roadmap_words.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/roadmap/stakeholder_map.hpp"

namespace oogst::app {
namespace {

constexpr float widest_actor_px = 180;
// Names are drawn a little smaller than the body text, so a group's actors fit in its
// sector side by side.
constexpr float name_scale = 0.85f;
constexpr float widest_label_px = 170;
// A link's competences are read on the map in smaller letters than the actors' names:
// they are many, and the side panel says them in full.
constexpr float label_scale = 0.8f;

ImVec2 label_size(ImFont* font, const std::string& text) {
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
}

// An actor as drawn this frame.
struct ActorShape {
    const ActorSet* actor = nullptr;
    std::vector<std::string> name;  // its lines, fitted to its pill
    ImRect rect;
    ImVec2 centre() const { return rect.GetCenter(); }
};

// A link as drawn this frame: its line, and its label's place (what a finger taps).
struct LinkShape {
    const ActorLinkSet* link = nullptr;
    ImVec2 from, to;
    std::string label;  // the competences, fitted; empty: none
    ImRect label_rect, touch_rect;
};

// The map's rectangle on screen, and where its points are: the map's unit square
// stretched to it, so its circle is drawn as an ellipse as wide as the room allows
// (names are wider than tall).
struct MapFrame {
    ImVec2 min, size;
    ImVec2 max() const { return ImVec2(min.x + size.x, min.y + size.y); }
    ImVec2 at(float x, float y) const { return ImVec2(min.x + x * size.x, min.y + y * size.y); }
    ImVec2 at(const MapPoint& point) const { return at(point.x, point.y); }
    // The point of the map's edge at angle (clockwise from the top), times distance.
    ImVec2 rim(float angle, float distance = 1) const { return at(map_point(angle, map_radius * distance)); }
};

// An actor's pill centred on at, kept wholly on the map.
ImRect pill_at(const MapFrame& frame, ImVec2 at, ImVec2 size) {
    const float x = std::clamp(at.x - size.x / 2, frame.min.x, frame.max().x - size.x);
    const float y = std::clamp(at.y - size.y / 2, frame.min.y, frame.max().y - size.y);
    return ImRect(ImVec2(x, y), ImVec2(x + size.x, y + size.y));
}

// A name in at most two lines of width, cut with "…" when longer.
std::vector<std::string> name_lines(ImFont* font, const std::string& name, float width) {
    std::vector<std::string> lines{""};
    std::size_t at = 0;
    while (at < name.size()) {
        const std::size_t space = name.find(' ', at);
        const std::string word = name.substr(at, space == std::string::npos ? std::string::npos : space - at);
        at = space == std::string::npos ? name.size() : space + 1;
        const std::string longer = lines.back().empty() ? word : lines.back() + " " + word;
        if (lines.back().empty() || label_size(font, longer).x <= width || lines.size() == 2) {
            lines.back() = longer;
        } else {
            lines.push_back(word);
        }
    }
    for (std::string& line : lines) line = fitted_text(font, line, width);
    return lines;
}

std::vector<ActorShape> lay_out_actors(const Ui& ui, const RoadmapState& roadmap, const MapFrame& frame,
                                       const MapState& map) {
    const auto places = actor_places(roadmap);
    const float pad = ui.px(10), dot = ui.px(20);
    std::vector<ActorShape> shapes;
    for (const ActorSet* actor : roadmap.actors()) {
        ImVec2 at = frame.at(places.at(actor->id));
        if (map.gesture.dragging && map.gesture.actor == actor->id)
            at = ImVec2(at.x + map.gesture.finger.x - map.gesture.press_at.x,
                        at.y + map.gesture.finger.y - map.gesture.press_at.y);
        ActorShape shape;
        shape.actor = actor;
        // Measured at the font's own size, then scaled to the size drawn.
        shape.name = name_lines(ui.fonts.bold, actor->name, (ui.px(widest_actor_px) - 2 * pad - dot) / name_scale);
        float width = 0;
        for (const std::string& line : shape.name) width = std::max(width, label_size(ui.fonts.bold, line).x * name_scale);
        const float lines = static_cast<float>(shape.name.size());
        const ImVec2 size(std::max(ui.touch_size(), width + 2 * pad + dot),
                          std::max(ui.touch_size(), lines * ui.fonts.bold->FontSize * name_scale + ui.px(8)));
        shape.rect = pill_at(frame, at, size);
        shapes.push_back(std::move(shape));
    }
    // The chosen and the dragged actor are drawn last: on top, and first to be touched.
    std::stable_partition(shapes.begin(), shapes.end(), [&](const ActorShape& shape) {
        return shape.actor->id != map.chosen_actor && shape.actor->id != map.gesture.actor;
    });
    return shapes;
}

std::vector<LinkShape> lay_out_links(const Ui& ui, const RoadmapState& roadmap, const std::vector<ActorShape>& actors) {
    std::map<std::string, ImVec2> centres;
    for (const ActorShape& shape : actors) centres[shape.actor->id] = shape.centre();
    std::vector<LinkShape> shapes;
    for (const ActorLinkSet* link : roadmap.links()) {
        LinkShape shape;
        shape.link = link;
        shape.from = centres.at(link->from);
        shape.to = centres.at(link->to);
        std::string competences;
        for (const std::string& competence : link->competences)
            competences += (competences.empty() ? "" : ", ") + competence;
        // Fitted at the body font's size, drawn smaller (label_scale).
        shape.label = fitted_text(ui.fonts.body, competences, ui.px(widest_label_px) / label_scale);
        const ImVec2 middle((shape.from.x + shape.to.x) / 2, (shape.from.y + shape.to.y) / 2);
        ImVec2 text = shape.label.empty() ? ImVec2(0, 0) : label_size(ui.fonts.body, shape.label);
        text = ImVec2(text.x * label_scale, text.y * label_scale);
        const ImVec2 half(text.x / 2 + ui.px(8), text.y / 2 + ui.px(3));
        shape.label_rect = ImRect(ImVec2(middle.x - half.x, middle.y - half.y), ImVec2(middle.x + half.x, middle.y + half.y));
        // The label may be small to read the map by; a finger still gets a touch target.
        const ImVec2 reach(std::max(half.x, ui.touch_size() / 2), std::max(half.y, ui.touch_size() / 2));
        shape.touch_rect = ImRect(ImVec2(middle.x - reach.x, middle.y - reach.y), ImVec2(middle.x + reach.x, middle.y + reach.y));
        shapes.push_back(std::move(shape));
    }
    return shapes;
}

void dashed_line(ImDrawList* draw, ImVec2 from, ImVec2 to, ImU32 ink, float thickness, float dash, float gap) {
    const float length = std::hypot(to.x - from.x, to.y - from.y);
    if (length < 1) return;
    const ImVec2 step((to.x - from.x) / length, (to.y - from.y) / length);
    for (float at = 0; at < length; at += dash + gap) {
        const float end = std::min(length, at + dash);
        draw->AddLine(ImVec2(from.x + step.x * at, from.y + step.y * at), ImVec2(from.x + step.x * end, from.y + step.y * end),
                      ink, thickness);
    }
}

void link_line(const Ui& ui, ImDrawList* draw, ImVec2 from, ImVec2 to, LinkKind kind, float thickness) {
    if (kind == LinkKind::regie)
        draw->AddLine(from, to, link_ink(kind), thickness);
    else
        dashed_line(draw, from, to, link_ink(kind), thickness, ui.px(14), ui.px(8));
}

// The seven sectors, tinted in their group's colour and named at the rim, with rings.
void draw_sectors(const Ui& ui, ImDrawList* draw, const MapFrame& frame) {
    const ImVec2 centre = frame.at(0.5f, 0.5f);
    constexpr int steps = 16;  // per sector: an ellipse has no arc of its own in ImGui
    for (int c = 0; c <= static_cast<int>(ActorCategory::partners); ++c) {
        const auto category = static_cast<ActorCategory>(c);
        const MapSector sector = map_sector(category);
        draw->PathLineTo(centre);
        for (int step = 0; step <= steps; ++step)
            draw->PathLineTo(frame.rim(sector.from + (sector.to - sector.from) * static_cast<float>(step) / steps));
        draw->PathFillConvex(colour::surface);
        draw->PathLineTo(centre);
        for (int step = 0; step <= steps; ++step)
            draw->PathLineTo(frame.rim(sector.from + (sector.to - sector.from) * static_cast<float>(step) / steps));
        draw->PathFillConvex(with_alpha(category_ink(category), 28));
        draw->AddLine(centre, frame.rim(sector.from), colour::column, ui.px(2));
    }
    for (const float ring : {0.36f, 0.68f, 1.0f}) {
        for (int step = 0; step < 7 * steps; ++step)
            draw->PathLineTo(frame.rim(map_sector(ActorCategory::partners).to * static_cast<float>(step) / (7 * steps), ring));
        draw->PathStroke(colour::column, ImDrawFlags_Closed, ui.px(2));
    }
    for (int c = 0; c <= static_cast<int>(ActorCategory::partners); ++c) {
        const auto category = static_cast<ActorCategory>(c);
        const std::string name = category_words(ui, category);
        const ImVec2 size = label_size(ui.fonts.bold, name);
        const ImVec2 at = frame.rim(map_sector(category).middle(), map_group_name_at);
        // Kept inside the map: a name at the side would run off it.
        const float x = std::clamp(at.x - size.x / 2, frame.min.x + ui.px(4), frame.max().x - size.x - ui.px(4));
        draw->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(x, at.y - size.y / 2), category_ink(category),
                      name.c_str());
    }
}

void draw_actor(const Ui& ui, ImDrawList* draw, const ActorShape& shape, bool chosen, bool lifted) {
    const ImU32 ink = category_ink(shape.actor->category);
    const float rounding = ui.touch_size() / 2;
    if (lifted)
        draw->AddRectFilled(ImVec2(shape.rect.Min.x + ui.px(3), shape.rect.Min.y + ui.px(5)),
                            ImVec2(shape.rect.Max.x + ui.px(3), shape.rect.Max.y + ui.px(5)), colour::shadow, rounding);
    draw->AddRectFilled(shape.rect.Min, shape.rect.Max, chosen ? colour::secondary_pressed : colour::surface, rounding);
    draw->AddRect(shape.rect.Min, shape.rect.Max, chosen ? colour::primary : ink, rounding, 0, ui.px(chosen ? 4 : 2));
    const float dot = ui.px(6);
    const ImVec2 dot_at(shape.rect.Min.x + ui.px(10) + dot, shape.centre().y);
    draw->AddCircleFilled(dot_at, dot, ink, 16);
    const float line = ui.fonts.bold->FontSize * name_scale;
    float y = shape.centre().y - line * static_cast<float>(shape.name.size()) / 2;
    for (const std::string& text : shape.name) {
        draw->AddText(ui.fonts.bold, line, ImVec2(dot_at.x + dot + ui.px(8), y), colour::text, text.c_str());
        y += line;
    }
}

}  // namespace

void draw_link_legend(Ui& ui, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = ui.px(44), height = ui.fonts.body->FontSize + ui.px(6);
    for (const LinkKind kind : {LinkKind::regie, LinkKind::verbinden}) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        link_line(ui, draw, ImVec2(at.x, at.y + height / 2), ImVec2(at.x + line, at.y + height / 2), kind, ui.px(4));
        const std::string words = kind == LinkKind::regie ? ui.tr("link.legend.regie") : ui.tr("link.legend.verbinden");
        draw->AddText(ui.fonts.body, ui.fonts.body->FontSize, ImVec2(at.x + line + ui.px(10), at.y + ui.px(3)),
                      colour::text, fitted_text(ui.fonts.body, words, width - line - ui.px(10)).c_str());
        ImGui::Dummy(ImVec2(width, height));
    }
}

MapTouch draw_map_canvas(Ui& ui, const WorkshopState& workshop, MapState& map, ImVec2 size) {
    MapTouch touch;
    const MapFrame frame{ImGui::GetCursorScreenPos(), size};
    const ImRect square(frame.min, frame.max());
    // The whole map is one item that keeps the finger from press to release.
    ImGui::InvisibleButton("map.canvas", size);
    ui.touch.record_last_item("map.canvas");
    const ImGuiIO& io = ImGui::GetIO();
    const RoadmapState& roadmap = workshop.roadmap();
    MapGesture& gesture = map.gesture;

    if (ImGui::IsItemActivated()) {
        gesture = MapGesture{};
        gesture.press_at = gesture.finger = io.MousePos;
        const auto actors = lay_out_actors(ui, roadmap, frame, map);
        for (auto shape = actors.rbegin(); shape != actors.rend(); ++shape)
            if (shape->rect.Contains(io.MousePos)) {
                gesture.actor = shape->actor->id;
                break;
            }
    }
    const float travelled = std::hypot(io.MousePos.x - gesture.press_at.x, io.MousePos.y - gesture.press_at.y);
    if (ImGui::IsItemActive()) {
        ui.animating = true;
        gesture.finger = io.MousePos;
        if (!gesture.actor.empty() && travelled > ui.px(touch_slop_px)) gesture.dragging = true;
    }
    const auto actors = lay_out_actors(ui, roadmap, frame, map);
    const auto links = lay_out_links(ui, roadmap, actors);
    if (ImGui::IsItemDeactivated()) {
        if (gesture.dragging) {
            for (const ActorShape& shape : actors)
                if (shape.actor->id == gesture.actor) {
                    touch.moved_actor = gesture.actor;
                    touch.x = (shape.centre().x - frame.min.x) / size.x;
                    touch.y = (shape.centre().y - frame.min.y) / size.y;
                }
        } else if (travelled <= ui.px(touch_slop_px)) {
            touch.tapped_actor = gesture.actor;
            if (gesture.actor.empty())
                for (const LinkShape& shape : links)
                    if (shape.touch_rect.Contains(io.MousePos)) touch.tapped_link = shape.link->id;
            touch.tapped_beside = touch.tapped_actor.empty() && touch.tapped_link.empty();
        }
        gesture = MapGesture{};
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(square.Min, square.Max, true);
    draw_sectors(ui, draw, frame);
    // The chosen link and the chosen actor's links stand out, their labels over the
    // actors; the others' labels go under them.
    const auto stands_out = [&](const ActorLinkSet& link) {
        return link.id == map.chosen_link || (!map.chosen_actor.empty() && (link.from == map.chosen_actor ||
                                                                             link.to == map.chosen_actor));
    };
    const auto draw_label = [&](const LinkShape& shape) {
        const ImU32 ink = link_ink(shape.link->link_kind);
        if (shape.label.empty()) {
            draw->AddCircleFilled(shape.label_rect.GetCenter(), ui.px(7), ink, 16);
        } else {
            draw->AddRectFilled(shape.label_rect.Min, shape.label_rect.Max, colour::surface, ui.px(8));
            draw->AddRect(shape.label_rect.Min, shape.label_rect.Max, ink, ui.px(8), 0,
                          ui.px(stands_out(*shape.link) ? 4 : 2));
            draw->AddText(ui.fonts.body, ui.fonts.body->FontSize * label_scale,
                          ImVec2(shape.label_rect.Min.x + ui.px(8), shape.label_rect.Min.y + ui.px(3)), colour::text,
                          shape.label.c_str());
        }
        ui.touch.record_area("map.link." + shape.link->id, shape.touch_rect, square);
    };
    for (const LinkShape& shape : links)
        link_line(ui, draw, shape.from, shape.to, shape.link->link_kind, ui.px(stands_out(*shape.link) ? 7 : 4));
    for (const LinkShape& shape : links)
        if (!stands_out(*shape.link)) draw_label(shape);
    for (const ActorShape& shape : actors) {
        const bool chosen = shape.actor->id == map.chosen_actor || shape.actor->id == map.linking.from;
        draw_actor(ui, draw, shape, chosen, gesture.dragging && gesture.actor == shape.actor->id);
        ui.touch.record_area("map.actor." + shape.actor->id, shape.rect, square);
    }
    for (const LinkShape& shape : links)
        if (stands_out(*shape.link)) draw_label(shape);
    draw->PopClipRect();
    return touch;
}

}  // namespace oogst::app
