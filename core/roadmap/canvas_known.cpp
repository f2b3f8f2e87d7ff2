#include "core/roadmap/canvas_known.hpp"

#include <algorithm>

#include "core/kiosk/kiosk_work.hpp"
#include "core/sense/wall_cards.hpp"

namespace oogst {
namespace {

void add_once(std::vector<std::string>& to, const std::string& text) {
    if (!text.empty() && std::find(to.begin(), to.end(), text) == to.end()) to.push_back(text);
}

}  // namespace

CanvasKnown canvas_known(const WorkshopState& state, const std::string& item_id) {
    CanvasKnown known;
    const RoadmapState& roadmap = state.roadmap();
    if (const InitiativeSet* initiative = roadmap.initiative(item_id)) {
        for (const std::string& partner : initiative->partners) add_once(known.partners, partner);
        known.owner = initiative->owner_is_person ? std::string() : initiative->owner;
        for (const ActionSet* action : roadmap.actions_of(item_id)) add_once(known.activities, action->what);
    } else if (const InnovationCaseSet* lab = roadmap.innovation_case(item_id)) {
        known.target_group = lab->target_group;
        known.impact = lab->impact;
        known.owner = lab->owner;
        add_once(known.activities, lab->first_step);
    }
    for (const ActorSet* actor : roadmap.actors())
        if (actor->category == ActorCategory::partners) add_once(known.partners, actor->name);
    for (const SessionSet* session : state.sessions()) {
        ++known.sessions;
        known.participants += session->participants;
    }
    for (const auto& [id, capture] : state.capture_records()) {
        if (!on_the_wall(state, capture)) continue;
        const SessionSet* session = state.session(state.session_root(capture.origin->session_id));
        if (session && session->method == kiosk_method)
            ++known.children_works;
        else
            ++known.captures;
    }
    return known;
}

}  // namespace oogst
