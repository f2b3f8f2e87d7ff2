#include "app/wall/wall_canvas.hpp"

#include <algorithm>
#include <cmath>

#include "app/shell/theme.hpp"
#include "app/wall/wall_card.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/sense/theme_actions.hpp"

namespace oogst::app {
namespace {

// How long a finger rests on a card before the chosen cards lift; it may wobble
// meanwhile by touch_slop_px (further is a swipe: the wall pans).
constexpr float lift_seconds = 0.45f;

// Where cards sit, in wall coordinates (zoom 1): rows as wide as the canvas allows.
struct Grid {
    int columns = 1;
    float width = 0, height = 0, gap = 0;
    float step_x() const { return width + gap; }
    float step_y() const { return height + gap; }
    ImVec2 origin(std::size_t index) const {
        return ImVec2(gap + static_cast<float>(index % columns) * step_x(), gap + static_cast<float>(index / columns) * step_y());
    }
    float content_height(std::size_t count) const {
        return gap + static_cast<float>((count + columns - 1) / columns) * step_y();
    }
};

Grid grid_for(const Ui& ui, float canvas_width, float zoom) {
    Grid grid{1, ui.px(wall_card_width), ui.px(wall_card_height), ui.px(wall_card_gap)};
    const float room = canvas_width / zoom - grid.gap;
    grid.columns = std::max(1, static_cast<int>(room / grid.step_x()));
    // The cards share what is left over, so a row fills the wall's width.
    grid.width = room / static_cast<float>(grid.columns) - grid.gap;
    return grid;
}

ImVec2 to_screen(ImVec2 wall_point, const WallState& wall, ImVec2 canvas_min) {
    return ImVec2(canvas_min.x + (wall_point.x - wall.pan.x) * wall.zoom, canvas_min.y + (wall_point.y - wall.pan.y) * wall.zoom);
}

// The card under a screen point, or -1.
int card_at(ImVec2 point, const Grid& grid, const WallState& wall, ImVec2 canvas_min, std::size_t count) {
    const float x = (point.x - canvas_min.x) / wall.zoom + wall.pan.x - grid.gap;
    const float y = (point.y - canvas_min.y) / wall.zoom + wall.pan.y - grid.gap;
    if (x < 0 || y < 0) return -1;
    const int column = static_cast<int>(x / grid.step_x()), row = static_cast<int>(y / grid.step_y());
    if (column >= grid.columns || x - column * grid.step_x() > grid.width || y - row * grid.step_y() > grid.height) return -1;
    const std::size_t index = static_cast<std::size_t>(row) * grid.columns + column;
    return index < count ? static_cast<int>(index) : -1;
}

void clamp_pan(WallState& wall, const Grid& grid, std::size_t count, ImVec2 canvas_size) {
    const float most = std::max(0.0f, grid.content_height(count) - canvas_size.y / wall.zoom);
    wall.pan.x = 0;
    wall.pan.y = std::clamp(wall.pan.y, 0.0f, most);
}

ImU32 key_colour_of(const WorkshopState& state, const WallCard& card) {
    if (card.themes.empty()) return 0;
    const ThemeRecord* theme = state.theme(card.themes.front());
    return theme ? theme_ink(theme_colour(theme->details.value())) : 0;
}

}  // namespace

void zoom_wall(WallState& wall, float factor, ImVec2 about, ImVec2 canvas_min) {
    const float zoom = std::clamp(wall.zoom * factor, wall_min_zoom, wall_max_zoom);
    // The wall point under `about` stays under it (rows reflow, so only roughly across).
    const float wall_y = (about.y - canvas_min.y) / wall.zoom + wall.pan.y;
    wall.zoom = zoom;
    wall.pan.y = wall_y - (about.y - canvas_min.y) / zoom;
}

std::vector<std::string> chosen_captures(const WallState& wall) {
    std::vector<std::string> ids;
    for (const WallCard* card : wall.cache.shown)
        if (wall.chosen.count(card->id)) ids.insert(ids.end(), card->pile.begin(), card->pile.end());
    return ids;
}

CanvasOutcome draw_wall_canvas(Ui& ui, const WorkshopState& state, WallState& wall,
                               const std::vector<DropTarget>& drop_targets) {
    CanvasOutcome outcome;
    const std::vector<const WallCard*>& cards = wall.cache.shown;
    const ImVec2 canvas_min = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::GetContentRegionAvail();
    if (size.x < 1 || size.y < 1) return outcome;
    const ImRect canvas(canvas_min, ImVec2(canvas_min.x + size.x, canvas_min.y + size.y));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(canvas.Min, canvas.Max, colour::column, ui.px(10));

    // The whole canvas is one item that keeps the finger from press to release.
    ImGui::InvisibleButton("wall.canvas", size);
    ui.touch.record_last_item("wall.canvas");
    const ImGuiIO& io = ImGui::GetIO();
    Grid grid = grid_for(ui, size.x, wall.zoom);

    if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
        zoom_wall(wall, std::pow(1.15f, io.MouseWheel), io.MousePos, canvas_min);
        grid = grid_for(ui, size.x, wall.zoom);
    }
    if (ImGui::IsItemActivated()) {
        wall.press_at = wall.finger = io.MousePos;
        wall.pressed_for = 0;
        const int under = card_at(io.MousePos, grid, wall, canvas_min, cards.size());
        wall.pressed_card = under >= 0 ? cards[under]->id : "";
        wall.gesture = under >= 0 ? WallGesture::pressing_card : wall.lasso_mode ? WallGesture::lasso : WallGesture::panning;
    }
    if (ImGui::IsItemActive()) {
        ui.animating = true;  // a hold is timed: frames must come while the finger rests
        const ImVec2 moved(io.MousePos.x - wall.finger.x, io.MousePos.y - wall.finger.y);
        wall.finger = io.MousePos;
        const float travelled = std::hypot(io.MousePos.x - wall.press_at.x, io.MousePos.y - wall.press_at.y);
        if (wall.gesture == WallGesture::pressing_card) {
            wall.pressed_for += io.DeltaTime;
            if (travelled > ui.px(touch_slop_px)) {
                wall.gesture = WallGesture::panning;  // a swipe from a card pans, as on the board
            } else if (wall.pressed_for >= lift_seconds) {
                wall.gesture = WallGesture::carrying;
                wall.chosen.insert(wall.pressed_card);
            }
        }
        if (wall.gesture == WallGesture::panning) wall.pan.y -= moved.y / wall.zoom;
        if (wall.gesture == WallGesture::carrying) {
            wall.drop_theme.clear();
            for (const DropTarget& target : drop_targets)
                if (target.rect.Contains(io.MousePos)) wall.drop_theme = target.theme_id;
        }
    }
    if (ImGui::IsItemDeactivated()) {
        switch (wall.gesture) {
            case WallGesture::pressing_card:  // a tap: choose the card, or let it go
                if (!wall.chosen.erase(wall.pressed_card)) wall.chosen.insert(wall.pressed_card);
                break;
            case WallGesture::carrying: outcome.file_into = wall.drop_theme; break;
            case WallGesture::lasso: {
                const ImRect lasso(ImMin(wall.press_at, io.MousePos), ImMax(wall.press_at, io.MousePos));
                for (std::size_t i = 0; i < cards.size(); ++i) {
                    const ImVec2 min = to_screen(grid.origin(i), wall, canvas_min);
                    const ImRect rect(min, ImVec2(min.x + grid.width * wall.zoom, min.y + grid.height * wall.zoom));
                    if (lasso.Overlaps(rect)) wall.chosen.insert(cards[i]->id);
                }
                break;
            }
            default: break;
        }
        wall.gesture = WallGesture::none;
        wall.drop_theme.clear();
    }
    clamp_pan(wall, grid, cards.size(), size);

    // Only the rows in view are drawn: a wall holds thousands of cards.
    draw->PushClipRect(canvas.Min, canvas.Max, true);
    const std::size_t first_row = static_cast<std::size_t>(std::max(0.0f, (wall.pan.y - grid.gap) / grid.step_y()));
    const std::size_t last_row = static_cast<std::size_t>((wall.pan.y + size.y / wall.zoom) / grid.step_y()) + 1;
    const std::size_t end = std::min(cards.size(), (last_row + 1) * grid.columns);
    const bool carrying = wall.gesture == WallGesture::carrying;
    for (std::size_t i = first_row * grid.columns; i < end; ++i) {
        const WallCard& card = *cards[i];
        const ImVec2 min = to_screen(grid.origin(i), wall, canvas_min);
        const ImVec2 max(min.x + grid.width * wall.zoom, min.y + grid.height * wall.zoom);
        CardLook look;
        look.chosen = wall.chosen.count(card.id) > 0;
        look.carried = carrying && look.chosen;
        look.key_colour = key_colour_of(state, card);
        draw_wall_card(ui, state, card, min, max, wall.zoom, look);
        ui.touch.record_area("wall.card." + card.id, ImRect(min, max), canvas);
    }
    if (wall.gesture == WallGesture::lasso) {
        const ImRect lasso(ImMin(wall.press_at, wall.finger), ImMax(wall.press_at, wall.finger));
        draw->AddRectFilled(lasso.Min, lasso.Max, IM_COL32(47, 107, 63, 40));
        draw->AddRect(lasso.Min, lasso.Max, colour::primary, 0, 0, ui.px(2));
    }
    draw->PopClipRect();

    // The chosen cards follow the finger, counted, over everything (the keys' panel too).
    if (carrying) {
        ImDrawList* top = ImGui::GetForegroundDrawList();
        const std::string label = ui.tr("wall.carrying", {{"count", std::to_string(wall.chosen.size())}});
        const ImVec2 text = ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, label.c_str());
        const ImVec2 min(wall.finger.x + ui.px(14), wall.finger.y - text.y - ui.px(24));
        const ImVec2 max(min.x + text.x + ui.px(28), min.y + text.y + ui.px(20));
        top->AddRectFilled(min, max, wall.drop_theme.empty() ? colour::text : colour::primary, ui.px(10));
        top->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(min.x + ui.px(14), min.y + ui.px(10)),
                     colour::on_primary, label.c_str());
    }
    return outcome;
}

}  // namespace oogst::app
