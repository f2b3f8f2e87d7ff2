#pragma once
// The names the roadmap's enums have in the canonical JSON, the command line and open data:
// English, lower case, stable (scripts rely on them). The screens translate them.
#include <optional>
#include <string_view>

#include "core/model/roadmap_payloads.hpp"

namespace oogst {

std::string_view name_of(InitiativeStatus status);  // proposed, planned, running, done, dropped
std::string_view name_of(ActionStatus status);      // open, running, done, dropped
std::string_view name_of(ActorCategory category);   // politics, administration, citizens, …
std::string_view name_of(LinkKind kind);            // regie, verbinden
std::string_view name_of(CanvasBlock block);        // policy_goals, performance, …
std::string_view name_of(StatementPart part);       // mission, vision, values, transitions, future_image

// The value a name stands for; empty when it names none.
template <class Enum>
std::optional<Enum> named(std::string_view name);
template <>
std::optional<InitiativeStatus> named(std::string_view name);
template <>
std::optional<ActionStatus> named(std::string_view name);
template <>
std::optional<ActorCategory> named(std::string_view name);
template <>
std::optional<LinkKind> named(std::string_view name);
template <>
std::optional<CanvasBlock> named(std::string_view name);
template <>
std::optional<StatementPart> named(std::string_view name);

}  // namespace oogst
