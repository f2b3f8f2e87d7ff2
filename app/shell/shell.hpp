#pragma once
// The app without its window: one full-screen ImGui window per frame showing the
// current screen, and hints and errors floating over it. While a text field has the keyboard,
// the touch keyboard takes a strip at the bottom and the screen is laid out in what is
// left above it, so the keyboard never covers the field. The executable and the
// headless UI tests drive the same Shell, so the tests exercise what users see.
#include <functional>
#include <utility>

#include <imgui.h>
#include <imgui_internal.h>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "app/widgets/keyboard/text_entry.hpp"
#include "app/widgets/keyboard/touch_keyboard.hpp"
#include "app/widgets/touch_registry.hpp"
#include "core/store/store.hpp"
#include "platform/fonts.hpp"

namespace oogst::app {

class Shell {
public:
    // fonts were loaded at scale (the monitor's content scale) into the current
    // ImGui context; the style was set with apply_theme(style, scale). assets holds the
    // words and templates (Assets::load).
    Shell(Store& store, Assets& assets, const platform::Fonts& fonts, float scale);
    Shell(const Shell&) = delete;  // ui_ refers to this shell's own registry
    Shell& operator=(const Shell&) = delete;

    // Draws one frame: call between ImGui::NewFrame() and ImGui::Render().
    void draw();

    AppState& state() { return state_; }
    // Lets screens draw photos (main.cpp gives the window's cache; tests give none).
    void use_textures(platform::TextureCache* textures) { ui_.textures = textures; }
    // How work on other threads asks the window for a frame when it is done (Ui::wake).
    void wake_with(std::function<void()> wake) { ui_.wake = std::move(wake); }
    // Waits for work the screens started on other threads (the wall's piles), so the next
    // frame shows it: the headless tests and screenshots see what a person sees a moment
    // later, every time.
    void wait_for_background() const {
        state_.wall.cache.piles.wait();
        if (state_.publish.drawing) state_.publish.drawing->wait();
    }
    const TouchRegistry& touch() const { return touch_; }
    // Whether the last frame had something moving on its own (see Ui::animating).
    bool animating() const { return ui_.animating; }
    // Which field has the keyboard; focus("board.text") opens the keyboard on it.
    TextEntry& text_entry() { return ui_.text_entry; }
    // Where the touch keyboard was drawn in the last frame; empty when it was not.
    const ImRect& keyboard_area() const { return keyboard_area_; }

private:
    void catch_up_with_store();
    // The last failure or hint (state.error), floating over the bottom of screen above
    // ui.message_floor, with a button to close it.
    void draw_message(const ImRect& screen);
    void hide_keyboard_after_tap_elsewhere();
    // The device keeps the layout the keyboard was switched to for the next start.
    void remember_keyboard_layout();

    Store& store_;
    AppState state_;
    TouchRegistry touch_;
    Ui ui_;
    TouchKeyboard keyboard_;
    ImRect keyboard_area_;
    std::string catch_up_failure_;       // the last frame's, said on screen once
    bool press_on_empty_space_ = false;  // the finger now down landed beside every widget
};

}  // namespace oogst::app
