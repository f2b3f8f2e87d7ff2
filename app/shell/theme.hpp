#pragma once
// The look of Oogst: a warm light theme with a harvest green, big rounded touch
// targets, and no hover highlight (on a touch screen the "pointer" stays where the
// last finger was, so a hover colour would stick to the last tapped button).
#include <array>
#include <cstddef>
#include <cstdint>

#include <imgui.h>

#include "core/table/table_capture.hpp"

namespace oogst::app {

namespace colour {
inline constexpr ImU32 background = IM_COL32(246, 241, 231, 255);
inline constexpr ImU32 surface = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 column = IM_COL32(236, 229, 214, 255);
inline constexpr ImU32 text = IM_COL32(43, 42, 38, 255);
inline constexpr ImU32 muted = IM_COL32(110, 104, 92, 255);
inline constexpr ImU32 primary = IM_COL32(47, 107, 63, 255);  // harvest green
inline constexpr ImU32 primary_pressed = IM_COL32(33, 79, 46, 255);
inline constexpr ImU32 on_primary = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 secondary = IM_COL32(227, 219, 201, 255);
inline constexpr ImU32 secondary_pressed = IM_COL32(207, 197, 174, 255);
inline constexpr ImU32 kiosk = IM_COL32(196, 98, 45, 255);       // pumpkin
inline constexpr ImU32 facilitator = IM_COL32(58, 95, 138, 255);  // slate blue
inline constexpr ImU32 error_fill = IM_COL32(251, 228, 225, 255);
inline constexpr ImU32 error_text = IM_COL32(140, 29, 18, 255);
inline constexpr ImU32 error_edge = IM_COL32(212, 72, 58, 255);
inline constexpr ImU32 shadow = IM_COL32(60, 50, 30, 40);
}  // namespace colour

// The fill of a note: its own colour, or a palette colour when it has none (0).
ImU32 note_fill(std::uint32_t capture_colour, std::size_t fallback_index);

// A colour pressed or darkened by amount (0..1), for pressed states and edges.
ImU32 darker(ImU32 colour, float amount);

// colour with its opacity set to alpha (0: invisible, 255: opaque).
ImU32 with_alpha(ImU32 colour, int alpha);

// Sets colours and sizes, then scales every size once for the monitor. Fonts are
// loaded at the scaled size separately (platform/fonts.hpp); FontGlobalScale stays 1.
void apply_theme(ImGuiStyle& style, float scale);

}  // namespace oogst::app
