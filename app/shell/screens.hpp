#pragma once
// The screens `oogst --screenshot FILE --screen NAME` shows (the documentation's pictures
// and the end-to-end tests), in one table: each name, what it shows, and how the app is
// put on it before the first frame. A new screen is one row here.
#include <span>
#include <string>
#include <string_view>

#include "app/shell/shell.hpp"
#include "core/assets/assets.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

struct NamedScreen {
    std::string_view name;
    std::string_view shows;  // for --help
    // Puts the app on the screen; null for "problem", which main() shows without a store.
    void (*show)(std::string_view name, Store& store, const Assets& assets, Shell& shell);
};

std::span<const NamedScreen> named_screens();
// The row called name; null when there is none.
const NamedScreen* find_named_screen(std::string_view name);
// "start, sessions, board (…), …": every name with what it shows, for --help.
std::string named_screens_help();

}  // namespace oogst::app
