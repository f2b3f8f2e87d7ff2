#include "app/widgets/overlay.hpp"

#include <algorithm>
#include <string>

#include "app/shell/theme.hpp"

namespace oogst::app {

bool begin_overlay(Ui& ui, const char* name, ImVec2 size, ImU32 backdrop) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::SetNextWindowFocus();
    // A hint or error then floats at the very bottom, over the dimmed screen, rather than
    // over the panel's own buttons.
    ui.message_floor = 0;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, backdrop);
    ImGui::Begin((std::string("overlay.") + name).c_str(), nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    // The dimmed screen is one big button under the panel.
    ImGui::SetCursorScreenPos(viewport->WorkPos);
    const std::string outside = std::string(name) + ".outside";
    const bool tapped_outside = ImGui::InvisibleButton(outside.c_str(), viewport->WorkSize);
    ui.touch.record_last_item(outside);
    ImGui::SetItemAllowOverlap();

    size.x = std::min(size.x, viewport->WorkSize.x - ui.px(32));
    size.y = std::min(size.y, viewport->WorkSize.y - ui.px(32));
    ImGui::SetCursorScreenPos(ImVec2(viewport->WorkPos.x + (viewport->WorkSize.x - size.x) * 0.5f,
                                     viewport->WorkPos.y + (viewport->WorkSize.y - size.y) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour::surface);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ui.px(18));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(28), ui.px(24)));
    // Panels are made to fit; on a small screen they scroll.
    ImGui::BeginChild(name, size, false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    return !tapped_outside;
}

void end_overlay() {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    ImGui::End();
}

}  // namespace oogst::app
