#include "core/model/operation.hpp"

#include <array>

namespace oogst {
namespace {

struct KindFacts {
    OperationKind kind;
    std::string_view name;
    Subject subject;
};

constexpr std::array<KindFacts, kind_count> kinds{{
#define OOGST_KIND_FACTS(name, number, Payload, subject) {OperationKind::name, #name, Subject::subject},
    OOGST_OPERATION_KINDS(OOGST_KIND_FACTS)
#undef OOGST_KIND_FACTS
}};

// A number written twice in the list would make two kinds one on the wire.
constexpr bool numbers_are_unique() {
    for (std::size_t i = 0; i < kinds.size(); ++i)
        for (std::size_t j = i + 1; j < kinds.size(); ++j)
            if (kinds[i].kind == kinds[j].kind) return false;
    return true;
}
static_assert(numbers_are_unique(), "two operation kinds share a number");

const KindFacts* kind_facts(std::uint16_t number) {
    for (const KindFacts& facts : kinds)
        if (static_cast<std::uint16_t>(facts.kind) == number) return &facts;
    return nullptr;
}

}  // namespace

bool is_known_kind(std::uint16_t kind) { return kind_facts(kind) != nullptr; }

std::string_view kind_name(OperationKind kind) {
    const KindFacts* facts = kind_facts(static_cast<std::uint16_t>(kind));
    return facts ? facts->name : "unknown";
}

std::optional<Subject> kind_subject(OperationKind kind) {
    const KindFacts* facts = kind_facts(static_cast<std::uint16_t>(kind));
    if (!facts) return std::nullopt;
    return facts->subject;
}

}  // namespace oogst
