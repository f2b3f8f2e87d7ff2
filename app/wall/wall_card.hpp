#pragma once
// One card on the wall: a capture's words or picture, its table, its support (score,
// votes, pile size), a child's work marked as such, the colour of the key it is filed
// under, and a ring when chosen. Drawn by hand at any zoom: the wall has thousands.
#include <string>

#include <imgui.h>

#include "app/shell/ui.hpp"
#include "core/model/workshop_state.hpp"
#include "core/sense/wall_cards.hpp"

namespace oogst::app {

// The size of a card on the wall at zoom 1.
inline constexpr float wall_card_width = 232;
inline constexpr float wall_card_height = 150;
inline constexpr float wall_card_gap = 14;

// "#2f6b3f" as a colour (a key's); grey when it is not one.
ImU32 theme_ink(const std::string& hex);

struct CardLook {
    bool chosen = false;
    bool carried = false;  // part of a selection a finger carries: drawn lighter
    ImU32 key_colour = 0;  // the colour of the key it is filed under; 0: not filed
};

// Draws card in [min, max] (zoom gives the size of its words).
void draw_wall_card(Ui& ui, const WorkshopState& state, const WallCard& card, ImVec2 min, ImVec2 max, float zoom,
                    const CardLook& look);

// A score as the workshop's language writes it: 3,7 in Dutch and French, 3.7 in English.
std::string score_text(const Ui& ui, double score);

// "★ 3,7 · 6 stemmen · ×4" (what supports it), or empty when nothing does.
std::string support_words(const Ui& ui, const WallCard& card);

}  // namespace oogst::app
