#pragma once
// The few kinds of text the roadmap's screens write between their widgets: a heading
// over a section, a label over a field, and a muted line that wraps.
#include <string>

#include "app/shell/ui.hpp"

namespace oogst::app {

void section_heading(Ui& ui, const std::string& text);  // the heading font, wrapped
void field_label(Ui& ui, const char* text);             // bold, over a field
void muted_text(const std::string& text);               // muted, wrapped to the window

}  // namespace oogst::app
