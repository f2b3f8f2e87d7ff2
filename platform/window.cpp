#include "platform/window.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>

namespace oogst::platform {
namespace {

// Frames to draw after an input event before sleeping again: one for the press, one
// for the release, one for whatever the click changed on screen.
constexpr int frames_after_input = 3;

// The monitor at index, in glfwGetMonitors' order, else the primary one.
GLFWmonitor* monitor_at(int index) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (monitors && index >= 0 && index < count) return monitors[index];
    return glfwGetPrimaryMonitor();
}

std::string glfw_reason() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "unknown reason";
}

}  // namespace

Window::Window(const WindowOptions& options) {
    if (!glfwInit()) throw PlatformError("cannot open a window: " + glfw_reason());

    // OpenGL 3.0 is what the ImGui OpenGL3 backend needs with "#version 130" shaders;
    // Mesa's llvmpipe (software, used under xvfb) provides it.
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // Let Windows and Wayland size the window in the monitor's units.
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);

    GLFWmonitor* monitor = nullptr;
    int width = options.width, height = options.height;
    if (options.fullscreen) {
        monitor = monitor_at(options.monitor);
        if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            width = mode->width;
            height = mode->height;
        }
        // A kiosk must stay up when another window (a notification) takes focus.
        glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    }

    window_ = glfwCreateWindow(width, height, options.title.c_str(), monitor, nullptr);
    if (!window_) {
        const std::string reason = glfw_reason();
        glfwTerminate();
        throw PlatformError("cannot open a window: " + reason);
    }
    // Below this the screens would have to squeeze their touch targets.
    glfwSetWindowSizeLimits(window_, 800, 560, GLFW_DONT_CARE, GLFW_DONT_CARE);
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);

    // These are installed before the ImGui backend, which chains to them, so both see
    // every event.
    glfwSetWindowUserPointer(window_, this);
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double, double) { note_input(w); });
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int, int, int) { note_input(w); });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double) { note_input(w); });
    glfwSetKeyCallback(window_, [](GLFWwindow* w, int, int, int, int) { note_input(w); });
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int) { note_input(w); });
    // Not input (the idle timer keeps running), but the screen must be drawn again.
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { note_change(w); });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int) { note_change(w); });
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { note_change(w); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { note_change(w); });
    // A locked kiosk refuses to close: the window manager's close button, Alt+F4 and a
    // WM_DELETE_WINDOW from anywhere only reach this callback, which takes them back.
    glfwSetWindowCloseCallback(window_, [](GLFWwindow* w) {
        if (static_cast<Window*>(glfwGetWindowUserPointer(w))->locked_) glfwSetWindowShouldClose(w, GLFW_FALSE);
    });
    glfwGetWindowPos(window_, &windowed_x_, &windowed_y_);
    windowed_width_ = options.width;
    windowed_height_ = options.height;
    if (options.fullscreen) {
        locked_ = true;
        locked_monitor_ = options.monitor;
    }
    last_input_time_ = glfwGetTime();
    frames_owed_ = frames_after_input;
}

Window::~Window() {
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void Window::note_input(GLFWwindow* window) {
    note_change(window);
    static_cast<Window*>(glfwGetWindowUserPointer(window))->last_input_time_ = glfwGetTime();
}

void Window::note_change(GLFWwindow* window) {
    static_cast<Window*>(glfwGetWindowUserPointer(window))->frames_owed_ = frames_after_input;
}

float Window::content_scale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    return std::max(1.0f, std::max(x, y));
}

PixelSize Window::framebuffer_size() const {
    PixelSize size;
    glfwGetFramebufferSize(window_, &size.width, &size.height);
    return size;
}

bool Window::close_requested() const { return glfwWindowShouldClose(window_); }

void Window::set_locked(bool locked, int monitor) {
    if (locked == locked_ && (!locked || monitor == locked_monitor_)) return;
    if (locked) {
        if (!locked_) {
            // Where the window was, to put it back when the kiosk is left.
            glfwGetWindowPos(window_, &windowed_x_, &windowed_y_);
            glfwGetWindowSize(window_, &windowed_width_, &windowed_height_);
        }
        GLFWmonitor* target = monitor_at(monitor);
        const GLFWvidmode* mode = target ? glfwGetVideoMode(target) : nullptr;
        glfwSetWindowAttrib(window_, GLFW_AUTO_ICONIFY, GLFW_FALSE);
        if (target && mode)
            glfwSetWindowMonitor(window_, target, 0, 0, mode->width, mode->height, mode->refreshRate);
        // A request that came in just before the lock is forgotten with it.
        glfwSetWindowShouldClose(window_, GLFW_FALSE);
        locked_monitor_ = monitor;
    } else {
        glfwSetWindowMonitor(window_, nullptr, windowed_x_, windowed_y_, windowed_width_, windowed_height_,
                             GLFW_DONT_CARE);
        glfwSetWindowAttrib(window_, GLFW_AUTO_ICONIFY, GLFW_TRUE);
        locked_monitor_ = -1;
    }
    locked_ = locked;
    frames_owed_ = frames_after_input;  // the new size is drawn at once
}

void Window::swap_buffers() { glfwSwapBuffers(window_); }

void Window::wait_for_next_frame(double idle_seconds) {
    if (frames_owed_ > 0) {
        --frames_owed_;
        glfwPollEvents();
    } else {
        glfwWaitEventsTimeout(idle_seconds);
    }
}

double Window::seconds_since_input() const { return glfwGetTime() - last_input_time_; }

}  // namespace oogst::platform
