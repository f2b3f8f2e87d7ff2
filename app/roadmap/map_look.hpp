#pragma once
// The stakeholder map's colours: one per group of actors (its sector's tint, its
// actors' dot) and one per kind of link, strong enough to tell apart on the tints.
#include <array>
#include <cstddef>

#include <imgui.h>

#include "core/model/roadmap_payloads.hpp"

namespace oogst::app {

inline constexpr std::array<ImU32, 7> category_inks = {
    IM_COL32(176, 48, 64, 255),   // politics: crimson
    IM_COL32(84, 84, 150, 255),   // administration: indigo
    IM_COL32(47, 107, 63, 255),   // citizens: harvest green
    IM_COL32(166, 124, 16, 255),  // businesses: ochre
    IM_COL32(134, 76, 156, 255),  // associations: purple
    IM_COL32(24, 124, 136, 255),  // experts: teal
    IM_COL32(122, 88, 58, 255),   // partners: brown
};

inline ImU32 category_ink(ActorCategory category) { return category_inks[static_cast<std::size_t>(category)]; }

// Regie a solid blue line, verbinden a dashed orange one: told apart in black and white too.
inline ImU32 link_ink(LinkKind kind) {
    return kind == LinkKind::regie ? IM_COL32(36, 96, 196, 255) : IM_COL32(222, 108, 18, 255);
}

}  // namespace oogst::app
