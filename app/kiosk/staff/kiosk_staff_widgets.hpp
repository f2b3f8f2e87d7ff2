#pragma once
// Small pieces the staff's screens share: a big button in a chosen font (the PIN pad's
// digits, the steppers' − and +) and a wait written as m:ss.
#include <cstdint>
#include <string>

#include <imgui.h>

#include "app/shell/ui.hpp"
#include "app/widgets/touch_widgets.hpp"

namespace oogst::app {

// touch_button with the label in font (touch_button always uses the bold body font).
bool staff_key(Ui& ui, const char* name, const char* label, ImVec2 size, ImFont* font,
               ButtonLook look = ButtonLook::secondary);

// "0:05", "4:59": how long the PIN pad still waits, rounded up to whole seconds.
std::string wait_text(std::int64_t wait_ms);

}  // namespace oogst::app
