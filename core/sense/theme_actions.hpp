#pragma once
// What the facilitator does with themes (keys, in the workshop's words) on the wall, as
// store operations, each remembered in the undo history with the operations that revert
// it: two facilitators' laptops merge these like every other device's work. The wall
// and `oogst-cli key` call these; tests call them without a window. Each throws what
// Store::record throws, or ThemeError; the store is then as it was.
#include <array>
#include <string>
#include <vector>

#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "core/store/undo_history.hpp"

namespace oogst {

// A theme's words as the facilitator gives them (ThemeSet without its id).
struct ThemeWords {
    std::string name, needs, core_values, future_images, colour;
};

class ThemeActions {
public:
    ThemeActions(Store& store, UndoHistory& history) : store_(store), history_(history) {}

    // A new theme, with captures filed under it at once (moved from where they were).
    // Returns its id.
    std::string create(const ThemeWords& words, const std::vector<std::string>& capture_ids = {});
    // Changes a theme's words; the same words record nothing.
    void describe(const std::string& theme_id, const ThemeWords& words);
    // Files captures under a theme. A capture is then under that theme only: filing is
    // moving, as cards are moved on a wall. Captures already there record nothing.
    void file(const std::string& theme_id, const std::vector<std::string>& capture_ids);
    // Takes captures out of a theme (and of the themes merged into it); they are then
    // filed nowhere, or under the other theme two laptops filed them under.
    void unfile(const std::string& theme_id, const std::vector<std::string>& capture_ids);
    // from's captures count under into; from leaves the list.
    void merge(const std::string& into, const std::string& from);
    // A new theme holding these captures, taken from where they were. Returns its id.
    std::string split_off(const std::vector<std::string>& capture_ids, const ThemeWords& words);
    // Deletes a theme; its captures are filed nowhere (undo brings both back).
    void remove(const std::string& theme_id);
    // The suggestion to file these captures (a card, or a pile's) under theme is
    // refused: not proposed again.
    void reject(const std::string& theme_id, const std::vector<std::string>& capture_ids);
    // Takes captures out of their piles of near-duplicates (apart), or lets them pile.
    void keep_apart(const std::vector<std::string>& capture_ids, bool apart);

private:
    const ThemeRecord& live_theme(const std::string& theme_id) const;
    // The operations that file these captures under theme_id, and their reverts.
    void filing_operations(const std::string& theme_id, const std::vector<std::string>& capture_ids,
                           std::vector<ThemeMembershipSet>& changes, std::vector<Revert>& reverts) const;
    void record_all(const std::vector<ThemeMembershipSet>& changes);

    Store& store_;
    UndoHistory& history_;
};

// Muted colours, distinct on the wall's paper and in print; a new theme takes the first
// no other theme has.
inline constexpr std::array<const char*, 8> theme_palette{"#2f6b3f", "#c0562b", "#2b6cb0", "#8a4fa3",
                                                          "#b8860b", "#2a8c8c", "#a33a5b", "#5a6b2f"};

// The colour a theme is drawn in: its own, or one of the palette picked by its id.
std::string theme_colour(const ThemeSet& theme);
// "#rrggbb" (or empty: no colour chosen).
bool is_theme_colour(const std::string& colour);

}  // namespace oogst
