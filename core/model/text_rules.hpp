#pragma once
// What a stored text may hold (issue 15, input hygiene): valid UTF-8, and no control
// characters (C0, DEL, C1), which would reach terminals and logs raw; only a text that
// may run over several lines (a note, a description) keeps its line breaks and tabs.
// wire::line and wire::lines (wire.hpp) apply these rules to every text of an
// operation: texts from elsewhere are refused, texts recorded here are cleaned.
#include <string>
#include <string_view>

namespace oogst {

enum class TextShape {
    line,   // a name, a title, an id: one line
    lines,  // a note, a description: line breaks (\n) and tabs allowed
};

enum class TextFault { none, not_utf8, control_character };

// The first thing wrong with text, or none.
TextFault text_fault(std::string_view text, TextShape shape);

// text as it may be stored: what is not UTF-8 becomes U+FFFD; in a one-line text a line
// break or tab becomes a space; "\r\n" and a lone "\r" become "\n" where lines are
// allowed; other control characters are left out.
std::string clean_text(std::string_view text, TextShape shape);

// The length of the UTF-8 character at the start of text (1 to 4), 0 when it is not one:
// a stray or cut-off byte, an overlong form, a surrogate half, past U+10FFFF.
std::size_t utf8_character_length(std::string_view text);

// The code point of the character that starts text, when utf8_character_length > 0.
char32_t utf8_code_point(std::string_view text, std::size_t length);

// Appends code (at most U+10FFFF) to out as UTF-8.
void append_utf8(std::string& out, char32_t code);

}  // namespace oogst
