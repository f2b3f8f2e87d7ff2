#pragma once
// "Send to the facilitator": a device pushes what the hub lacks over the venue's
// network and keeps the receipt (platform/net/hub_client.hpp does the talking).
#include <cstdint>
#include <filesystem>
#include <string>

#include "app/harvest/harvest_job.hpp"
#include "platform/net/hub_client.hpp"

namespace oogst::app {

struct PushOutcome {
    platform::PushResult::Problem problem = platform::PushResult::Problem::none;
    std::string error;  // the client's English sentence: the words for Problem::rejected and failed
    std::string hub;    // the address used
    bool nothing_new = false;                                // the hub held everything already
    std::uint64_t held_through = 0;                          // the facilitator holds 1..held_through
    std::uint64_t new_operations = 0, known_operations = 0;  // of this push, as the receipt says

    bool ok() const { return problem == platform::PushResult::Problem::none; }
};

// The phases of a push, for the words under the progress bar.
enum PushPhase { push_connecting = 0, push_sending = 1, push_received = 2 };

// On a job's thread: opens its own connection to the device store in store_folder,
// pushes to the hub its join file named and saves the genuine receipt. A network or hub
// problem is in the outcome, not thrown; a store that cannot be opened throws.
PushOutcome push_to_facilitator(const std::filesystem::path& store_folder, JobProgress& progress);

}  // namespace oogst::app
