#pragma once
// Runs the app's real screens headless: an ImGui context with no window and no
// renderer, the same fonts and theme as the app, and a real store. Tests find widgets
// by name in the touch registry and tap them the way ImGui 1.86 needs (DESIGN.md
// field notes): a frame with the pointer away, a frame pressed on the widget's
// centre, a frame released at the same place, and one more frame to draw the result.
#include <chrono>
#include <functional>
#include <string_view>
#include <thread>

#include <imgui.h>

#include "app/shell/shell.hpp"
#include "core/store/store.hpp"
#include "platform/fonts.hpp"

namespace oogst::testing {

class UiHarness {
public:
    explicit UiHarness(Store& store, ImVec2 display_size = {1280, 800}, float scale = 1);
    // The assets the harness loaded from the source tree (templates, words).
    const Assets& assets() const { return assets_; }
    // The app's fonts, as loaded for the screens (to measure what a label needs).
    const platform::Fonts& fonts() const { return fonts_; }
    // A shown text recorded by name (TouchRegistry::record_text); throws when absent.
    const app::ShownText& text(std::string_view name) const;
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    // Runs one frame (or count) of the app with the input as it stands, after waiting for
    // work the last frame started on another thread (Shell::wait_for_background).
    void frame();
    void frames(int count);

    // Taps the widget called name. Throws std::runtime_error when it is not on screen
    // (not drawn in the last frame, or scrolled out of view), so a test says why.
    void tap(std::string_view name);
    // Keeps a finger on the widget called name for seconds (frames of io.DeltaTime),
    // then lifts it: a long press. The finger does not move.
    void long_press(std::string_view name, float seconds = 1.0f);
    // Presses the pointer at a place, drags it by offset over a few frames, releases.
    // With hold_seconds, the finger first rests that long where it pressed (a note is
    // picked up only after a hold).
    void drag(ImVec2 from, ImVec2 offset, float hold_seconds = 0);
    // Types text into the focused field, as a physical keyboard would.
    void type(std::string_view utf8);
    void press_enter();
    // Presses and releases one of ImGui's named keys (ImGuiKey_Backspace, …).
    void press_key(int imgui_key);
    // Lets seconds pass with no input (frames of io.DeltaTime each).
    void wait(float seconds);

    // Whether the last frame drew a touch widget called name.
    bool shows(std::string_view name) const;
    const app::TouchWidget& widget(std::string_view name) const;  // throws when absent

    app::AppState& state() { return shell_.state(); }
    app::Shell& shell() { return shell_; }

private:
    // A frame with the pointer away, then the centre of the widget called name; throws
    // when it is not on screen.
    ImVec2 reach(std::string_view name);

    ImGuiContext* context_;
    Assets assets_;
    platform::Fonts fonts_;
    app::Shell shell_;
};

// Runs frames until done() holds (true) or 20 seconds have passed (false): for what a
// screen waits on from another thread, an import, an export, a push.
inline bool run_until(UiHarness& ui, const std::function<bool()>& done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        ui.frame();
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

}  // namespace oogst::testing
