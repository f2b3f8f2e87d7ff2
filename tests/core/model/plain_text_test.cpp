// The small cuts of text every room shares (core/model/plain_text.hpp): once copied into
// eight files with three different ideas of what a space is.
#include <gtest/gtest.h>

#include "core/model/plain_text.hpp"
#include "core/model/text_rules.hpp"

namespace oogst {
namespace {

TEST(PlainText, TrimmedTakesAwayEverySpaceAroundTheWordsAndKeepsThoseBetween) {
    EXPECT_EQ(trimmed("  Tafel 3 \t"), "Tafel 3");
    EXPECT_EQ(trimmed("\r\nMeer bomen\r\n"), "Meer bomen");  // a line from a Windows CSV
    EXPECT_EQ(trimmed("\v\fcafé\f"), "café");
    EXPECT_EQ(trimmed("een  twee"), "een  twee");
    EXPECT_EQ(trimmed(" \t\r\n "), "");
    EXPECT_EQ(trimmed(""), "");
    // A no-break space is a letter's neighbour in a name, not a space to cut.
    EXPECT_EQ(trimmed("\u00a0x\u00a0"), "\u00a0x\u00a0");
}

TEST(PlainText, BlankIsNothingButSpaces) {
    EXPECT_TRUE(blank(""));
    EXPECT_TRUE(blank(" \t\r\n\v\f"));
    EXPECT_FALSE(blank(" . "));
    EXPECT_FALSE(blank("\u00a0"));
}

TEST(PlainText, JoinedLeavesEmptyPartsOut) {
    EXPECT_EQ(joined({"2026-12-04", "2026-12-05"}), "2026-12-04, 2026-12-05");
    EXPECT_EQ(joined({"", "Roeselare", "", "12 tafels"}, " · "), "Roeselare · 12 tafels");
    EXPECT_EQ(joined({}), "");
    EXPECT_EQ(joined({"", ""}), "");
}

TEST(PlainText, AppendUtf8WritesEveryLengthAndReadsBack) {
    std::string text;
    for (const char32_t code : {U'a', U'é', U'€', U'🌳'}) append_utf8(text, code);
    EXPECT_EQ(text, "aé€🌳");
    std::size_t at = 0;
    for (const char32_t code : {U'a', U'é', U'€', U'🌳'}) {
        const std::size_t length = utf8_character_length(std::string_view(text).substr(at));
        ASSERT_GT(length, 0u);
        EXPECT_EQ(utf8_code_point(std::string_view(text).substr(at), length), code);
        at += length;
    }
}

}  // namespace
}  // namespace oogst
