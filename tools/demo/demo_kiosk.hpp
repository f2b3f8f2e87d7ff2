#pragma once
// A children's exhibition kiosk, generated: set up (title, three schools with their
// classes, PIN 4821) with works sent in by children — drawings, poems and photos of
// collages — most shown by the teacher, some waiting, one hidden, and one draft a child
// walked away from. The same seed gives the same kiosk.
#include <cstdint>

#include "core/store/store.hpp"

namespace oogst {

inline constexpr const char* demo_kiosk_pin = "4821";

struct DemoKioskSummary {
    int shown = 0, waiting = 0, hidden = 0, drafts = 0;
};

// Sets up the kiosk on this store (replacing earlier kiosk settings) and adds works
// through the same calls the kiosk's screens make.
DemoKioskSummary fill_demo_kiosk(Store& store, int works, std::uint64_t seed);

// A photo of a collage as a camera would take it: a PNG of coloured paper shapes on a
// cardboard background, width × height pixels. Also for tests that need real photos.
std::string demo_collage_png(std::uint64_t seed, int width = 640, int height = 480);

}  // namespace oogst
