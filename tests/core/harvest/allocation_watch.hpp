#pragma once
// Watches every operator new of the test program: the largest single request while
// watching is on. A reader that trusts a size field asks for it in one piece, so a
// few-KiB bundle that makes the program ask for megabytes is caught even when the
// allocation happens to succeed (or fails and is reported as "damaged").
#include <cstddef>

namespace oogst::testing {

// Starts (and resets) or stops watching.
void watch_allocations(bool on);
std::size_t largest_allocation();

}  // namespace oogst::testing
