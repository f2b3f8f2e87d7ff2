#pragma once
// What every screen and widget draws with, beside the store and the app state.
#include "app/touch_registry.hpp"
#include "platform/fonts.hpp"

namespace oogst::app {

// The smallest thing a finger may be asked to hit, at content scale 1 (DESIGN.md, Touch).
inline constexpr float min_touch_px = 48;

struct Ui {
    const platform::Fonts& fonts;
    float scale = 1;
    TouchRegistry& touch;

    // A length given at scale 1, in this screen's pixels.
    float px(float length) const { return length * scale; }
    float touch_size() const { return px(min_touch_px); }
};

}  // namespace oogst::app
