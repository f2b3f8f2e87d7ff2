#include "app/harvest_push.hpp"

#include "core/errors.hpp"
#include "core/store.hpp"

namespace oogst::app {

PushOutcome push_to_facilitator(const std::filesystem::path& store_folder, JobProgress& progress) {
    progress.phase = push_connecting;
    const Store device = Store::open(store_folder);
    // Wired to platform/hub_client.hpp once the hub lands on main.
    throw UserError("sending over the network is not available in this version; use a USB stick");
}

}  // namespace oogst::app
