#pragma once
// What the workshop already knows for the social value canvas of an initiative or a
// case (issue 16: "pre-filled where the workshop already knows"): its partners (its own
// and the stakeholder map's), who took part (the sessions), its target group, its
// activities (an initiative's actions, a case's first step), its owner and what a case
// says its impact is. The screen words these in the person's language and offers them
// for the empty blocks; nothing here is written to the canvas by itself.
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"

namespace oogst {

struct CanvasKnown {
    std::vector<std::string> partners;    // the item's own, then the map's partners, each once
    int sessions = 0, participants = 0;   // the workshop's live sessions and the people said to sit at them
    int captures = 0, children_works = 0; // what they gave (children's works with the consent to be shown)
    std::string target_group, impact, owner;
    std::vector<std::string> activities;  // an initiative's actions, or a case's first step
};

CanvasKnown canvas_known(const WorkshopState& state, const std::string& item_id);

}  // namespace oogst
