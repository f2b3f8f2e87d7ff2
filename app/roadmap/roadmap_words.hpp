#pragma once
// How the roadmap's screens say things: a status, a group of actors, a kind of link,
// what an item answers, an initiative's words as its form holds them.
#include <string>

#include "app/roadmap/roadmap_screen_state.hpp"
#include "app/shell/ui.hpp"
#include "core/model/roadmap_payloads.hpp"
#include "core/roadmap/roadmap_evidence.hpp"

namespace oogst::app {

std::string status_words(const Ui& ui, InitiativeStatus status);
std::string status_words(const Ui& ui, ActionStatus status);
// A group of actors on the stakeholder map ("Politiek") and a kind of link ("Regie").
std::string category_words(const Ui& ui, ActorCategory category);
std::string link_kind_words(const Ui& ui, LinkKind kind);
// "Beantwoordt 38 dromen van 11 tafels en 4 kinderwerken" (or "Nog niet gekoppeld aan dromen").
std::string evidence_words(const Ui& ui, const EvidenceCount& count);
InitiativeForm form_of(const InitiativeSet& initiative);

}  // namespace oogst::app
