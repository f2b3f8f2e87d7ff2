#pragma once
// A new capture made at a table (a typed note, a drawing, a photo): placed at the end of
// its column, in the next colour of the sticky notes' palette so neighbours differ, with
// the table as its author (never a participant's name). The screen that makes it fills
// in the rest (text, strokes, blobs) and adds it with BoardActions::add.
#include <array>
#include <cstdint>
#include <string>

#include "core/model/payloads.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst {

// Sticky-note colours as captures store them (0xAABBGGRR): yellow, pink, green, blue,
// orange. A capture stored with colour 0 is drawn in one of them too.
inline constexpr std::array<std::uint32_t, 5> note_palette = {0xff8ae8ffu, 0xffc8a8ffu, 0xffa8e8b0u, 0xfff0d0a0u,
                                                               0xff80c0ffu};

// How a table signs its captures.
inline constexpr const char* table_author_label = "Tafel";

CaptureAdded new_table_capture(const WorkshopState& state, const std::string& session_id, CaptureKind kind,
                               const std::string& board);

}  // namespace oogst
