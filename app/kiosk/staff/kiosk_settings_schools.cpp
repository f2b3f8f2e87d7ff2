#include "app/kiosk/staff/kiosk_settings_schools.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "app/kiosk/staff/kiosk_settings_fields.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/errors.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/model/plain_text.hpp"

namespace oogst::app {
namespace {

bool has_school(const KioskSettings& settings, const std::string& name) { return settings.school(name) != nullptr; }

// A school by name, or with its classes as the command line writes it.
void add_school(Ui& ui, AppState& state, KioskSettingsEdit& edit) {
    const std::string text(trimmed(edit.new_school));
    if (text.empty()) return;
    KioskSchool school;
    if (text.find(':') != std::string::npos) {
        try {
            school = parse_kiosk_school(text);
        } catch (const UserError&) {
            state.error = ui.tr("kiosk_staff.settings.school_format");
            return;
        }
    } else {
        school.name = text;
    }
    if (has_school(edit.settings, school.name)) {
        state.error = ui.tr("kiosk_staff.settings.school_twice", {{"name", school.name}});
        return;
    }
    edit.settings.schools.push_back(std::move(school));
    edit.new_school.clear();
}

void add_class(Ui& ui, AppState& state, KioskSchool& school, std::string& typed) {
    const std::string name(trimmed(typed));
    if (name.empty()) return;
    if (std::find(school.classes.begin(), school.classes.end(), name) != school.classes.end()) {
        state.error = ui.tr("kiosk_staff.settings.class_twice", {{"name", name}, {"school", school.name}});
        return;
    }
    school.classes.push_back(name);
    typed.clear();
}

// The classes as buttons reading "5A ×", flowing onto more lines when they do not fit.
// Returns the class tapped (to be removed), if any.
std::optional<std::size_t> class_chips(Ui& ui, std::size_t school_index, const KioskSchool& school, float width) {
    std::optional<std::size_t> tapped;
    const float gap = ui.px(10);
    float used = 0;
    for (std::size_t j = 0; j < school.classes.size(); ++j) {
        const std::string label = school.classes[j] + "  \xC3\x97";  // ×
        const float chip = button_width(ui, label.c_str(), 18);
        if (j > 0 && used + gap + chip <= width)
            ImGui::SameLine(0, gap);
        else
            used = 0;
        used += (used > 0 ? gap : 0) + chip;
        const std::string name = "settings.class.remove." + std::to_string(school_index) + "." + std::to_string(j);
        if (touch_button(ui, name.c_str(), label.c_str(), ImVec2(chip, 0), ButtonLook::secondary)) tapped = j;
    }
    if (school.classes.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour::error_text);
        ImGui::TextUnformatted(ui.tr("kiosk_staff.settings.no_classes"));
        ImGui::PopStyleColor();
    }
    return tapped;
}

}  // namespace

void draw_settings_schools(Ui& ui, AppState& state, KioskSettingsEdit& edit, float width) {
    std::vector<KioskSchool>& schools = edit.settings.schools;
    edit.new_class.resize(schools.size());
    std::optional<std::size_t> remove_school;
    const float pad = ui.px(16), gap = ui.px(12);
    for (std::size_t i = 0; i < schools.size(); ++i) {
        KioskSchool& school = schools[i];
        const std::string index = std::to_string(i);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->ChannelsSplit(2);  // the card's background goes under what is drawn on it
        draw->ChannelsSetCurrent(1);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
        ImGui::BeginGroup();
        const float inner = width - 2 * pad;

        const char* remove_label = ui.tr("kiosk_staff.settings.remove_school");
        const float remove_width = button_width(ui, remove_label);
        ImGui::PushFont(ui.fonts.heading);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner - remove_width - gap);
        ImGui::TextUnformatted(school.name.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        const float below_name = ImGui::GetCursorScreenPos().y;
        ImGui::SetCursorScreenPos(ImVec2(min.x + pad + inner - remove_width, min.y + pad));
        if (touch_button(ui, ("settings.school.remove." + index).c_str(), remove_label, ImVec2(remove_width, 0),
                         ButtonLook::secondary))
            remove_school = i;
        // A long name may wrap below the button: the classes start under both.
        ImGui::SetCursorScreenPos(ImVec2(min.x + pad, std::max(below_name, ImGui::GetCursorScreenPos().y)));

        if (const auto tapped = class_chips(ui, i, school, inner))
            school.classes.erase(school.classes.begin() + static_cast<std::ptrdiff_t>(*tapped));

        const char* add_label = ui.tr("kiosk_staff.settings.add_class");
        const float add_width = button_width(ui, add_label);
        const std::string field = "settings.class.new." + index;
        const bool entered = touch_text_field(ui, field.c_str(), ui.tr("kiosk_staff.settings.class_hint"),
                                              edit.new_class[i], inner - add_width - gap);
        keep_field_in_view(ui, edit, field.c_str());
        ImGui::SameLine(0, gap);
        if (touch_button(ui, ("settings.class.add." + index).c_str(), add_label, ImVec2(add_width, ui.px(64)),
                         ButtonLook::secondary) ||
            entered)
            add_class(ui, state, school, edit.new_class[i]);
        ImGui::EndGroup();

        const ImVec2 max(min.x + width, ImGui::GetItemRectMax().y + pad);
        draw->ChannelsSetCurrent(0);
        draw->AddRectFilled(min, max, colour::column, ui.px(14));
        draw->ChannelsMerge();
        ImGui::SetCursorScreenPos(min);
        ImGui::Dummy(ImVec2(width, max.y - min.y));
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
    if (remove_school) {
        schools.erase(schools.begin() + static_cast<std::ptrdiff_t>(*remove_school));
        edit.new_class.erase(edit.new_class.begin() + static_cast<std::ptrdiff_t>(*remove_school));
    }

    const char* add_label = ui.tr("kiosk_staff.settings.add_school");
    const float add_width = button_width(ui, add_label);
    const bool entered = touch_text_field(ui, "settings.school.new", ui.tr("kiosk_staff.settings.school_hint"),
                                          edit.new_school, width - add_width - gap);
    keep_field_in_view(ui, edit, "settings.school.new");
    ImGui::SameLine(0, gap);
    if (touch_button(ui, "settings.school.add", add_label, ImVec2(add_width, ui.px(64)), ButtonLook::secondary) ||
        entered)
        add_school(ui, state, edit);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(ui.tr("kiosk_staff.settings.school_tip"));
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace oogst::app
