#pragma once
// A child's drawing of a house, a tree and the sun, for the canvas screenshot in the
// documentation (oogst --screen canvas). Not used by the app itself.
#include <vector>

#include "core/drawing/drawing.hpp"

namespace oogst::app {

std::vector<Stroke> sample_drawing();

}  // namespace oogst::app
