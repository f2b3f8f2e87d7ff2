#pragma once
// Dear ImGui on the app's window: the ImGui context plus Debian's GLFW and OpenGL3
// backends. Fonts and style are the caller's: load them after constructing this and
// before the first begin_frame().
//
// Touch in ImGui 1.86: there is no input queue, so a tap whose press and release fall
// between two frames would be lost. The 1.86 GLFW backend latches every press
// ("MouseJustPressed") and reports the button down for at least one frame, and
// Window::wait_for_next_frame() draws the frames after it, so the release is seen in
// a frame of its own with the pointer still on the target: a click.
#include <imgui.h>

namespace oogst::platform {

class Window;

class GuiBackend {
public:
    explicit GuiBackend(Window& window);  // throws PlatformError
    ~GuiBackend();
    GuiBackend(const GuiBackend&) = delete;
    GuiBackend& operator=(const GuiBackend&) = delete;

    // Starts a frame: after this, draw with ImGui.
    void begin_frame();
    // Ends the frame and renders it into the back buffer over a background of clear;
    // the caller swaps (or reads the pixels first).
    void end_frame(ImVec4 clear);

private:
    Window& window_;
    ImGuiContext* context_ = nullptr;
};

}  // namespace oogst::platform
