#include "platform/gui_backend.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include "platform/platform_error.hpp"
#include "platform/window.hpp"

namespace oogst::platform {

GuiBackend::GuiBackend(Window& window) : window_(window) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    // No imgui.ini in whatever folder the app was started from: the layout is the
    // app's, not the user's.
    ImGui::GetIO().IniFilename = nullptr;
    if (!ImGui_ImplGlfw_InitForOpenGL(window.handle(), true) || !ImGui_ImplOpenGL3_Init("#version 130")) {
        ImGui::DestroyContext(context_);
        throw PlatformError("cannot start the user interface on this OpenGL driver");
    }
}

GuiBackend::~GuiBackend() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(context_);
}

void GuiBackend::begin_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
}

void GuiBackend::end_frame(ImVec4 clear) {
    ImGui::Render();
    const PixelSize size = window_.framebuffer_size();
    glViewport(0, 0, size.width, size.height);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace oogst::platform
