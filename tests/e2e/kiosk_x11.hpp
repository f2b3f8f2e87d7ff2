#pragma once
// What a window manager does to a window, done from a test: find a process's top-level
// window and ask it to close with WM_DELETE_WINDOW (the close button, Alt+F4). Debian
// 12's xdotool cannot send that request: its windowclose destroys the window
// (XDestroyWindow) and windowkill disconnects the client (XKillClient), neither of
// which a well-behaved app is asked about.
#include <sys/types.h>

#include <optional>

namespace oogst::testing {

struct X11Window {
    unsigned long id = 0;
    int x = 0, y = 0, width = 0, height = 0;  // on the screen
    int screen_width = 0, screen_height = 0;  // the whole screen, for "full screen?"
};

// The visible top-level window of process pid whose title is title; none when there is
// no display or no such window yet.
std::optional<X11Window> find_window(pid_t pid, const char* title);

// Sends the window the ClientMessage WM_PROTOCOLS / WM_DELETE_WINDOW, as a window
// manager does when someone closes it. Returns false without a display.
bool request_close(unsigned long window);

}  // namespace oogst::testing
