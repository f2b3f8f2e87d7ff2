#pragma once
// Editing UTF-8 text one character at a time, as a keyboard does: the app's text
// fields keep their text as UTF-8 and only ever add at the end or take off the last
// character. Pure functions, no ImGui context needed.
#include <cstddef>
#include <string>
#include <string_view>

namespace oogst::app::utf8 {

// Adds code_point to text, encoded as UTF-8. Surrogate halves and values past U+10FFFF
// are not characters and are ignored. True when something was added.
bool append(std::string& text, char32_t code_point);

// Takes the last character (all of its bytes) off text. A stray continuation byte at
// the end goes with the byte before it, as a broken character, so Backspace never
// leaves half a character behind. False when text was empty.
bool erase_last(std::string& text);

// The number of characters (code points) in text.
std::size_t length(std::string_view text);

}  // namespace oogst::app::utf8
