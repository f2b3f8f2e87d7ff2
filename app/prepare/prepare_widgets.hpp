#pragma once
// Form pieces the preparation's screens share: a labelled text field, a row of buttons
// that wraps, and a scrolling column dragged with a finger.
#include <string>

#include "app/shell/ui.hpp"

namespace oogst::app {

// A form field's label: bold, muted.
void form_label(Ui& ui, const char* text);

// A muted label, then the app's own text field (the touch keyboard) under it.
void labelled_field(Ui& ui, const char* name, const char* label, const char* hint, std::string& text, float width);

// A button as wide as width whose label wraps onto more lines (a method's long name),
// green when chosen. Returns true when tapped.
bool choice_button(Ui& ui, const char* name, const std::string& label, float width, bool chosen);

// Starts a button of width on the current row when it fits in row_width (from the
// row's left edge left), else on the next row.
void flow_next(float& used, float width, float row_width, float gap);

// A scrolling column of size, dragged with a finger; draw fills it.
template <class Draw>
void scrolling_column(Ui& ui, const char* name, ImVec2 size, Draw&& draw);

}  // namespace oogst::app

#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

template <class Draw>
void scrolling_column(Ui& ui, const char* name, ImVec2 size, Draw&& draw) {
    ImGui::BeginChild(name, size, false, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar);
    draw();
    drag_to_scroll(ui);
    ImGui::EndChild();
}

}  // namespace oogst::app
