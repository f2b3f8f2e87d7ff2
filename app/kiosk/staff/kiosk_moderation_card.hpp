#pragma once
// A card of the moderation screen: the work's picture or poem on top (drawn as the
// exhibition shows it, app/kiosk/child/kiosk_work_view.hpp), its label and status, and its buttons.
#include <imgui.h>
#include <imgui_internal.h>

#include "app/shell/ui.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst::app {

// The cards' grid: as many columns of about 300 px as fit.
struct ModerationGrid {
    int columns = 1;
    float width = 0, gap = 0, picture_height = 0;
};

// Where a card's parts go: the picture, two lines of text, one or two rows of buttons.
struct CardLayout {
    ImVec2 min, max;
    ImRect picture;
    ImVec2 text;      // the first text line's top left
    ImVec2 buttons;   // the first button row's top left
    ImVec2 buttons2;  // the second's (cards with two rows)
    float inner_width = 0;
};

// Starts a card at the cursor (a group: SameLine puts the next one beside it) and draws
// its background; the caller draws into its parts and ends it. Every card of a grid has
// the same rows, so the rows line up; a card to look at only has none.
CardLayout begin_moderation_card(Ui& ui, const ModerationGrid& grid, int button_rows = 1);
// The label (bold) and a line of detail under it, cut off at the card's edge.
void card_lines(Ui& ui, const CardLayout& card, const char* label, const char* detail, ImU32 detail_colour);
void end_moderation_card(const CardLayout& card);

}  // namespace oogst::app
