#pragma once
// The app's one window and its OpenGL context (GLFW). It also notices input, so the
// frame loop can sleep while nobody touches the screen and still answer a tap at once.
#include <string>

#include "platform/platform_error.hpp"

struct GLFWwindow;

namespace oogst::platform {

struct WindowOptions {
    std::string title = "Oogst";
    int width = 1280;  // ignored when fullscreen: the monitor's own mode is used
    int height = 800;
    bool fullscreen = false;  // kiosk: the whole monitor, locked (see Window::set_locked)
    int monitor = 0;          // which monitor, in glfwGetMonitors' order (0: the primary one)
};

struct PixelSize {
    int width = 0;
    int height = 0;
};

// One per process: it initialises GLFW and terminates it again when destroyed.
class Window {
public:
    explicit Window(const WindowOptions& options);  // throws PlatformError
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return window_; }

    // How much larger than 96 dpi the monitor shows things (1 on a plain screen, 2 on
    // a high-density tablet). Never below 1, so touch targets never shrink below 48 px.
    float content_scale() const;
    PixelSize framebuffer_size() const;

    bool close_requested() const;

    // The kiosk's lock-down. Locked: full screen on monitor (glfwGetMonitors' order; the
    // primary one when there is no such monitor), not iconified when another window takes
    // the focus, and a close request (the window manager's close button, Alt+F4) is
    // refused. Unlocked: a normal window again, where it was. Cheap when nothing changes,
    // so main.cpp calls it every frame with the kiosk's state.
    void set_locked(bool locked, int monitor);
    bool locked() const { return locked_; }
    void swap_buffers();

    // Something on screen moves on its own: draw the next frame without waiting.
    void keep_animating() { frames_owed_ = frames_owed_ > 0 ? frames_owed_ : 1; }
    // Returns when the next frame should be drawn: at once for a few frames after any
    // input (a tap's release must reach ImGui in its own frame), otherwise when input
    // arrives or idle_seconds have passed. Keeps an idle app off the CPU.
    void wait_for_next_frame(double idle_seconds);
    // Seconds since the last touch, click or key: the kiosk's idle timer reads this.
    double seconds_since_input() const;

private:
    static void note_input(GLFWwindow* window);   // a touch, click or key
    static void note_change(GLFWwindow* window);  // something to redraw for

    GLFWwindow* window_ = nullptr;
    int frames_owed_ = 0;
    bool locked_ = false;
    int locked_monitor_ = -1;
    int windowed_x_ = 0, windowed_y_ = 0, windowed_width_ = 0, windowed_height_ = 0;
    double last_input_time_ = 0;
};

}  // namespace oogst::platform
