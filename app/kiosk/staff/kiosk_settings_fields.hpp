#pragma once
// The settings screen's form pieces: a label over a field, a − / + stepper for a number
// within limits, and a PIN field that shows dots instead of digits.
#include <cstdint>
#include <string>

#include "app/kiosk/staff/kiosk_staff_state.hpp"
#include "app/shell/ui.hpp"

namespace oogst::app {

// A muted label on its own line, above the field it names.
void settings_label(Ui& ui, const char* text);

// "–  90 s  +": name.less and name.more step value by step within [low, high]; shown
// is the value as the person reads it. Returns true when the value changed.
bool settings_stepper(Ui& ui, const char* name, std::uint32_t& value, std::uint32_t step, std::uint32_t low,
                      std::uint32_t high, const std::string& shown);

// A one-line field whose text shows as dots: what was typed reaches pin (digits only).
void settings_pin_field(Ui& ui, const char* name, const char* hint, std::string& pin, float width);

// Scrolls the form so the field just given the keyboard stays above it (the keyboard
// takes the bottom of the screen). Call right after drawing the field called name.
void keep_field_in_view(Ui& ui, KioskSettingsEdit& edit, const char* name);

}  // namespace oogst::app
