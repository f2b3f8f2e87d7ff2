#include "core/model/text_rules.hpp"

namespace oogst {
namespace {

constexpr std::string_view replacement = "\xef\xbf\xbd";  // U+FFFD

bool is_control(char32_t code) { return code < 0x20 || (code >= 0x7f && code <= 0x9f); }

bool allowed_control(char32_t code, TextShape shape) {
    return shape == TextShape::lines && (code == '\n' || code == '\t');
}

}  // namespace

std::size_t utf8_character_length(std::string_view text) {
    if (text.empty()) return 0;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char first = byte(0);
    if (first < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xbf;  // the second byte's range (RFC 3629)
    if (first >= 0xc2 && first <= 0xdf) length = 2;
    else if (first >= 0xe0 && first <= 0xef) {
        length = 3;
        if (first == 0xe0) low = 0xa0;       // no overlong forms
        else if (first == 0xed) high = 0x9f;  // no surrogate halves
    } else if (first >= 0xf0 && first <= 0xf4) {
        length = 4;
        if (first == 0xf0) low = 0x90;
        else if (first == 0xf4) high = 0x8f;  // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (text.size() < length) return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(i) < 0x80 || byte(i) > 0xbf) return 0;
    return length;
}

char32_t utf8_code_point(std::string_view text, std::size_t length) {
    const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[i])); };
    switch (length) {
        case 1: return byte(0);
        case 2: return (byte(0) & 0x1f) << 6 | (byte(1) & 0x3f);
        case 3: return (byte(0) & 0x0f) << 12 | (byte(1) & 0x3f) << 6 | (byte(2) & 0x3f);
        default: return (byte(0) & 0x07) << 18 | (byte(1) & 0x3f) << 12 | (byte(2) & 0x3f) << 6 | (byte(3) & 0x3f);
    }
}

TextFault text_fault(std::string_view text, TextShape shape) {
    for (std::size_t at = 0; at < text.size();) {
        const auto c = static_cast<unsigned char>(text[at]);
        if (c >= 0x20 && c < 0x7f) {  // plain ASCII, the usual case, without decoding
            ++at;
            continue;
        }
        const std::size_t length = utf8_character_length(text.substr(at));
        if (length == 0) return TextFault::not_utf8;
        const char32_t code = utf8_code_point(text.substr(at), length);
        if (is_control(code) && !allowed_control(code, shape)) return TextFault::control_character;
        at += length;
    }
    return TextFault::none;
}

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xc0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xe0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (code & 0x3f));
    }
}

std::string clean_text(std::string_view text, TextShape shape) {
    std::string kept;
    kept.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = utf8_character_length(text.substr(at));
        if (length == 0) {
            kept += replacement;
            ++at;
            continue;
        }
        const char32_t code = utf8_code_point(text.substr(at), length);
        if (!is_control(code) || allowed_control(code, shape)) {
            kept.append(text.substr(at, length));
        } else if (code == '\r') {
            kept += shape == TextShape::lines ? '\n' : ' ';
            if (at + 1 < text.size() && text[at + 1] == '\n') ++at;  // "\r\n" is one line break
        } else if (code == '\n' || code == '\t') {
            kept += ' ';  // a one-line text: words stay apart
        }
        at += length;
    }
    return kept;
}

}  // namespace oogst
