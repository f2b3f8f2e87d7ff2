#include "app/widgets/keyboard/touch_keyboard.hpp"

#include <algorithm>
#include <cfloat>

#include "app/shell/theme.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {
namespace {

// The keyboard sits on a slightly deeper sand than the screen, so it reads as a tray.
constexpr ImU32 tray = IM_COL32(228, 220, 202, 255);
constexpr ImU32 tray_edge = IM_COL32(207, 197, 174, 255);
constexpr ImU32 function_key = IM_COL32(212, 202, 180, 255);

struct Metrics {
    float pad;         // around the key rows
    float gap;         // between keys
    float key_height;
    float unit;        // one key width plus one gap
};

int row_count() {
    std::size_t rows = symbols_page().rows.size();
    for (const KeyboardLayout& layout : keyboard_layouts()) rows = std::max(rows, layout.letters.rows.size());
    return static_cast<int>(rows);
}

float key_height_for(const Ui& ui, float screen_height) {
    // About a thirteenth of the screen's height: big on a tall portrait tablet, still
    // leaving most of a landscape one to the board.
    return std::clamp(screen_height * 0.075f, ui.px(52), ui.px(72));
}

Metrics metrics(const Ui& ui, const ImRect& area) {
    Metrics m{};
    m.pad = ui.px(10);
    m.gap = ui.px(8);
    const int rows = row_count();
    m.key_height = (area.GetHeight() - 2 * m.pad - (rows - 1) * m.gap) / rows;
    m.unit = (area.GetWidth() - 2 * m.pad + m.gap) / keys_per_row;
    return m;
}

ImVec2 key_text_size(ImFont* font, float size, const char* text) { return font->CalcTextSizeA(size, FLT_MAX, 0, text); }

void centred_key_text(ImDrawList* draw, ImFont* font, float size, const ImRect& rect, ImU32 ink, const char* text) {
    const ImVec2 extent = key_text_size(font, size, text);
    draw->AddText(font, size, ImVec2(rect.GetCenter().x - extent.x * 0.5f, rect.GetCenter().y - extent.y * 0.5f), ink,
                  text);
}

}  // namespace

float TouchKeyboard::height(const Ui& ui, ImVec2 screen) const {
    const int rows = row_count();
    return 2 * ui.px(10) + rows * key_height_for(ui, screen.y) + (rows - 1) * ui.px(8);
}

void TouchKeyboard::reset() {
    symbols_ = false;
    shift_ = ShiftLook::off;
    accents_.reset();
    ignore_release_ = 0;
}

void TouchKeyboard::draw(Ui& ui, TextEntry& entry, const ImRect& area) {
    const ImGuiIO& io = ImGui::GetIO();
    // A tap beside an open accent row closes it; the tap still does what it was on.
    if (accents_ && !accents_->finger_down && ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
        !accents_->area.Contains(io.MousePos))
        accents_.reset();

    ImGui::SetNextWindowPos(area.Min);
    ImGui::SetNextWindowSize(area.GetSize());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, tray);
    ImGui::Begin("oogst.keyboard", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::GetWindowDrawList()->AddLine(area.Min, ImVec2(area.Max.x, area.Min.y), tray_edge, ui.px(2));

    const Metrics m = metrics(ui, area);
    const KeyboardPage& page = symbols_ ? symbols_page() : layout().letters;
    float y = area.Min.y + m.pad;
    for (const KeyRow& row : page.rows) {
        float x = area.Min.x + m.pad;
        for (const KeySpec& key : row) {
            const float width = key.width * m.unit - m.gap;
            draw_key(ui, entry, key, ImRect(x, y, x + width, y + m.key_height));
            x += key.width * m.unit;
        }
        y += m.key_height + m.gap;
    }
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();

    if (accents_) draw_accents(ui, entry);
    if (!io.MouseDown[ImGuiMouseButton_Left]) ignore_release_ = 0;
}

void TouchKeyboard::draw_key(Ui& ui, TextEntry& entry, const KeySpec& key, const ImRect& rect) {
    const std::string name = key_name(key);
    ImGui::SetCursorScreenPos(rect.Min);
    const bool tapped = ImGui::InvisibleButton(name.c_str(), rect.GetSize());
    ui.touch.record_last_item(name);
    const ImGuiID id = ImGui::GetItemID();
    const bool held = ImGui::IsItemActive();
    const float held_for = ImGui::GetIO().MouseDownDuration[ImGuiMouseButton_Left];

    if (key.kind == KeyKind::backspace && held) {
        // One character at the touch, then a steady repeat while the finger stays.
        if (ImGui::IsItemActivated()) {
            entry.backspace();
            backspace_repeats_ = 0;
        } else if (held_for >= backspace_repeat_after_seconds) {
            const int due = 1 + static_cast<int>((held_for - backspace_repeat_after_seconds) * backspace_repeats_per_second);
            for (; backspace_repeats_ < due; ++backspace_repeats_) entry.backspace();
        }
    }
    if (key.kind == KeyKind::character && held && !accents_ && id != ignore_release_ &&
        held_for >= long_press_seconds && accents_of(key.text)) {
        open_accents(ui, key, rect, ImGui::GetCurrentWindow()->Rect());
        ignore_release_ = id;  // lifting the finger must not type the plain letter too
    }
    if (tapped && id != ignore_release_ && key.kind != KeyKind::backspace) press(entry, key);

    // The look: white letter keys, sand function keys, a green Enter; darker while held.
    const bool shift_on = key.kind == KeyKind::shift && shift_ != ShiftLook::off;
    ImU32 fill = key.kind == KeyKind::character || key.kind == KeyKind::space ? colour::surface : function_key;
    ImU32 ink = colour::text;
    if (key.kind == KeyKind::enter || (shift_on && shift_ == ShiftLook::locked)) {
        fill = colour::primary;
        ink = colour::on_primary;
    } else if (shift_on) {
        fill = colour::surface;
        ink = colour::primary;
    }
    if (held) fill = darker(fill, 0.12f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ui.px(10);
    draw->AddRectFilled(ImVec2(rect.Min.x, rect.Min.y + ui.px(2)), ImVec2(rect.Max.x, rect.Max.y + ui.px(2)),
                        colour::shadow, rounding);
    draw->AddRectFilled(rect.Min, rect.Max, fill, rounding);

    const ImVec2 centre = rect.GetCenter();
    const float icon = std::min(rect.GetHeight(), rect.GetWidth()) * 0.5f;
    switch (key.kind) {
        case KeyKind::character: {
            const std::string shown(shift_ != ShiftLook::off ? key.shifted : key.text);
            centred_key_text(draw, ui.fonts.heading, ui.fonts.heading->FontSize, rect, ink, shown.c_str());
            // A small first accent in the corner says a long press has more.
            if (const AccentSet* set = accents_of(key.text)) {
                const std::string hint(shift_ != ShiftLook::off ? set->upper.front() : set->lower.front());
                const float size = ui.px(16);
                const ImVec2 extent = key_text_size(ui.fonts.body, size, hint.c_str());
                draw->AddText(ui.fonts.body, size, ImVec2(rect.Max.x - extent.x - ui.px(8), rect.Min.y + ui.px(4)),
                              colour::muted, hint.c_str());
            }
            break;
        }
        case KeyKind::shift: draw_shift_icon(draw, centre, icon, ink, shift_); break;
        case KeyKind::backspace: draw_backspace_icon(draw, centre, icon, ink); break;
        case KeyKind::enter: draw_enter_icon(draw, centre, icon, ink); break;
        case KeyKind::layout: draw_globe_icon(draw, centre, icon * 0.9f, ink); break;
        case KeyKind::hide: draw_hide_keyboard_icon(draw, centre, icon, ink); break;
        case KeyKind::page:
            centred_key_text(draw, ui.fonts.bold, ui.fonts.bold->FontSize, rect, ink,
                         ui.tr(symbols_ ? "keyboard.letters" : "keyboard.symbols"));
            break;
        case KeyKind::space: {
            // The space bar names the layout, as phone keyboards do.
            centred_key_text(draw, ui.fonts.body, ui.px(18), rect, colour::muted, ui.tr(layout().name_key));
            break;
        }
    }
}

void TouchKeyboard::use_layout(std::string_view id) {
    const auto layouts = keyboard_layouts();
    for (std::size_t i = 0; i < layouts.size(); ++i)
        if (layouts[i].id == id) layout_ = i;
}

void TouchKeyboard::press(TextEntry& entry, const KeySpec& key) {
    switch (key.kind) {
        case KeyKind::character:
            type(entry, std::string(shift_ != ShiftLook::off ? key.shifted : key.text));
            break;
        case KeyKind::shift: {
            const double now = ImGui::GetTime();
            if (shift_ == ShiftLook::off)
                shift_ = ShiftLook::once;
            else if (shift_ == ShiftLook::once && now - last_shift_tap_ <= caps_lock_double_tap_seconds)
                shift_ = ShiftLook::locked;
            else
                shift_ = ShiftLook::off;
            last_shift_tap_ = now;
            break;
        }
        case KeyKind::backspace: break;  // acts when touched, not when lifted
        case KeyKind::space: entry.type(" "); break;
        case KeyKind::enter: entry.enter(); break;
        case KeyKind::page: symbols_ = !symbols_; break;
        case KeyKind::layout:
            layout_ = (layout_ + 1) % keyboard_layouts().size();
            symbols_ = false;
            break;
        case KeyKind::hide:
            entry.unfocus();
            reset();
            break;
    }
}

void TouchKeyboard::type(TextEntry& entry, const std::string& text) {
    entry.type(text);
    if (shift_ == ShiftLook::once) shift_ = ShiftLook::off;
}

void TouchKeyboard::open_accents(const Ui& ui, const KeySpec& key, const ImRect& key_rect, const ImRect& area) {
    const AccentSet& set = *accents_of(key.text);
    const bool upper = shift_ != ShiftLook::off;
    AccentRow row;
    row.choices.emplace_back(upper ? key.shifted : key.text);
    for (const std::string_view accent : upper ? set.upper : set.lower) row.choices.emplace_back(accent);

    // The letter itself right above its key, its accents beside it towards the middle
    // of the screen, so the finger slides a short way.
    const float cell = std::clamp(key_rect.GetWidth(), ui.touch_size(), ui.px(76));
    const float inner = ui.px(6);
    const auto count = static_cast<float>(row.choices.size());
    const ImVec2 size(count * cell + 2 * inner, key_rect.GetHeight() + 2 * inner);
    const bool leftwards = key_rect.GetCenter().x > area.GetCenter().x;
    if (leftwards) std::reverse(row.choices.begin(), row.choices.end());
    float left = leftwards ? key_rect.GetCenter().x + cell * 0.5f + inner - size.x : key_rect.GetCenter().x - cell * 0.5f - inner;
    left = std::clamp(left, area.Min.x + inner, std::max(area.Min.x + inner, area.Max.x - inner - size.x));
    // Above the key; over the top row itself when there is no room above it, as the
    // field the text goes to is just above the keyboard and must stay in sight.
    const float top = std::max(area.Min.y + inner, key_rect.Min.y - ui.px(6) - size.y);
    row.area = ImRect(left, top, left + size.x, top + size.y);
    for (std::size_t i = 0; i < row.choices.size(); ++i) {
        const float x = left + inner + static_cast<float>(i) * cell;
        row.cells.emplace_back(x, top + inner, x + cell, top + size.y - inner);
    }
    row.opened_at = ImGui::GetIO().MousePos;
    accents_ = std::move(row);
}

void TouchKeyboard::draw_accents(Ui& ui, TextEntry& entry) {
    AccentRow& row = *accents_;
    const ImGuiIO& io = ImGui::GetIO();
    const float shadow = ui.px(4);
    ImGui::SetNextWindowPos(row.area.Min);
    ImGui::SetNextWindowSize(ImVec2(row.area.GetWidth(), row.area.GetHeight() + shadow));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin("oogst.keyboard.accents", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing);
    // Over the keys it covers, even after a tap has brought the keyboard's window forward.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ui.px(12);
    draw->AddRectFilled(ImVec2(row.area.Min.x, row.area.Min.y + shadow), ImVec2(row.area.Max.x, row.area.Max.y + shadow),
                        colour::shadow, rounding);
    draw->AddRectFilled(row.area.Min, row.area.Max, colour::surface, rounding);
    draw->AddRect(row.area.Min, row.area.Max, tray_edge, rounding, 0, ui.px(2));

    std::optional<std::size_t> chosen;
    std::optional<std::size_t> under_finger;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const ImRect& cell = row.cells[i];
        const std::string name = accent_name(row.choices[i]);
        ImGui::SetCursorScreenPos(cell.Min);
        if (ImGui::InvisibleButton(name.c_str(), cell.GetSize()) && !row.finger_down) chosen = i;
        ui.touch.record_last_item(name);
        // While the long press's finger is still down, its key holds ImGui's attention:
        // the cell under it is found here instead.
        const bool lit = row.finger_down ? cell.Contains(io.MousePos) : ImGui::IsItemActive();
        if (row.finger_down && lit) under_finger = i;
        if (lit) draw->AddRectFilled(cell.Min, cell.Max, colour::primary, ui.px(8));
        centred_key_text(draw, ui.fonts.heading, ui.fonts.heading->FontSize, cell, lit ? colour::on_primary : colour::text,
                     row.choices[i].c_str());
    }
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();

    if (row.finger_down && !io.MouseDown[ImGuiMouseButton_Left]) {
        // The long press ends: a finger that slid onto a choice takes it; one that
        // stayed put leaves the row open for a tap.
        const float dx = io.MousePos.x - row.opened_at.x, dy = io.MousePos.y - row.opened_at.y;
        const bool slid = dx * dx + dy * dy > ui.px(touch_slop_px) * ui.px(touch_slop_px);
        row.finger_down = false;
        if (slid) {
            if (under_finger) chosen = under_finger;
            else accents_.reset();  // slid off the row: nothing
        }
    }
    if (chosen) {
        type(entry, accents_->choices[*chosen]);
        accents_.reset();
    }
}

}  // namespace oogst::app
