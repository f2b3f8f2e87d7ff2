#include "app/widgets/keyboard/utf8_edit.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace oogst::app::utf8 {
namespace {

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

bool append(std::string& text, char32_t code_point) {
    if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return false;
    char encoded[5];
    text += ImTextCharToUtf8(encoded, static_cast<unsigned int>(code_point));  // ImGui's encoder, context-free
    return true;
}

bool erase_last(std::string& text) {
    if (text.empty()) return false;
    // A UTF-8 character is one lead byte and at most three continuation bytes.
    std::size_t start = text.size() - 1;
    for (int taken = 0; start > 0 && is_continuation(text[start]) && taken < 3; ++taken) --start;
    text.erase(start);
    return true;
}

std::size_t length(std::string_view text) {
    std::size_t count = 0;
    for (const char byte : text) count += !is_continuation(byte);
    return count;
}

}  // namespace oogst::app::utf8
