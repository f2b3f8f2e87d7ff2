#pragma once
// A stakeholder map for the demo workshop, for `oogst-cli demo-debate`, the screenshots
// and the tests: fourteen actors across the seven groups, regie and verbinden links
// with the competences they need, and a Speelveld table whose notes are partly taken
// over (one became an actor) and partly still to do. Through core/roadmap, as the map
// screen does it.
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst {

struct SpeelveldSummary {
    int actors = 0, links = 0, notes = 0;
};

// PlanError when the Speelveld table's name is taken already (made twice).
SpeelveldSummary fill_demo_speelveld(Store& store, const TemplateLibrary& methods);

}  // namespace oogst
