#include "core/spreadsheet/text_encoding.hpp"

#include <array>

#include "core/model/text_rules.hpp"

namespace oogst {
namespace {

// 0x80-0x9f of Windows-1252 (€, ‚, „, …, ‘, ’, “, ”, –, —, œ, Ÿ, …); 0 where it has none.
constexpr std::array<char32_t, 32> cp1252_high = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017d, 0,      0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
    0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178};

std::optional<std::string> from_cp1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x80) out += byte;
        else if (c < 0xa0) {
            if (!cp1252_high[c - 0x80]) return std::nullopt;
            append_utf8(out, cp1252_high[c - 0x80]);
        } else append_utf8(out, c);  // Latin-1: é, è, ë, ç, …
    }
    return out;
}

}  // namespace

bool is_utf8(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        std::size_t extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xe ? 2 : (c >> 3) == 0x1e ? 3 : 9;
        if (extra == 9 || c == 0xc0 || c == 0xc1 || c > 0xf4) return false;
        if (extra > 0 && i + extra >= bytes.size()) return false;  // cut off at the end
        for (std::size_t k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) >> 6) != 0x2) return false;
        i += extra + 1;
    }
    return true;
}

std::optional<std::string> spreadsheet_text(std::string_view bytes) {
    if (bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') || (bytes[0] == '\xfe' && bytes[1] == '\xff')))
        return std::nullopt;  // UTF-16 ("Unicode text"): not CSV as asked
    if (bytes.substr(0, 3) == "\xef\xbb\xbf") bytes.remove_prefix(3);
    if (bytes.find('\0') != std::string_view::npos) return std::nullopt;
    if (is_utf8(bytes)) return std::string(bytes);
    return from_cp1252(bytes);
}

}  // namespace oogst
