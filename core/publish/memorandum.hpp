#pragma once
// The administrative memorandum of the memorandum methods: the environment analysis
// (SWOT+, each quadrant with the phrases its tables backed most), the inspiration part
// (the desired future image, mission, vision, values and transitions as the management
// team wrote them, beside what the tables backed), and the innovation cases with their
// social value canvas, shortlist first.
#include "core/assets/assets.hpp"
#include "core/model/workshop_state.hpp"
#include "core/publish/document.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

Document memorandum(const WorkshopState& state, const PublishedWorkshop& workshop, const Assets& assets, Language language);

}  // namespace oogst
