#pragma once
// What the wall remembers between frames: the filter, where the view is (zoom and pan),
// which cards are chosen, a drag or lasso under way, and the facilitator's undo. The
// cards themselves come from the store's state (core/sense/wall_cards.hpp), worked out
// again only when the state or the filter changed, their piles on a thread of their own.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/wall/pile_work.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/sense/suggestions.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/theme_profile.hpp"
#include "core/sense/wall_cards.hpp"
#include "core/sense/wall_fingerprint.hpp"
#include "core/store/undo_history.hpp"

namespace oogst::app {

// The cards as last worked out, and what they were worked out from. A change to the
// store lays the cards out again only when their places or words changed (the
// fingerprint), and otherwise brings only their support and keys up to date.
struct WallCache {
    std::uint64_t revision = 0;
    std::string filter_key;  // the filter, as a string: a change picks the cards shown again
    ThemeFiling filing;
    WallFingerprint fingerprint;   // of the state at revision
    PileWork piles;                // the piles shown, and the next ones being made
    std::vector<WallCard> cards;   // every card, in the wall's order
    std::vector<const WallCard*> shown;  // those the filter lets through (into cards)
    WallCounts counts;
};

// A finger on the wall: panning the view, carrying the chosen cards towards a key, or
// drawing a lasso around cards to choose them.
enum class WallGesture { none, pressing_card, panning, carrying, lasso };

struct WallState {
    WallFilter filter;
    float zoom = 1;      // 1: readable cards; 0.3: an overview of everything
    ImVec2 pan{0, 0};    // the view's top-left corner in wall coordinates (at zoom 1)
    std::set<std::string> chosen;  // card ids (a pile by its first capture)
    bool lasso_mode = false;       // a drag on empty wall draws a lasso instead of panning

    WallGesture gesture = WallGesture::none;
    std::string pressed_card;  // the card a finger went down on
    float pressed_for = 0;     // seconds the finger has rested on it
    ImVec2 press_at{0, 0}, finger{0, 0};  // screen positions
    std::string drop_theme;    // the key a carried selection is over

    bool naming = false;       // the new key's name being typed
    std::string new_name;
    bool tables_open = false;  // the table filter's list
    std::string open_theme;    // the key whose page is open
    ThemeWords page_words;     // its words as being edited on its page
    std::string page_words_of; // the key page_words were taken from
    bool merging = false;      // the list of keys to merge the open one into
    ThemeProfile profile;      // the open key's page, worked out at profile_revision
    std::uint64_t profile_revision = 0;
    std::uint64_t profile_piles = 0;  // and with the piles cache.piles.made() counted then
    std::string profile_of;

    bool suggesting = false;   // the suggestions' panel is open
    std::uint64_t suggested_at = 0;  // the store revision the suggestions were made at
    Suggestions suggestions;

    UndoHistory undo;          // the facilitator's own changes here, newest last
    WallCache cache;
};

}  // namespace oogst::app
