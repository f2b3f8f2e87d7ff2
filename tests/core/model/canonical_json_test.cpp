// Canonical JSON: the same set of operations gives the same bytes, whatever order the
// operations were applied in and however often.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/model/canonical_json.hpp"
#include "core/model/workshop_state.hpp"
#include "tests/support/operations.hpp"

namespace oogst {
namespace {

using testing::make_operation;

// Operations as three offline devices would make them: concurrent edits, moves, votes,
// deletions and key memberships on a shared pool of ids, with clashing clock stamps.
std::vector<Operation> random_operations(std::uint64_t seed, int count) {
    std::mt19937_64 random(seed);
    auto one_of = [&](int n) { return static_cast<int>(random() % n); };
    const std::vector<std::string> devices = {"tablet-a", "tablet-b", "kiosk-c"};
    std::map<std::string, std::uint64_t> sequence;
    std::vector<Operation> ops;
    for (int i = 0; i < count; ++i) {
        const auto& device = devices[one_of(3)];
        const auto seq = ++sequence[device];
        const std::int64_t wall = 1000 + one_of(50);  // few distinct instants: many ties
        const std::string capture = "c" + std::to_string(one_of(12));
        const std::string session = "s" + std::to_string(one_of(3));
        switch (one_of(9)) {
            case 0: {
                CaptureAdded added;
                added.id = capture;
                added.session_id = session;
                added.text = "idee " + std::to_string(i);
                added.board = "ideeen";
                added.strokes = {Stroke{0xff0000ffu, 0.02f, {{0.1f, 0.2f}, {0.3f, 0.4f}}}};
                ops.push_back(make_operation(device, seq, wall, added));
                break;
            }
            case 1:
                ops.push_back(make_operation(device, seq, wall, CaptureTextEdited{capture, "tekst " + std::to_string(i)}));
                break;
            case 2:
                ops.push_back(make_operation(device, seq, wall,
                                             CaptureMoved{capture, "waarden", float(one_of(5)), float(one_of(5)) / 3}));
                break;
            case 3:
                // Deletions and restorations (undo) of the same capture race each other.
                if (one_of(2) == 0) ops.push_back(make_operation(device, seq, wall, CaptureDeleted{capture}));
                else  // cancels a deletion that may or may not exist
                    ops.push_back(make_operation(device, seq, wall,
                                                 CaptureRestored{capture, "tablet-" + std::to_string(one_of(3)),
                                                                 static_cast<std::uint64_t>(one_of(40))}));
                break;
            case 4:
                ops.push_back(make_operation(device, seq, wall,
                                             VoteCast{capture, "stem-" + std::to_string(one_of(4)),
                                                      static_cast<std::uint8_t>(one_of(6))}));
                break;
            case 5:
                ops.push_back(make_operation(device, seq, wall,
                                             SessionSet{session, "droomsessie", "Tafel " + std::to_string(i), "", "", 0, 0}));
                break;
            case 6:
                ops.push_back(make_operation(device, seq, wall, ThemeSet{"k" + std::to_string(one_of(3)), "Sleutel", "", "", ""}));
                break;
            case 7:
                ops.push_back(make_operation(device, seq, wall,
                                             ThemeMembershipSet{"k" + std::to_string(one_of(3)), capture, one_of(2) == 0}));
                break;
            default:
                ops.push_back(make_operation(device, seq, wall, CaptureConsentSet{capture, std::uint32_t(one_of(8))}));
                break;
        }
    }
    return ops;
}

std::string json_of(const std::vector<Operation>& ops) {
    WorkshopState state;
    for (const auto& op : ops) state.apply(op);
    return canonical_json(state);
}

TEST(CanonicalJson, RandomPermutationsGiveIdenticalBytes) {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        auto ops = random_operations(seed, 300);
        const auto expected = json_of(ops);
        std::mt19937_64 shuffler(seed * 7919);
        for (int round = 0; round < 25; ++round) {
            std::shuffle(ops.begin(), ops.end(), shuffler);
            ASSERT_EQ(json_of(ops), expected) << "seed " << seed << ", permutation " << round;
        }
    }
}

TEST(CanonicalJson, RepeatsAndSubsetsMergedTwiceGiveTheSameBytes) {
    const auto ops = random_operations(42, 400);
    auto doubled = ops;
    doubled.insert(doubled.end(), ops.begin(), ops.begin() + 200);  // half imported twice
    std::shuffle(doubled.begin(), doubled.end(), std::mt19937_64(3));
    EXPECT_EQ(json_of(doubled), json_of(ops));
}

TEST(CanonicalJson, DifferentOperationsGiveDifferentBytes) {
    auto ops = random_operations(5, 200);
    const auto before = json_of(ops);
    ops.push_back(make_operation("tablet-z", 1, 999999, CaptureTextEdited{"c1", "laatste woord"}));
    CaptureAdded added;
    added.id = "c-new";
    added.session_id = "s1";
    ops.push_back(make_operation("tablet-z", 2, 999999, added));
    EXPECT_NE(json_of(ops), before);
}

TEST(CanonicalJson, EscapesTextAndKeepsUnicode) {
    CaptureAdded added;
    added.id = "c1";
    added.session_id = "s1";
    added.text = "Zeg \"hallo\"\nen één €\t\\";
    const auto json = json_of({make_operation("tablet-a", 1, 1, added)});
    EXPECT_NE(json.find(R"("text":"Zeg \"hallo\"\nen één €\t\\")"), std::string::npos) << json;
}

// Issue 15, item 9: whatever bytes a text holds (a member's bundle, a raw terminal), the
// JSON stays valid UTF-8 and no control character reaches a terminal or a log raw:
// invalid sequences become U+FFFD, control characters and DEL are escaped.
TEST(CanonicalJson, InvalidUtf8AndControlCharactersNeverLeaveRaw) {
    CaptureAdded added;
    added.id = "c1";
    added.session_id = "s1";
    const std::string raw("a\xff b\xc0\xaf c\xed\xa0\x80 d\xe2\x82 e\x1b[31m f\x7f g😀é");
    // What this store records is cleaned as it is written (core/model/text_rules.hpp), so
    // the raw bytes are patched into the payload, as an older store may hold them.
    added.text = std::string(raw.size(), '#');
    Operation op = make_operation("tablet-a", 1, 1, added);
    op.payload.replace(op.payload.find(added.text), raw.size(), raw);
    const auto json = json_of({op});
    const std::string replacement = "\xef\xbf\xbd";
    const std::string wanted = "\"text\":\"a" + replacement + " b" + replacement + replacement + " c" + replacement +
                               replacement + replacement + " d" + replacement + replacement + " e\\u001b[31m f\\u007f g😀é\"";
    EXPECT_NE(json.find(wanted), std::string::npos) << json;
}

}  // namespace
}  // namespace oogst
