// What oogst-cli prints is made safe for a terminal (issue 15, input hygiene): control
// characters shown as \xNN, what is not UTF-8 as U+FFFD, the rest unchanged, also when a
// character reaches the stream in two writes.
#include <gtest/gtest.h>

#include <sstream>

#include "tools/cli/terminal_output.hpp"

namespace oogst::cli {
namespace {

TEST(TerminalOutput, PlainTextAndJsonPassUnchanged) {
    for (const char* text : {"Tafel 3 (Jo): 4 captures\n", "{\"name\":\"caf\xc3\xa9 \xf0\x9f\x8c\xb3\"}\n", "a\tb\n", ""})
        EXPECT_EQ(terminal_text(text), text);
}

TEST(TerminalOutput, ControlCharactersAreShownNotObeyed) {
    EXPECT_EQ(terminal_text("Tafel\x1b[2J\r3\x07\x7f"), "Tafel\\x1b[2J\\x0d3\\x07\\x7f");
    EXPECT_EQ(terminal_text("a\xc2\x9b" "31mb"), "a\\u009b31mb");  // C1's CSI
    EXPECT_EQ(terminal_text(std::string("a\0b", 3)), "a\\x00b");
}

TEST(TerminalOutput, WhatIsNotUtf8BecomesAReplacementCharacter) {
    EXPECT_EQ(terminal_text("caf\xe9!"), "caf\xef\xbf\xbd!");
    EXPECT_EQ(terminal_text("x\xc3"), "x\xef\xbf\xbd");              // cut off at the end
    EXPECT_EQ(terminal_text("\xed\xa0\x80y"), "\xef\xbf\xbdy");      // a surrogate half
    EXPECT_EQ(terminal_text("\xe2\x82z"), "\xef\xbf\xbdz");          // stopped short
}

TEST(TerminalOutput, ACharacterSplitOverTwoWritesArrivesWhole) {
    std::ostringstream target;
    {
        TerminalOutput safe(target.rdbuf());
        std::ostream out(&safe);
        out << "caf\xc3";
        out << "\xa9 \xe2\x82";
        out << "\xac\n" << std::flush;
    }
    EXPECT_EQ(target.str(), "caf\xc3\xa9 \xe2\x82\xac\n");
}

}  // namespace
}  // namespace oogst::cli
