#include "core/publish/html_text.hpp"

namespace oogst {
namespace {

// The length of the well-formed UTF-8 sequence at text[at] (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF); 0 when it is broken.
std::size_t utf8_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the second byte's range
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
    return length;
}

}  // namespace

std::string html_text(std::string_view text) {
    std::string html;
    html.reserve(text.size() + text.size() / 8);
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        const std::size_t length = utf8_length(text, at);
        if (length == 0) {
            html += "\xEF\xBF\xBD";  // U+FFFD, the replacement character
            ++at;
            continue;
        }
        if (length > 1) {
            html.append(text, at, length);
            at += length;
            continue;
        }
        switch (c) {
            case '&': html += "&amp;"; break;
            case '<': html += "&lt;"; break;
            case '>': html += "&gt;"; break;
            case '"': html += "&quot;"; break;
            case '\'': html += "&#39;"; break;
            case '\n':
            case '\t': html += c; break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) html += c;
                break;
        }
        ++at;
    }
    return html;
}

}  // namespace oogst
