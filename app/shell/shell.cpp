#include "app/shell/shell.hpp"

#include <algorithm>
#include <cfloat>

#include "app/desk/desk_hub.hpp"
#include "app/desk/desk_screen.hpp"
#include "app/harvest/harvest_screen.hpp"
#include "app/kiosk/kiosk_gallery_screen.hpp"
#include "app/kiosk/kiosk_screen.hpp"
#include "app/prepare/prepare_screen.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/start/start_screen.hpp"
#include "app/table/board_screen.hpp"
#include "app/table/drawing_screen.hpp"
#include "app/table/photo/photo_screen.hpp"
#include "app/table/table_sessions_screen.hpp"
#include "app/roadmap/canvas_screen.hpp"
#include "app/roadmap/cases_screen.hpp"
#include "app/roadmap/debate_screen.hpp"
#include "app/opendata/opendata_screen.hpp"
#include "app/publish/publish_screen.hpp"
#include "app/roadmap/synthesis_screen.hpp"
#include "app/roadmap/map_screen.hpp"
#include "app/wall/key_page.hpp"
#include "app/wall/wall_screen.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

Shell::Shell(Store& store, Assets& assets, const platform::Fonts& fonts, float scale)
    : store_(store), ui_{fonts, scale, touch_, assets} {
    // A facilitator who edited a template sees at once what is wrong with it.
    for (const std::string& problem : assets.problems())
        state_.error += (state_.error.empty() ? "" : "\n") + problem;
    // The language and keyboard this device's people chose before a restart.
    try {
        const DeviceSettings settings = store.device_settings();
        if (settings.language) state_.language = *settings.language;
        keyboard_.use_layout(settings.keyboard_layout);
    } catch (const std::exception&) {
        // Settings that cannot be read are a comfort lost, not a reason to stop: the
        // app starts in Dutch with the first layout, as on a new device.
    }
}

void Shell::draw() {
    touch_.begin_frame();
    ui_.text_entry.begin_frame();
    ui_.language = state_.language;
    ui_.animating = false;
    ui_.message_floor = 0;
    // What other connections stored (a harvest job, the hub, the command line beside
    // the app) is folded in before anything is drawn, so every screen shows it.
    catch_up_with_store();
    // Harvest work on other threads is collected here, whatever screen is shown.
    poll_harvest_job(store_, state_, ui_);
    poll_desk_import(state_, ui_);
    poll_desk_hub(state_);
    const Screen screen = state_.screen;
    // The keyboard's strip is kept free from the frame after a field is tapped: the
    // tap is seen while the screen is already being laid out.
    const bool typing = ui_.text_entry.has_focus();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float keyboard_height = typing ? keyboard_.height(ui_, viewport->WorkSize) : 0;
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x, viewport->WorkSize.y - keyboard_height));
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                       ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::Begin("oogst", nullptr, flags);
    switch (state_.screen) {
        case Screen::start: draw_start_screen(store_, state_, ui_); break;
        case Screen::sessions: draw_table_sessions_screen(store_, state_, ui_); break;
        case Screen::board: draw_board_screen(store_, state_, ui_); break;
        case Screen::drawing: draw_drawing_screen(store_, state_, ui_); break;
        case Screen::photo: draw_photo_screen(store_, state_, ui_); break;
        case Screen::kiosk: draw_kiosk_screen(store_, state_, ui_); break;
        case Screen::desk: draw_desk_screen(store_, state_, ui_); break;
        case Screen::harvest: draw_harvest_screen(store_, state_, ui_); break;
        case Screen::gallery: draw_kiosk_gallery_screen(store_, state_, ui_); break;
        case Screen::prepare: draw_prepare_screen(store_, state_, ui_); break;
        case Screen::wall: draw_wall_screen(store_, state_, ui_); break;
        case Screen::key_page: draw_key_page(store_, state_, ui_); break;
        case Screen::debate: draw_debate_screen(store_, state_, ui_); break;
        case Screen::cases: draw_cases_screen(store_, state_, ui_); break;
        case Screen::canvas: draw_canvas_screen(store_, state_, ui_); break;
        case Screen::synthesis: draw_synthesis_screen(store_, state_, ui_); break;
        case Screen::stakeholder_map: draw_map_screen(store_, state_, ui_); break;
        case Screen::publish: draw_publish_screen(store_, state_, ui_); break;
        case Screen::opendata: draw_opendata_screen(store_, state_, ui_); break;
    }
    ImGui::End();
    draw_message(ImRect(viewport->WorkPos, ImVec2(viewport->WorkPos.x + viewport->WorkSize.x,
                                                  viewport->WorkPos.y + viewport->WorkSize.y - keyboard_height)));

    keyboard_area_ = ImRect();
    if (typing && ui_.text_entry.has_focus()) {
        keyboard_area_ = ImRect(viewport->WorkPos.x, viewport->WorkPos.y + viewport->WorkSize.y - keyboard_height,
                                viewport->WorkPos.x + viewport->WorkSize.x, viewport->WorkPos.y + viewport->WorkSize.y);
        const std::string_view layout = keyboard_.layout().id;
        keyboard_.draw(ui_, ui_.text_entry, keyboard_area_);
        if (keyboard_.layout().id != layout) remember_keyboard_layout();
    }
    // What was typed belongs to the screen it was typed on.
    if (state_.screen != screen) ui_.text_entry.unfocus();
    hide_keyboard_after_tap_elsewhere();
    ui_.text_entry.end_frame();
    if (!ui_.text_entry.has_focus()) keyboard_.reset();
}

void Shell::catch_up_with_store() {
    try {
        store_.catch_up();
        catch_up_failure_.clear();
    } catch (const std::exception& error) {
        // Said once, not every frame: the next frames try again quietly.
        std::string said = error_text(ui_, error);
        if (said != catch_up_failure_) state_.error = said;
        catch_up_failure_ = std::move(said);
    }
}

void Shell::remember_keyboard_layout() {
    try {
        store_.save_device_keyboard_layout(keyboard_.layout().id);
    } catch (const std::exception& error) {
        state_.error = ui_.tr("keyboard.layout_not_saved", {{"reason", error_text(ui_, error)}});
    }
}

void Shell::hide_keyboard_after_tap_elsewhere() {
    // A tap on nothing in particular (the board between notes, the header's empty
    // space) puts the keyboard away, as on a phone. Taps on widgets (a column to write
    // in, "Toevoegen") keep it, and so does a drag, which scrolls the board.
    const ImGuiIO& io = ImGui::GetIO();
    if (!ui_.text_entry.has_focus()) {
        press_on_empty_space_ = false;
        return;
    }
    // ImGui makes the pressed widget active within the frame of the press; a press on
    // empty space only becomes the window's move later, in EndFrame.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        press_on_empty_space_ = !ImGui::IsAnyItemActive() && !keyboard_area_.Contains(io.MouseClickedPos[0]);
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && press_on_empty_space_) {
        press_on_empty_space_ = false;
        const ImVec2 moved(io.MousePos.x - io.MouseClickedPos[0].x, io.MousePos.y - io.MouseClickedPos[0].y);
        const float slop = ui_.px(12);
        if (moved.x * moved.x + moved.y * moved.y <= slop * slop) ui_.text_entry.unfocus();
    }
}

void Shell::draw_message(const ImRect& screen) {
    if (state_.error.empty()) return;
    // A window of its own over the screen, so the screen below keeps its layout: a
    // banner in the screen's flow pushed everything down just as a finger came to tap.
    const float pad = ui_.px(16);
    const float margin = ui_.px(16);
    const float width = std::min(screen.GetWidth() - 2 * margin, ui_.px(900));
    const char* dismiss = ui_.tr("common.close");
    const float dismiss_width = button_width(ui_, dismiss);
    const float wrap = width - dismiss_width - 3 * pad;
    ImFont* font = ui_.fonts.body;
    const float text_height = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, state_.error.c_str()).y;
    const float height = std::max(ui_.touch_size(), text_height) + 2 * pad;
    const float floor = ui_.message_floor > 0 ? std::min(ui_.message_floor, screen.Max.y) : screen.Max.y;
    const ImVec2 min(screen.Min.x + (screen.GetWidth() - width) * 0.5f, std::max(screen.Min.y, floor - margin - height));

    ImGui::SetNextWindowPos(min);
    ImGui::SetNextWindowSize(ImVec2(width, height + ui_.px(4)));  // and its shadow
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin("oogst.message", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoFocusOnAppearing);
    // Above the screen and its panels (the ambassador's), where it was said.
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(min.x + width, min.y + height);
    draw->AddRectFilled(ImVec2(min.x, min.y + ui_.px(3)), ImVec2(max.x, max.y + ui_.px(3)), colour::shadow, ui_.px(12));
    draw->AddRectFilled(min, max, colour::error_fill, ui_.px(12));
    draw->AddRect(min, max, colour::error_edge, ui_.px(12), 0, ui_.px(2));
    draw->AddText(font, font->FontSize, ImVec2(min.x + pad, min.y + (height - text_height) * 0.5f), colour::error_text,
                  state_.error.c_str(), nullptr, wrap);
    // The button sits inside the message, on its right.
    ImGui::SetCursorScreenPos(ImVec2(max.x - pad - dismiss_width, min.y + (height - ui_.touch_size()) * 0.5f));
    if (touch_button(ui_, "error.dismiss", dismiss, ImVec2(dismiss_width, 0), ButtonLook::secondary))
        state_.error.clear();
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
}

}  // namespace oogst::app
