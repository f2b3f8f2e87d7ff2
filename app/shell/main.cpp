// oogst: the touch app. Opens the device's store and shows the start screen; with
// --screenshot it renders one screen into a PNG and exits (docs and end-to-end tests).
//
// Exit codes follow the command-line contract (DESIGN.md): 0 success, 2 bad input with
// a one-line reason on stderr (a store that cannot be opened, a bad option, an image
// that cannot be written), 1 an internal failure (including no display).
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/kiosk/kiosk_screen.hpp"
#include "app/shell/screens.hpp"
#include "app/shell/shell.hpp"
#include "app/shell/store_problem_screen.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/widget_map.hpp"
#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/store/store.hpp"
#include "core/store/store_location.hpp"
#include "platform/fonts.hpp"
#include "platform/framebuffer_capture.hpp"
#include "platform/gui_backend.hpp"
#include "platform/texture_cache.hpp"
#include "platform/window.hpp"

namespace {


struct Options {
    std::optional<std::filesystem::path> store;
    std::filesystem::path screenshot;  // empty: run the app
    std::string screen = "start";
    std::optional<oogst::Language> language;  // the screens' language for this run; else the device's
    bool kiosk = false;  // start straight into the kiosk; leaving it ends the app
};

// ImGui lays out some things (auto-sized windows, text wrap) from the previous frame;
// by the fourth frame every screen has settled.
constexpr int frames_before_screenshot = 4;
// How long an idle app sleeps between frames when nothing happens.
constexpr double idle_seconds = 0.5;
// While a finger rests on the screen, time itself is input: a long press opens the
// accents, a held backspace repeats. Frames keep coming at the display's pace.
constexpr double held_frame_seconds = 1.0 / 60;

ImVec4 background() { return ImGui::ColorConvertU32ToFloat4(oogst::app::colour::background); }

// Runs frames of one screen-drawing function until it says stop, or, for a screenshot,
// for a few frames and then writes the PNG.
template <class DrawScreen>
void run_frames(oogst::platform::Window& window, oogst::platform::GuiBackend& gui,
                const std::filesystem::path& screenshot, DrawScreen&& draw_screen) {
    for (int frame = 1;; ++frame) {
        if (screenshot.empty()) {
            if (window.close_requested()) return;
            window.wait_for_next_frame(ImGui::GetIO().MouseDown[0] ? held_frame_seconds : idle_seconds);
        }
        gui.begin_frame();
        const bool stop = draw_screen();
        gui.end_frame(background());
        if (!screenshot.empty() && frame == frames_before_screenshot) {
            oogst::platform::write_back_buffer_png(screenshot, window.framebuffer_size());
            return;
        }
        window.swap_buffers();
        if (stop) return;
    }
}

// The store cannot be opened: say why on screen until the person closes the window.
// Exit code 2 all the same, with the one-line reason on stderr for whoever started it.
int show_store_problem(const Options& options, oogst::Assets& assets, const std::filesystem::path& folder,
                       const oogst::UserError& problem) {
    std::cerr << "oogst: " << problem.what() << "\n";
    const bool screenshot = !options.screenshot.empty();
    // A screenshot of another screen on a bad store writes no PNG: only the problem
    // screen itself can be photographed (for the documentation).
    if (screenshot && options.screen != "problem") return 2;

    oogst::platform::Window window({});
    oogst::platform::GuiBackend gui(window);
    const float scale = window.content_scale();
    const auto fonts = oogst::platform::load_fonts(*ImGui::GetIO().Fonts, scale);
    oogst::app::apply_theme(ImGui::GetStyle(), scale);
    oogst::app::TouchRegistry touch;
    oogst::app::Ui ui{fonts, scale, touch, assets};
    run_frames(window, gui, options.screenshot, [&] {
        touch.begin_frame();
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(viewport->WorkPos);
        ImGui::SetNextWindowSize(viewport->WorkSize);
        ImGui::Begin("oogst", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        const bool close = oogst::app::draw_store_problem_screen(ui, folder.string(), problem.what());
        ImGui::End();
        return close;
    });
    return 2;
}

int run(const Options& options) {
    const bool screenshot = !options.screenshot.empty();
    // A broken template or translation file is named on stderr and on screen; the app
    // runs with the rest.
    oogst::Assets assets = oogst::Assets::load();
    // A screenshot shows a store that exists: a mistyped folder is an error, not a new
    // empty store. The app itself makes the device's store on first start.
    const std::filesystem::path folder = options.store.value_or(oogst::default_store_folder());
    std::optional<oogst::Store> opened;
    try {
        opened.emplace(screenshot ? oogst::Store::open(folder) : oogst::Store::open_or_create(folder));
    } catch (const oogst::UserError& problem) {
        for (const std::string& asset_problem : assets.problems()) std::cerr << "oogst: " << asset_problem << "\n";
        return show_store_problem(options, assets, folder, problem);
    }
    oogst::Store& store = *opened;
    // Templates that came with the workshop's join file, for methods these assets lack.
    assets.templates.add_missing(store.workshop_templates());
    for (const std::string& problem : assets.problems()) std::cerr << "oogst: " << problem << "\n";

    // A kiosk that is set up fills its monitor from the first frame: no window to
    // close or move before the lock-down starts.
    oogst::platform::WindowOptions window_options;
    const std::optional<oogst::KioskSettings> kiosk_settings = store.kiosk_settings();
    if (options.kiosk && !screenshot && kiosk_settings && store.has_kiosk_pin()) {
        window_options.fullscreen = true;
        window_options.monitor = static_cast<int>(kiosk_settings->monitor);
    }
    oogst::platform::Window window(window_options);
    oogst::platform::GuiBackend gui(window);
    const float scale = window.content_scale();
    const auto fonts = oogst::platform::load_fonts(*ImGui::GetIO().Fonts, scale);
    oogst::app::apply_theme(ImGui::GetStyle(), scale);

    // Photos on the board and in the picker. Declared after the window and GUI, so its
    // textures are freed while their GL context still exists.
    oogst::platform::TextureCache textures([&store](const std::string& hash) { return store.blob(hash); },
                                           oogst::platform::make_gl_texture_uploader(),
                                           {.wake = [] { glfwPostEmptyEvent(); }});
    oogst::app::Shell shell(store, assets, fonts, scale);
    shell.use_textures(&textures);
    shell.wake_with([] { glfwPostEmptyEvent(); });
    oogst::app::AppState& state = shell.state();
    if (options.kiosk) {
        state.kiosk.quit_on_leave = true;
        oogst::app::open_kiosk(store, state);
    }
    // For this run only: the device keeps the language its people chose.
    if (options.language) state.language = *options.language;
    if (const auto* named = oogst::app::find_named_screen(options.screen); named && named->show)
        named->show(options.screen, store, assets, shell);
    // OOGST_WIDGET_MAP=FILE: where the end-to-end tests read the widgets' places.
    std::optional<oogst::app::WidgetMap> widget_map;
    if (const char* file = std::getenv("OOGST_WIDGET_MAP"); file && *file) widget_map.emplace(file);
    run_frames(window, gui, options.screenshot, [&] {
        // A screenshot shows every picture, and the wall's piles: it waits for the decoding
        // and the piles the last frame asked for.
        if (screenshot) {
            textures.wait_until_idle();
            shell.wait_for_background();
        }
        textures.new_frame();
        shell.draw();
        if (shell.animating()) window.keep_animating();
        if (widget_map) widget_map->update(shell.touch());
        // The kiosk's lock-down follows its state: locked while children use it, a normal
        // window once it is left with the PIN (a screenshot keeps its plain window).
        if (!screenshot) {
            const auto& settings = state.kiosk.settings;
            window.set_locked(state.kiosk.locked, settings ? static_cast<int>(settings->monitor) : 0);
        }
        return state.kiosk.quit;
    });
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli{"Oogst: capture workshop ideas on a touch screen, offline.", "oogst"};
    cli.set_version_flag("--version", std::string("oogst ") + OOGST_VERSION);
    Options options;
    std::filesystem::path store;
    cli.add_option("--store", store, "the folder of this device's store (default: $OOGST_STORE, else the "
                                     "XDG data folder)");
    cli.add_option("--screenshot", options.screenshot, "render one screen into this PNG file and exit");
    std::string language;
    cli.add_option("--language", language,
                   "the language to show for this run (nl, fr or en; a screenshot in French, say); without it, the "
                   "one this device last chose on the start screen")
        ->check(CLI::Validator(
            [](std::string& code) {
                return oogst::parse_language(code) ? std::string() : "there is no language called " + code;
            },
            "LANGUAGE"));
    cli.add_flag("--kiosk", options.kiosk,
                 "start as the children's kiosk: full screen and locked when it is set up (its settings first when "
                 "not); leaving the kiosk with the PIN ends the app");
    cli.add_option("--screen", options.screen, "the screen to show first: " + oogst::app::named_screens_help())
        ->check(CLI::Validator(
            [](std::string& name) {
                return oogst::app::find_named_screen(name) ? std::string() : "there is no screen called " + name;
            },
            "SCREEN"));
    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return cli.exit(help);
    } catch (const CLI::CallForVersion& version) {
        return cli.exit(version);
    } catch (const CLI::ParseError& error) {
        std::cerr << "oogst: " << error.what() << "\n";
        return 2;
    }
    if (cli.count("--store") > 0) options.store = store;
    if (cli.count("--language") > 0) options.language = oogst::parse_language(language);

    try {
        return run(options);
    } catch (const oogst::UserError& error) {
        std::cerr << "oogst: " << error.what() << "\n";
        return 2;
    } catch (const oogst::platform::PlatformError& error) {
        // The machine, not the input: no display, no OpenGL, a missing system font.
        std::cerr << "oogst: " << error.what() << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "oogst: internal failure: " << error.what() << "\n";
        return 1;
    }
}
