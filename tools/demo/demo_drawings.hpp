#pragma once
// Children's drawings for the demo workshop: a house, a tree, the sun, a bike, people,
// flowers, made of strokes as a finger would draw them on the table's canvas. The same
// seed gives the same drawing.
#include <cstdint>
#include <vector>

#include "core/drawing/drawing.hpp"

namespace oogst {

std::vector<Stroke> demo_drawing(std::uint64_t seed);

}  // namespace oogst
