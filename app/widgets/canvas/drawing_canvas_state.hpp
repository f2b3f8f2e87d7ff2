#pragma once
// What the drawing canvas remembers between frames: the drawing being made with its
// undo history, the stroke under the finger, and the chosen tool. It lives in the app
// state, so redrawing a frame (or visiting the board and coming back) loses nothing.
// No ImGui here: the app state stays plain data.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/drawing/drawing.hpp"
#include "core/drawing/drawing_draft.hpp"

namespace oogst::app {

// A box of eight markers a child can name (0xAABBGGRR): bright, easy to tell apart, and
// each dark enough to show on the white paper.
inline constexpr std::array<std::uint32_t, 8> drawing_colours = {
    0xff2a2a2au,  // black (soft, like a marker)
    0xff3b30e5u,  // red
    0xff1f8cfbu,  // orange
    0xff18cbf5u,  // yellow, a shade deeper than lemon so it shows on white
    0xff47a043u,  // green
    0xffe5881eu,  // blue
    0xffaa2f8eu,  // purple
    0xff3a5479u,  // brown
};

// Pen widths as fractions of the paper's width: a fine pen, a marker, a thick brush.
inline constexpr std::array<float, 3> drawing_widths = {0.006f, 0.014f, 0.032f};

// How far the eraser reaches from the finger, as a fraction of the paper's width.
inline constexpr float eraser_radius = 0.025f;

struct DrawingCanvasState {
    DrawingDraft draft;
    std::vector<Point> live;  // raw samples of the stroke under the finger, paper units
    bool erasing = false;     // the finger is down with the eraser
    Point last_eraser_point;  // where the eraser was the frame before
    std::size_t colour = 0;   // index into drawing_colours
    std::size_t width = 1;    // index into drawing_widths
    bool eraser = false;      // the eraser is the tool, not the pen
    std::string owner;        // whose drawing this is (a session id): set by the screen

    // A clean sheet with the default pen, for owner.
    void start_over(std::string new_owner = {}) {
        *this = DrawingCanvasState();
        owner = std::move(new_owner);
    }
};

}  // namespace oogst::app
