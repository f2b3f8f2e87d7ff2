#pragma once
// A method template shown before it is chosen: its name and description, each board with
// the question it asks, what a table may add, and how it scores.
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"

namespace oogst::app {

void draw_method_preview(Ui& ui, const MethodTemplate& method, float width);

}  // namespace oogst::app
