#pragma once
// The stakeholder map's side panel (issue 16), one view at a time: the chosen actor's
// words with its links and the notes it came from; a new actor's form; the chosen link's
// kind and competences; a link being made (the other actor tapped on the map or chosen
// from a list). Every change goes through core/roadmap's RoadmapActions.
#include <string>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

void draw_actor_panel(Store& store, AppState& state, Ui& ui, float width);
void draw_link_panel(Store& store, AppState& state, Ui& ui, float width);
void draw_linking_panel(Store& store, AppState& state, Ui& ui, float width);

// The actor tapped while a link is being made: the first actor of a link note's link,
// or the other one, which makes the link and opens it.
void link_to(Store& store, AppState& state, const Ui& ui, const std::string& actor_id);

// Opens the actor (or the link) in the side panel, its words in the form.
void choose_actor(MapState& map, const ActorSet& actor);
void choose_link(MapState& map, const ActorLinkSet& link);

}  // namespace oogst::app
