// Merging sessions (SessionMerged, kind 5) merges like every other operation: any order,
// any repeats, the same state. A merged session is no longer listed and its captures
// count and show under the session it went into, along chains of merges; a circle of
// merges made on two machines is settled the same way everywhere (the merge written
// last in it is left out). And the payloads that grew (WorkshopSet 2, SessionSet 3) still
// read what the first stores wrote, which print as they always did.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/model/canonical_json.hpp"
#include "core/model/workshop_state.hpp"
#include "tests/support/operations.hpp"

namespace oogst {
namespace {

using testing::fold;
using testing::make_operation;

Operation session(const std::string& id, const std::string& name, std::uint64_t sequence, std::int64_t at = 100) {
    return make_operation("laptop", sequence, at, SessionSet{id, "droomsessie", name, "", "", at, 0});
}

Operation capture(const std::string& id, const std::string& session_id, const std::string& device, std::uint64_t sequence) {
    CaptureAdded added;
    added.id = id;
    added.session_id = session_id;
    added.text = "idee " + id;
    added.board = "ideeen";
    return make_operation(device, sequence, 500 + static_cast<std::int64_t>(sequence), added);
}

Operation merge(const std::string& from, const std::string& into, const std::string& device, std::uint64_t sequence,
                std::int64_t at) {
    return make_operation(device, sequence, at, SessionMerged{from, into});
}

// Four tablets that each made "Tafel 1: Centrum", with a note each.
std::vector<Operation> four_tablets() {
    std::vector<Operation> ops;
    for (int t = 1; t <= 4; ++t) {
        const std::string device = "tablet-" + std::to_string(t), id = "s" + std::to_string(t);
        ops.push_back(make_operation(device, 1, 100 + t, SessionSet{id, "droomsessie", "Tafel 1: Centrum", "", "", 100, 0}));
        ops.push_back(capture("c" + std::to_string(t), id, device, 2));
    }
    return ops;
}

std::vector<std::string> listed(const WorkshopState& state) {
    std::vector<std::string> ids;
    for (const SessionSet* s : state.sessions()) ids.push_back(s->id);
    return ids;
}

TEST(SessionMerge, AMergedSessionIsNoLongerListedAndItsCapturesCountUnderInto) {
    auto ops = four_tablets();
    ops.push_back(merge("s2", "s1", "laptop", 1, 9000));
    ops.push_back(merge("s3", "s1", "laptop", 2, 9001));
    ops.push_back(merge("s4", "s1", "laptop", 3, 9002));
    const auto state = fold(ops);
    EXPECT_EQ(listed(state), std::vector<std::string>{"s1"});
    EXPECT_EQ(state.captures_of("s1").size(), 4u);
    EXPECT_EQ(state.capture_counts().at("s1"), 4u);
    EXPECT_EQ(state.capture_counts().count("s2"), 0u);
    EXPECT_EQ(state.session_root("s3"), "s1");
    EXPECT_TRUE(state.session_is_merged("s4"));
    EXPECT_FALSE(state.session_is_merged("s1"));
    ASSERT_NE(state.session("s2"), nullptr) << "a merged session is still known, only not listed";
    const auto json = canonical_json(state);
    EXPECT_NE(json.find(R"("id":"s2","method":"droomsessie","table":"Tafel 1: Centrum","ambassador":"","place":"",)"
                        R"("participants":0,"starts_at_ms":100,"merged_into":"s1"})"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find(R"("id":"c2","session":"s2")"), std::string::npos) << "a capture keeps the session it was made in";
}

TEST(SessionMerge, ChainsAreFollowed) {
    auto ops = four_tablets();
    ops.push_back(merge("s1", "s2", "laptop", 1, 9000));
    ops.push_back(merge("s2", "s3", "laptop", 2, 9001));
    const auto state = fold(ops);
    EXPECT_EQ(state.session_root("s1"), "s3");
    EXPECT_EQ(listed(state), (std::vector<std::string>{"s3", "s4"}));
    EXPECT_EQ(state.captures_of("s3").size(), 3u);
    EXPECT_EQ(state.captures_of("s1").size(), 3u) << "a merged session's board shows what it is part of";
}

TEST(SessionMerge, ACircleLeavesOutTheMergeWrittenLastInEveryOrder) {
    // Two facilitators' machines, offline: one merged s1 into s2, the other, later, s2 into s1.
    auto ops = four_tablets();
    ops.push_back(merge("s1", "s2", "laptop-a", 1, 9000));
    ops.push_back(merge("s2", "s1", "laptop-b", 1, 9500));
    ops.push_back(merge("s3", "s3", "laptop-b", 2, 9600));  // into itself: never counts
    const std::string expected = canonical_json(fold(ops));
    const auto state = fold(ops);
    EXPECT_EQ(state.session_root("s1"), "s2") << "the earlier merge stands";
    EXPECT_EQ(state.session_root("s2"), "s2");
    EXPECT_FALSE(state.session_is_merged("s3"));
    EXPECT_EQ(listed(state), (std::vector<std::string>{"s2", "s3", "s4"}));
    std::mt19937_64 random(5);
    for (int attempt = 0; attempt < 50; ++attempt) {
        auto shuffled = ops;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        shuffled.push_back(shuffled[random() % shuffled.size()]);  // and a repeat
        EXPECT_EQ(canonical_json(fold(shuffled)), expected);
    }
}

TEST(SessionMerge, TheLatestMergeOfASessionWinsAndAnEmptyOneUndoesIt) {
    auto ops = four_tablets();
    ops.push_back(merge("s4", "s1", "laptop", 1, 9000));
    ops.push_back(merge("s4", "s2", "laptop", 2, 9100));
    EXPECT_EQ(fold(ops).session_root("s4"), "s2");
    ops.push_back(merge("s4", "", "laptop", 3, 9200));
    const auto state = fold(ops);
    EXPECT_FALSE(state.session_is_merged("s4"));
    EXPECT_EQ(listed(state).size(), 4u);
}

TEST(SessionMerge, RandomMergesGiveOneStateInAnyOrder) {
    // Random merges among eight sessions, from three machines, with circles on purpose.
    std::mt19937_64 random(11);
    for (int scenario = 0; scenario < 40; ++scenario) {
        std::vector<Operation> ops;
        for (int s = 0; s < 8; ++s) {
            ops.push_back(session("s" + std::to_string(s), "Tafel " + std::to_string(s), 100 + s));
            ops.push_back(capture("c" + std::to_string(s), "s" + std::to_string(s), "tablet", 1 + s));
        }
        for (int m = 0; m < 10; ++m)
            ops.push_back(merge("s" + std::to_string(random() % 8), "s" + std::to_string(random() % 8),
                                "laptop-" + std::to_string(m % 3), 1 + m, 9000 + static_cast<std::int64_t>(random() % 50)));
        const auto state = fold(ops);
        const std::string expected = canonical_json(state);
        std::size_t counted = 0;
        for (const auto& [id, count] : state.capture_counts()) {
            EXPECT_FALSE(state.session_is_merged(id)) << "captures count under roots only";
            counted += count;
        }
        EXPECT_EQ(counted, 8u) << "no capture is lost or counted twice";
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto shuffled = ops;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            ASSERT_EQ(canonical_json(fold(shuffled)), expected) << "scenario " << scenario;
        }
    }
}

// ---- Payloads that grew ----

std::string version_one_workshop() {
    // The bytes of WorkshopSet{"w", "Roeselare 2030", "droomsessie", "Roeselare"} as version 1 wrote them.
    std::string bytes;
    const auto put32 = [&](std::uint32_t v) { for (int i = 0; i < 4; ++i) bytes.push_back(char((v >> (8 * i)) & 0xff)); };
    bytes.push_back(1);  // cereal portable binary: little-endian
    put32(1);            // class version
    for (const std::string t : {"w", "Roeselare 2030", "droomsessie", "Roeselare"}) {
        put32(static_cast<std::uint32_t>(t.size()));
        bytes += t;
    }
    return bytes;
}

TEST(GrownPayloads, AVersionOneWorkshopStillDecodesAndPrintsAsBefore) {
    const auto workshop = wire::decode<WorkshopSet>(version_one_workshop());
    EXPECT_EQ(workshop.name, "Roeselare 2030");
    EXPECT_TRUE(workshop.dates.empty());
    EXPECT_TRUE(workshop.languages.empty());
    WorkshopState state;
    state.apply(Operation{{"laptop", 1}, {1000, 0}, OperationKind::workshop_set, version_one_workshop()});
    EXPECT_EQ(canonical_json(state),
              R"({"format":"oogst-state-1","workshop":{"id":"w","name":"Roeselare 2030","method":"droomsessie",)"
              R"("place":"Roeselare"},"sessions":[],"captures":[],"keys":[]})"
              "\n");
}

TEST(GrownPayloads, DatesAndLanguagesTravelAndPrintOnlyWhenSet) {
    WorkshopSet workshop{"w", "Roeselare 2030", "droomsessie", "Roeselare", {"2026-12-04", "2026-12-11"}, {"nl", "fr"}};
    const auto back = wire::decode<WorkshopSet>(wire::encode(workshop));
    EXPECT_EQ(back.dates, workshop.dates);
    EXPECT_EQ(back.languages, workshop.languages);
    const auto json = canonical_json(fold({make_operation("laptop", 1, 1000, workshop)}));
    EXPECT_NE(json.find(R"("place":"Roeselare","dates":["2026-12-04","2026-12-11"],"languages":["nl","fr"]})"),
              std::string::npos)
        << json;
}

TEST(GrownPayloads, AKiosksSchoolsTravelAndATablePrintsAsBefore) {
    SessionSet kiosk{"k", "kinderkiosk", "Mijn droomstad", "", "Stadhuis", 0, 0};
    kiosk.schools = {{"De Regenboog", {"5A", "5B"}}, {"Sint-Jozef", {"6"}}};
    const auto back = wire::decode<SessionSet>(wire::encode(kiosk));
    EXPECT_EQ(back.schools, kiosk.schools);
    const auto json = canonical_json(fold({make_operation("laptop", 1, 1000, kiosk), session("t", "Tafel 1", 2)}));
    EXPECT_NE(json.find(R"("schools":[{"name":"De Regenboog","classes":["5A","5B"]},{"name":"Sint-Jozef","classes":["6"]}]})"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find(R"("table":"Tafel 1","ambassador":"","place":"","participants":0,"starts_at_ms":100})"),
              std::string::npos)
        << json;
}

TEST(GrownPayloads, AHostileListLengthIsRefused) {
    std::string bytes = wire::encode(WorkshopSet{"w", "n", "m", "p", {}, {}});
    // The dates' count, made huge: more than the bytes could hold.
    bytes[bytes.size() - 8] = '\xff';
    bytes[bytes.size() - 7] = '\xff';
    EXPECT_THROW(wire::decode<WorkshopSet>(bytes), FormatError);
}

}  // namespace
}  // namespace oogst
