#include "app/publish/publish_place.hpp"

#include <string>

#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

std::filesystem::path publish_folder(const Store& store) {
    const std::filesystem::path folder = std::filesystem::absolute(store.folder()).lexically_normal();
    const std::string name = folder.has_filename() ? folder.filename().string() : folder.parent_path().filename().string();
    return (folder.has_filename() ? folder.parent_path() : folder.parent_path().parent_path()) / (name + "-publicaties");
}

std::filesystem::path chosen_place(const Store& store, const StickPlaces& sticks, std::size_t place) {
    if (place > 0 && place - 1 < sticks.places.size()) return sticks.places[place - 1].root;
    return publish_folder(store);
}

void draw_place_choice(Ui& ui, const char* prefix, const Store& store, StickPlaces& sticks, std::size_t& place,
                       float width) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(ui.tr("publish.where"));
    ImGui::PopFont();
    sticks.refresh(ImGui::GetTime(), 3.0);
    const std::string beside = ui.tr("publish.beside", {{"path", publish_folder(store).string()}});
    if (touch_button(ui, (std::string(prefix) + ".0").c_str(), beside.c_str(), ImVec2(width, 0),
                     place == 0 ? ButtonLook::primary : ButtonLook::secondary))
        place = 0;
    for (std::size_t i = 0; i < sticks.places.size(); ++i) {
        const std::string label = ui.tr("publish.on_stick", {{"name", sticks.places[i].name}});
        if (touch_button(ui, (std::string(prefix) + "." + std::to_string(i + 1)).c_str(), label.c_str(), ImVec2(width, 0),
                         place == i + 1 ? ButtonLook::primary : ButtonLook::secondary))
            place = i + 1;
    }
    if (place > sticks.places.size()) place = 0;  // the stick was taken out
}

}  // namespace oogst::app
