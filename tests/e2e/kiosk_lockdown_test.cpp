// The real `oogst --kiosk` on a store the real CLI set up, in a real X window: it fills
// the screen, refuses a window manager's close request (WM_DELETE_WINDOW) and the usual
// key combinations, refuses a wrong PIN, and ends (exit 0) once the right PIN is typed
// on its pad and "leave" tapped. Taps and keys go through X (xdotool), at the places
// the app writes to OOGST_WIDGET_MAP.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "tests/e2e/kiosk_x11.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

using namespace std::chrono_literals;

struct Rect {
    int left = 0, top = 0, right = 0, bottom = 0;
};

// The app started in the background, ended at the latest when the test ends.
class RunningApp {
public:
    RunningApp(const std::vector<std::string>& arguments, const std::filesystem::path& widget_map,
               const std::filesystem::path& log) {
        pid_ = fork();
        if (pid_ == 0) {
            setenv("OOGST_WIDGET_MAP", widget_map.c_str(), 1);
            std::FILE* out = std::freopen(log.c_str(), "w", stdout);
            (void)out;
            dup2(fileno(stdout), STDERR_FILENO);
            std::vector<char*> argv{const_cast<char*>(OOGST_APP)};
            for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
            argv.push_back(nullptr);
            execv(OOGST_APP, argv.data());
            _exit(127);
        }
    }
    ~RunningApp() {
        if (running()) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    pid_t pid() const { return pid_; }
    bool running() {
        if (exit_code_) return false;
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == 0) return true;
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return false;
    }
    // The exit code once it has ended within timeout; -1 while it still runs.
    int wait_for_exit(std::chrono::milliseconds timeout) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (running() && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(50ms);
        return running() ? -1 : *exit_code_;
    }

private:
    pid_t pid_ = -1;
    std::optional<int> exit_code_;
};

bool eventually(const std::function<bool()>& done, std::chrono::milliseconds timeout = 20s) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (done()) return true;
        std::this_thread::sleep_for(50ms);
    }
    return done();
}

std::map<std::string, Rect> read_widget_map(const std::filesystem::path& file) {
    std::map<std::string, Rect> widgets;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string name;
        Rect rect;
        if (fields >> name >> rect.left >> rect.top >> rect.right >> rect.bottom) widgets[name] = rect;
    }
    return widgets;
}

void xdotool(const std::vector<std::string>& arguments) {
    const ProgramResult result = run_program(XDOTOOL, arguments);
    ASSERT_EQ(result.exit_code, 0) << "xdotool failed: " << result.err;
}

class KioskLockdown : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs a display (run under xvfb-run)";
        ASSERT_EQ(run_program(OOGST_CLI, {"kiosk", "set", "--store", store.string(), "--title", "Onze droomstad",
                                         "--school", "De Regenboog: 5A, 5B"})
                      .exit_code,
                  0);
        ASSERT_EQ(run_program(OOGST_CLI, {"kiosk", "pin", "--store", store.string()}, "4821\n").exit_code, 0);
    }

    std::map<std::string, Rect> widgets() const { return read_widget_map(map); }
    bool shows(const std::string& name) const { return widgets().count(name) > 0; }

    // A finger on the widget's centre, held for a moment as a touch screen does.
    void tap(const std::string& name) {
        const auto all = widgets();
        const auto found = all.find(name);
        ASSERT_NE(found, all.end()) << name << " is not on screen";
        const Rect& r = found->second;
        xdotool({"mousemove", std::to_string(window.x + (r.left + r.right) / 2),
                 std::to_string(window.y + (r.top + r.bottom) / 2), "mousedown", "1", "sleep", "0.1", "mouseup", "1"});
        std::this_thread::sleep_for(250ms);
    }

    void tap_pin(const std::string& digits) {
        for (const char digit : digits) tap(std::string("pin.digit.") + digit);
        tap("pin.ok");
    }

    TemporaryFolder folder;
    std::filesystem::path store = folder / "store", map = folder / "widgets.txt", log = folder / "oogst.log";
    X11Window window;
};

TEST_F(KioskLockdown, IgnoresCloseRequestsAndKeysAndLeavesOnlyWithThePin) {
    RunningApp app({"--kiosk", "--store", store.string()}, map, log);
    ASSERT_TRUE(eventually([&] { return shows("kiosk.staff"); })) << "the kiosk never drew its corner button";
    std::optional<X11Window> found;
    ASSERT_TRUE(eventually([&] { return (found = find_window(app.pid(), "Oogst")).has_value(); }));
    window = *found;
    EXPECT_EQ(window.width, window.screen_width) << "full screen from the first frame";
    EXPECT_EQ(window.height, window.screen_height);

    // What a window manager sends for the close button and Alt+F4.
    ASSERT_TRUE(request_close(window.id));
    // The usual key combinations, on the kiosk's window.
    xdotool({"mousemove", std::to_string(window.x + window.width / 2), std::to_string(window.y + window.height / 2)});
    xdotool({"windowfocus", std::to_string(window.id)});
    for (const char* keys : {"alt+F4", "ctrl+q", "Escape", "ctrl+w", "alt+F4"}) xdotool({"key", keys});
    ASSERT_TRUE(request_close(window.id));
    std::this_thread::sleep_for(3s);
    ASSERT_TRUE(app.running()) << "the kiosk gave in to a close request or a key";
    EXPECT_TRUE(shows("kiosk.staff"));

    // A wrong PIN: refused, still running, still locked.
    tap("kiosk.staff");
    ASSERT_TRUE(eventually([&] { return shows("pin.digit.0"); }, 5s)) << "the corner did not open the PIN pad";
    tap_pin("9999");
    std::this_thread::sleep_for(1s);
    ASSERT_TRUE(app.running());
    EXPECT_TRUE(shows("pin.digit.0"));
    EXPECT_FALSE(shows("kiosk.menu.leave"));

    // The right one, then "leave": the app started as a kiosk ends, cleanly.
    tap_pin("4821");
    ASSERT_TRUE(eventually([&] { return shows("kiosk.menu.leave"); }, 10s)) << "the right PIN did not open the menu";
    tap("kiosk.menu.leave");
    EXPECT_EQ(app.wait_for_exit(10s), 0);
}

}  // namespace
}  // namespace oogst::testing
