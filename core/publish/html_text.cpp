#include "core/publish/html_text.hpp"

#include "core/model/text_rules.hpp"

namespace oogst {

std::string html_text(std::string_view text) {
    std::string html;
    html.reserve(text.size() + text.size() / 8);
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        const std::size_t length = utf8_character_length(text.substr(at));
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
