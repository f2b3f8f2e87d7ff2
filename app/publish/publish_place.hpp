#pragma once
// Where a publication or an export goes: the folder beside the store
// ("<store>-publicaties") or one of the desk's sticks. One row of choices for the Publish
// screen and the Open data screen's Export panel, so both offer the same places.
#include <cstddef>
#include <filesystem>

#include "app/harvest/stick_places.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The folder a publication is written to beside the store: "<store>-publicaties".
std::filesystem::path publish_folder(const Store& store);

// The folder chosen: place 0 beside the store, n the stick n-1 (beside the store again
// when that stick was taken out).
std::filesystem::path chosen_place(const Store& store, const StickPlaces& sticks, std::size_t place);

// "Where does it go?" with the folder beside the store and each stick as a button, the
// chosen one green; widgets named "<prefix>.0", "<prefix>.1", …
void draw_place_choice(Ui& ui, const char* prefix, const Store& store, StickPlaces& sticks, std::size_t& place,
                       float width);

}  // namespace oogst::app
