#pragma once
// Small cuts of plain text that every room needs: the words without the space around
// them, whether anything but space was typed, a list said as one line. (What a stored
// text may hold is text_rules.hpp.)
#include <string>
#include <string_view>
#include <vector>

namespace oogst {

// text without the spaces, tabs and line breaks around it; a view into text, so keep
// text alive while the result is used.
std::string_view trimmed(std::string_view text);

// Whether text holds nothing but spaces, tabs and line breaks (or nothing at all).
bool blank(std::string_view text);

// The parts that are not empty, in order, with between between them: {"a", "", "b"}
// gives "a, b".
std::string joined(const std::vector<std::string>& parts, std::string_view between = ", ");

}  // namespace oogst
