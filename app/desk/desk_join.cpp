#include "app/desk/desk_join.hpp"

#include "core/errors.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/workshop_keys.hpp"
#include "core/harvest/workshop_templates.hpp"
#include "platform/files/durable_file.hpp"

namespace oogst::app {

DeskReadiness desk_readiness(const Store& store) {
    if (const auto keys = store.workshop_keys()) return keys->is_facilitator() ? DeskReadiness::ready : DeskReadiness::device;
    return store.state().has_workshop() ? DeskReadiness::not_prepared : DeskReadiness::no_workshop;
}

void prepare_facilitator(Store& store) {
    if (desk_readiness(store) != DeskReadiness::not_prepared) return;
    WorkshopKeys keys = make_workshop_keys(store.state().workshop().id);
    keys.facilitator_key = store.device().public_key;
    store.save_workshop_keys(keys);
}

std::filesystem::path write_join_file(Store& store, const std::filesystem::path& folder, const std::string& hub) {
    const JoinFile join = make_join_file(store, hub, templates_in_use(store.state()));
    std::string stem = file_name_part(join.workshop_name);
    if (stem.empty()) stem = "oogst";
    const std::filesystem::path file = folder / (stem + std::string(join_file_extension));
    // It holds the pairing token: whoever can read it can push as a member.
    platform::write_file_durably(file, encode_join_file(join), 0600);
    return file;
}

}  // namespace oogst::app
