#include "app/facilitator_join.hpp"

#include <set>
#include <system_error>

#include "app/usb_places.hpp"
#include "core/errors.hpp"
#include "core/join_file.hpp"
#include "core/workshop_keys.hpp"
#include "platform/durable_file.hpp"

namespace oogst::app {
namespace {

constexpr std::uint64_t max_template_bytes = 1u << 20;

}  // namespace

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

std::map<std::string, std::string> join_templates(const Store& store, const std::filesystem::path& assets) {
    std::set<std::string> methods;
    const WorkshopState& state = store.state();
    if (state.has_workshop() && !state.workshop().method.empty()) methods.insert(state.workshop().method);
    for (const SessionSet* session : state.sessions())
        if (!session->method.empty()) methods.insert(session->method);
    std::map<std::string, std::string> templates;
    for (const std::string& id : methods) {
        // Template ids are file names in the templates folder; an id with a path in it
        // is no template of ours.
        if (id.find('/') != std::string::npos || id.find("..") != std::string::npos) continue;
        const std::filesystem::path file = assets / "templates" / (id + ".yaml");
        std::error_code error;
        if (!std::filesystem::is_regular_file(file, error)) continue;
        try {
            templates[id] = read_whole_file(file, max_template_bytes);
        } catch (const UserError&) {
            continue;  // a template the device then lacks is named there, not here
        }
    }
    return templates;
}

std::filesystem::path write_join_file(Store& store, const std::filesystem::path& folder, const std::string& hub,
                                      const std::filesystem::path& assets) {
    const JoinFile join = make_join_file(store, hub, join_templates(store, assets));
    std::string stem = file_name_part(join.workshop_name);
    if (stem.empty()) stem = "oogst";
    const std::filesystem::path file = folder / (stem + std::string(join_file_extension));
    write_file_durably(file, encode_join_file(join));
    return file;
}

}  // namespace oogst::app
