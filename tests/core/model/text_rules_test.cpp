// What a stored text may hold (issue 15, input hygiene): the rules, the cleaning of what
// this store records, and the refusal of what comes from elsewhere.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/model/operation_check.hpp"
#include "core/model/payloads.hpp"
#include "core/model/text_rules.hpp"
#include "core/model/wire.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst {
namespace {

TEST(TextRules, ValidUtf8WithoutControlCharactersPasses) {
    for (const char* text : {"", "Tafel 3", "café", "€ 5", "日本", "🌳 park", "Ŷ\u00a0x"}) {
        EXPECT_EQ(text_fault(text, TextShape::line), TextFault::none) << text;
        EXPECT_EQ(clean_text(text, TextShape::line), text);
    }
    EXPECT_EQ(text_fault("een\nnotitie\tmet tab", TextShape::lines), TextFault::none);
}

TEST(TextRules, WhatIsNotUtf8IsFound) {
    for (const char* text : {"caf\xe9", "\xc3", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xff",
                             "ok\x80"})
        EXPECT_EQ(text_fault(text, TextShape::lines), TextFault::not_utf8) << text;
}

TEST(TextRules, ControlCharactersAreFoundAndLinesOnlyWhereAllowed) {
    for (const char* text : {"Tafel\x1b[31m", "a\x07", "a\x7f", "a\xc2\x9b" "b", "a\rb"})
        EXPECT_EQ(text_fault(text, TextShape::lines), TextFault::control_character) << text;
    EXPECT_EQ(text_fault("Tafel\n3", TextShape::line), TextFault::control_character);
    EXPECT_EQ(text_fault("Tafel\t3", TextShape::line), TextFault::control_character);
    EXPECT_EQ(text_fault(std::string("a\0b", 3), TextShape::lines), TextFault::control_character);
}

TEST(TextRules, CleaningKeepsWhatCanBeKept) {
    EXPECT_EQ(clean_text("caf\xe9!", TextShape::line), "caf\xef\xbf\xbd!");
    EXPECT_EQ(clean_text("\x1b[31mrood\x1b[0m", TextShape::line), "[31mrood[0m");
    EXPECT_EQ(clean_text("Tafel\r\n3\t(b)", TextShape::line), "Tafel 3 (b)");
    EXPECT_EQ(clean_text("een\r\ntwee\rdrie\tvier\x07", TextShape::lines), "een\ntwee\ndrie\tvier");
    for (const char* text : {"caf\xe9", "\xf4\x90\x80\x80x", "a\xc2\x9b", "\xc3"})
        EXPECT_EQ(text_fault(clean_text(text, TextShape::line), TextShape::line), TextFault::none);
}

// What this store records is cleaned as it is written, whatever screen or command hands
// it over: the fold never meets a raw escape sequence or broken UTF-8 of its own making.
TEST(TextRules, RecordedTextsAreCleanedWhenWritten) {
    SessionSet session;
    session.id = "s1";
    session.table_name = "Tafel\x1b[2J 3";
    session.ambassador = "Jo\xe9l";
    const auto read = wire::decode<SessionSet>(wire::encode(session));
    EXPECT_EQ(read.table_name, "Tafel[2J 3");
    EXPECT_EQ(read.ambassador, "Jo\xef\xbf\xbdl");
    CaptureTextEdited edit{"c1", "een\r\nnotitie\x07"};
    EXPECT_EQ(wire::decode<CaptureTextEdited>(wire::encode(edit)).text, "een\nnotitie");
}

// An operation whose bytes hold broken text, as a member's device could send it: the
// writer cleans, so the bytes are patched after encoding.
Operation patched(OperationKind kind, std::string payload, std::string_view from, std::string_view to) {
    const auto at = payload.find(from);
    EXPECT_NE(at, std::string::npos);
    payload.replace(at, from.size(), to);
    return Operation{{"d1", 1}, {1, 0}, kind, std::move(payload)};
}

TEST(TextRules, OperationsFromElsewhereWithBrokenTextsAreRefused) {
    SessionSet session;
    session.id = "s1";
    session.table_name = "Tafel_3";
    const std::string bytes = wire::encode(session);
    const auto control = patched(OperationKind::session_set, bytes, "Tafel_3", "Tafel\x1b" "3");
    const auto broken = patched(OperationKind::session_set, bytes, "Tafel_3", "Tafel\xff" "3");
    try {
        check_operation(control);
        ADD_FAILURE() << "a table name with an escape character was accepted";
    } catch (const FormatError& error) {
        EXPECT_NE(std::string(error.what()).find("control character"), std::string::npos) << error.what();
    }
    try {
        check_operation(broken);
        ADD_FAILURE() << "a table name that is not UTF-8 was accepted";
    } catch (const FormatError& error) {
        EXPECT_NE(std::string(error.what()).find("UTF-8"), std::string::npos) << error.what();
    }
    // This store's own older operations still read, and the fold takes them.
    EXPECT_NO_THROW(check_operation(control, TextCheck::as_stored));
    WorkshopState state;
    EXPECT_NO_THROW(state.apply(control));
    EXPECT_FALSE(wire::check_texts);  // the check does not outlive the operation it was for
}

TEST(TextRules, ANotesLineBreaksAreWelcomeButATitlesAreNot) {
    const auto note = patched(OperationKind::capture_text_edited, wire::encode(CaptureTextEdited{"c1", "een_twee"}),
                              "een_twee", "een\ntwee");
    EXPECT_NO_THROW(check_operation(note));
    ThemeSet key;
    key.id = "k1";
    key.name = "Groen_park";
    const auto title = patched(OperationKind::theme_set, wire::encode(key), "Groen_park", "Groen\npark");
    EXPECT_THROW(check_operation(title), FormatError);
}

}  // namespace
}  // namespace oogst
