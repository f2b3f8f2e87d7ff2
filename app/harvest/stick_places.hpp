#pragma once
// The USB sticks a harvest screen offers (platform/files/places.hpp), looked for again
// every few seconds while the screen shows them, so a stick put in appears by itself.
#include <vector>

#include "platform/files/places.hpp"

namespace oogst::app {

struct StickPlaces {
    std::vector<platform::Place> places;
    double found_at = -1;  // the UI clock's time of the last look

    void refresh(double now, double seconds);
    void forget() { found_at = -1; }  // the next refresh looks again
};

}  // namespace oogst::app
