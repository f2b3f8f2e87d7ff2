#pragma once
// A drawing is kept as vector strokes, so it can be re-rendered at any size.
#include <cstdint>
#include <vector>

#include "core/model/wire.hpp"

namespace oogst {

struct Point {
    float x = 0;  // in the canvas' own units: 0..1 across its width and height
    float y = 0;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "point");
        ar(x, y);
    }
};

struct Stroke {
    std::uint32_t colour = 0xff000000;  // 0xAABBGGRR, as ImGui and PNG writers use it
    float width = 0.01f;                // relative to the canvas width
    std::vector<Point> points;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "stroke");
        ar(colour, width);
        wire::list(ar, points, 8);
    }
};

}  // namespace oogst

CEREAL_CLASS_VERSION(oogst::Point, 1)
CEREAL_CLASS_VERSION(oogst::Stroke, 1)
