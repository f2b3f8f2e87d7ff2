#include "app/harvest/harvest_push.hpp"

#include <cmath>

#include "core/store/store.hpp"
#include "platform/net/hub_client.hpp"

namespace oogst::app {
namespace {

// The bar's measure: a thousandth of the push.
constexpr std::size_t steps = 1000;

PushPhase phase_of(platform::PushProgress::Stage stage) {
    switch (stage) {
        case platform::PushProgress::Stage::offering: return push_connecting;
        case platform::PushProgress::Stage::sending: return push_sending;
        case platform::PushProgress::Stage::waiting_for_receipt:
        case platform::PushProgress::Stage::done: return push_received;
    }
    return push_connecting;
}

}  // namespace

PushOutcome push_to_facilitator(const std::filesystem::path& store_folder, JobProgress& progress) {
    progress.phase = push_connecting;
    progress.total = steps;
    // The job's own connection: the frame keeps drawing from its Store meanwhile, and
    // reopens it afterwards to see the receipt this one saves.
    Store device = Store::open(store_folder);
    const platform::PushResult result = platform::push_to_hub(device, "", [&progress](const platform::PushProgress& now) {
        progress.phase = phase_of(now.stage);
        progress.done = static_cast<std::size_t>(std::lround(now.fraction() * steps));
    });
    PushOutcome outcome;
    outcome.problem = result.problem;
    outcome.error = result.error;
    outcome.hub = result.hub;
    outcome.nothing_new = result.nothing_new;
    if (result.receipt) {
        outcome.held_through = result.receipt->held_through;
        outcome.new_operations = result.receipt->new_operations;
        outcome.known_operations = result.receipt->known_operations;
    }
    return outcome;
}

}  // namespace oogst::app
