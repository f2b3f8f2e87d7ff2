#include "tests/app/ui_harness.hpp"

#include <cfloat>
#include <stdexcept>
#include <string>

#include "app/shell/theme.hpp"

namespace oogst::testing {
namespace {

// The harness maps ImGui's named keys to their own indices in io.KeysDown.
constexpr int enter_key = ImGuiKey_Enter;

ImGuiContext* make_context(ImVec2 display_size) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display_size;
    io.DeltaTime = 1.0f / 60;
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
    return context;
}

platform::Fonts load_fonts_headless(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    platform::Fonts fonts = platform::load_fonts(*io.Fonts, scale);
    // What the OpenGL backend does on its first frame, minus the texture upload: the
    // atlas must be built, and any non-null texture id will do without a renderer.
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    return fonts;
}

ImVec2 centre(const ImRect& rect) { return ImVec2((rect.Min.x + rect.Max.x) * 0.5f, (rect.Min.y + rect.Max.y) * 0.5f); }

}  // namespace

UiHarness::UiHarness(Store& store, ImVec2 display_size, float scale)
    : context_(make_context(display_size)), assets_(Assets::load()), fonts_(load_fonts_headless(scale)), shell_(store, assets_, fonts_, scale) {
    app::apply_theme(ImGui::GetStyle(), scale);
    frame();
}

UiHarness::~UiHarness() { ImGui::DestroyContext(context_); }

void UiHarness::frame() {
    // Work a screen started on another thread (the wall's piles) has finished by the
    // next frame, as it would a moment later for a person: the tests see one outcome.
    shell_.wait_for_background();
    ImGui::NewFrame();
    shell_.draw();
    ImGui::Render();
}

void UiHarness::frames(int count) {
    for (int i = 0; i < count; ++i) frame();
}

const app::TouchWidget& UiHarness::widget(std::string_view name) const {
    const app::TouchWidget* found = shell_.touch().find(name);
    if (!found) throw std::runtime_error("no touch widget called " + std::string(name) + " on screen");
    return *found;
}

const app::ShownText& UiHarness::text(std::string_view name) const {
    const app::ShownText* found = shell_.touch().find_text(name);
    if (!found) throw std::runtime_error("no text called " + std::string(name) + " on screen");
    return *found;
}

bool UiHarness::shows(std::string_view name) const { return shell_.touch().find(name) != nullptr; }

ImVec2 UiHarness::reach(std::string_view name) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = false;
    frame();
    const app::TouchWidget& target = widget(name);
    if (target.visible.GetWidth() < 1 || target.visible.GetHeight() < 1)
        throw std::runtime_error("the touch widget " + std::string(name) + " is scrolled out of view");
    return centre(target.visible);
}

void UiHarness::tap(std::string_view name) {
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 at = reach(name);
    io.MousePos = at;
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    // What the tap changed (another screen, a new note) is drawn in the next frame, as
    // the app draws a few frames after every input.
    frame();
}

void UiHarness::drag(ImVec2 from, ImVec2 offset, float hold_seconds) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    io.MouseDown[0] = false;
    frame();
    io.MouseDown[0] = true;
    frame();
    if (hold_seconds > 0) wait(hold_seconds);
    constexpr int steps = 8;
    for (int step = 1; step <= steps; ++step) {
        io.MousePos = ImVec2(from.x + offset.x * step / steps, from.y + offset.y * step / steps);
        frame();
    }
    io.MouseDown[0] = false;
    frame();
    frame();
}

void UiHarness::type(std::string_view utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(utf8).c_str());
    frame();
}

void UiHarness::press_enter() { press_key(enter_key); }

void UiHarness::press_key(int imgui_key) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[imgui_key] = true;
    frame();
    io.KeysDown[imgui_key] = false;
    frame();
    frame();
}

void UiHarness::wait(float seconds) {
    const int count = static_cast<int>(seconds / ImGui::GetIO().DeltaTime + 0.5f);
    frames(count);
}

void UiHarness::long_press(std::string_view name, float seconds) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = reach(name);
    io.MouseDown[0] = true;
    wait(seconds);
    io.MouseDown[0] = false;
    frame();
    frame();
}

}  // namespace oogst::testing
