#pragma once
// "Send to the facilitator": a device pushes what the hub lacks over the venue's
// network and keeps the receipt (platform/hub_client.hpp does the talking).
#include <cstdint>
#include <filesystem>

#include "app/harvest_job.hpp"

namespace oogst::app {

struct PushOutcome {
    std::uint64_t held_through = 0;                          // the facilitator holds 1..held_through
    std::uint64_t new_operations = 0, known_operations = 0;  // of this push, as the receipt says
};

// The phases of a push, for the words under the progress bar.
enum PushPhase { push_connecting = 0, push_sending = 1, push_received = 2 };

// On a job's thread: opens its own connection to the device store in store_folder,
// pushes to the hub its join file named and saves the genuine receipt. Throws UserError
// with a sentence when the hub cannot be reached or refuses.
PushOutcome push_to_facilitator(const std::filesystem::path& store_folder, JobProgress& progress);

}  // namespace oogst::app
