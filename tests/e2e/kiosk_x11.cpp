#include "tests/e2e/kiosk_x11.hpp"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <cstring>
#include <memory>

namespace oogst::testing {
namespace {

struct DisplayCloser {
    void operator()(Display* display) const { XCloseDisplay(display); }
};
using DisplayHandle = std::unique_ptr<Display, DisplayCloser>;

// _NET_WM_PID, which GLFW sets on its windows.
std::optional<long> window_pid(Display* display, Window window) {
    const Atom pid_atom = XInternAtom(display, "_NET_WM_PID", True);
    if (pid_atom == None) return std::nullopt;
    Atom type = None;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(display, window, pid_atom, 0, 1, False, XA_CARDINAL, &type, &format, &count, &after,
                           &data) != Success || !data)
        return std::nullopt;
    std::optional<long> pid;
    if (format == 32 && count == 1) pid = *reinterpret_cast<long*>(data);
    XFree(data);
    return pid;
}

bool has_title(Display* display, Window window, const char* title) {
    char* name = nullptr;
    if (!XFetchName(display, window, &name) || !name) return false;
    const bool same = std::strcmp(name, title) == 0;
    XFree(name);
    return same;
}

}  // namespace

std::optional<X11Window> find_window(pid_t pid, const char* title) {
    DisplayHandle display(XOpenDisplay(nullptr));
    if (!display) return std::nullopt;
    Window root = DefaultRootWindow(display.get()), parent = 0, *children = nullptr;
    unsigned int count = 0;
    if (!XQueryTree(display.get(), root, &root, &parent, &children, &count)) return std::nullopt;
    std::optional<X11Window> found;
    for (unsigned int i = 0; i < count && !found; ++i) {
        XWindowAttributes attributes;
        if (!XGetWindowAttributes(display.get(), children[i], &attributes) || attributes.map_state != IsViewable)
            continue;
        if (window_pid(display.get(), children[i]) != pid || !has_title(display.get(), children[i], title)) continue;
        found = X11Window{children[i], attributes.x, attributes.y, attributes.width, attributes.height,
                          DisplayWidth(display.get(), DefaultScreen(display.get())),
                          DisplayHeight(display.get(), DefaultScreen(display.get()))};
    }
    if (children) XFree(children);
    return found;
}

bool request_close(unsigned long window) {
    DisplayHandle display(XOpenDisplay(nullptr));
    if (!display) return false;
    XEvent event{};
    event.xclient.type = ClientMessage;
    event.xclient.window = window;
    event.xclient.message_type = XInternAtom(display.get(), "WM_PROTOCOLS", False);
    event.xclient.format = 32;
    event.xclient.data.l[0] = static_cast<long>(XInternAtom(display.get(), "WM_DELETE_WINDOW", False));
    event.xclient.data.l[1] = CurrentTime;
    XSendEvent(display.get(), window, False, NoEventMask, &event);
    XSync(display.get(), False);
    return true;
}

}  // namespace oogst::testing
