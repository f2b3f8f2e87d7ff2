#include "core/model/roadmap_names.hpp"

#include <array>

namespace oogst {
namespace {

constexpr std::array<std::string_view, 5> initiative_statuses{"proposed", "planned", "running", "done", "dropped"};
constexpr std::array<std::string_view, 4> action_statuses{"open", "running", "done", "dropped"};
constexpr std::array<std::string_view, 7> actor_categories{"politics",     "administration", "citizens", "businesses",
                                                           "associations", "experts",        "partners"};
constexpr std::array<std::string_view, 2> link_kinds{"regie", "verbinden"};
constexpr std::array<std::string_view, 10> canvas_blocks{
    "policy_goals",  "performance",  "target_groups", "roles",         "activities",
    "communication", "organisation", "budget",        "participation", "partners"};
constexpr std::array<std::string_view, 5> statement_parts{"mission", "vision", "values", "transitions", "future_image"};

template <class Enum, std::size_t N>
std::string_view name_in(const std::array<std::string_view, N>& names, Enum value) {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : std::string_view("unknown");
}

template <class Enum, std::size_t N>
std::optional<Enum> value_in(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
}

}  // namespace

std::string_view name_of(InitiativeStatus status) { return name_in(initiative_statuses, status); }
std::string_view name_of(ActionStatus status) { return name_in(action_statuses, status); }
std::string_view name_of(ActorCategory category) { return name_in(actor_categories, category); }
std::string_view name_of(LinkKind kind) { return name_in(link_kinds, kind); }
std::string_view name_of(CanvasBlock block) { return name_in(canvas_blocks, block); }
std::string_view name_of(StatementPart part) { return name_in(statement_parts, part); }

template <>
std::optional<InitiativeStatus> named(std::string_view name) {
    return value_in<InitiativeStatus>(initiative_statuses, name);
}
template <>
std::optional<ActionStatus> named(std::string_view name) {
    return value_in<ActionStatus>(action_statuses, name);
}
template <>
std::optional<ActorCategory> named(std::string_view name) {
    return value_in<ActorCategory>(actor_categories, name);
}
template <>
std::optional<LinkKind> named(std::string_view name) {
    return value_in<LinkKind>(link_kinds, name);
}
template <>
std::optional<CanvasBlock> named(std::string_view name) {
    return value_in<CanvasBlock>(canvas_blocks, name);
}
template <>
std::optional<StatementPart> named(std::string_view name) {
    return value_in<StatementPart>(statement_parts, name);
}

}  // namespace oogst
