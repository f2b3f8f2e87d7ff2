#include "app/harvest/stick_places.hpp"

namespace oogst::app {

void StickPlaces::refresh(double now, double seconds) {
    if (found_at >= 0 && now - found_at < seconds && now >= found_at) return;
    places = platform::find_stick_places();
    found_at = now;
}

}  // namespace oogst::app
