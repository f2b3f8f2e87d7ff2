// The one list of operation kinds (operation_kinds.hpp): every kind has its own number
// and name and says what it changes, and a number outside the list is refused by name.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/errors.hpp"
#include "core/model/operation_check.hpp"
#include "core/model/payloads.hpp"

namespace oogst {
namespace {

TEST(OperationKinds, EachKindHasItsOwnNumberNameAndSubject) {
    std::set<std::uint16_t> numbers;
    std::set<std::string_view> names;
    for (const OperationKind kind : all_kinds) {
        const auto number = static_cast<std::uint16_t>(kind);
        EXPECT_TRUE(numbers.insert(number).second) << number;
        EXPECT_TRUE(names.insert(kind_name(kind)).second) << kind_name(kind);
        EXPECT_TRUE(is_known_kind(number));
        EXPECT_NE(kind_name(kind), "unknown");
        EXPECT_TRUE(kind_subject(kind).has_value()) << kind_name(kind);
    }
    EXPECT_EQ(numbers.size(), kind_count);
    // The stored numbers of the first kinds never change.
    EXPECT_EQ(static_cast<int>(OperationKind::capture_added), 10);
    EXPECT_EQ(kind_name(OperationKind::vote_cast), "vote_cast");
    EXPECT_EQ(kind_subject(OperationKind::session_table_set), Subject::session);
}

TEST(OperationKinds, ANumberOutsideTheListIsRefusedByName) {
    EXPECT_FALSE(is_known_kind(0));
    EXPECT_FALSE(is_known_kind(999));
    EXPECT_EQ(kind_name(static_cast<OperationKind>(999)), "unknown");
    EXPECT_FALSE(kind_subject(static_cast<OperationKind>(999)).has_value());
    Operation op;
    op.kind = static_cast<OperationKind>(999);
    try {
        check_operation(op);
        ADD_FAILURE() << "an unknown kind was accepted";
    } catch (const FormatError& error) {
        EXPECT_NE(std::string(error.what()).find("update Oogst"), std::string::npos) << error.what();
    }
}

TEST(OperationKinds, EveryKindDecodesToItsOwnPayloadType) {
    // A payload written as its type is read back by visit_payload as that same type.
    Operation op;
    op.kind = OperationKind::theme_set;
    op.payload = wire::encode(ThemeSet{"k1", "Ademen", "", "", ""});
    const bool is_key = visit_payload(op, [](auto&& payload) {
        return std::is_same_v<std::decay_t<decltype(payload)>, ThemeSet>;
    });
    EXPECT_TRUE(is_key);
}

}  // namespace
}  // namespace oogst
