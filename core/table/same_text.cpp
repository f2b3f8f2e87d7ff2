#include "core/table/same_text.hpp"

#include <array>
#include <cstdint>
#include <vector>

#include "core/model/text_rules.hpp"

namespace oogst {
namespace {

// The lower-case letters without accents of U+00C0-U+00FF and U+0100-U+017F, as runs
// of code points that fold to the same letters. "" keeps the character (× and ÷).
struct Run {
    int count;
    const char* folded;
};

constexpr Run latin1_half[] = {{6, "a"}, {1, "ae"}, {1, "c"}, {4, "e"}, {4, "i"}, {1, "d"}, {1, "n"},
                               {5, "o"}, {1, ""},   {1, "o"}, {4, "u"}, {1, "y"}, {1, "th"}, {1, "ss"}};
constexpr Run latin_extended_a[] = {{6, "a"},  {8, "c"},  {4, "d"}, {10, "e"}, {8, "g"}, {4, "h"}, {10, "i"},
                                    {2, "ij"}, {2, "j"},  {3, "k"}, {10, "l"}, {9, "n"}, {6, "o"}, {2, "oe"},
                                    {6, "r"},  {8, "s"},  {6, "t"}, {12, "u"}, {2, "w"}, {3, "y"}, {6, "z"},
                                    {1, "s"}};

// U+00C0 + i → folded letters, for i in 0..63; U+0100 + i for i in 0..127.
struct Tables {
    std::array<const char*, 64> latin1{};
    std::array<const char*, 128> extended{};
    Tables() {
        std::size_t at = 0;
        for (int half = 0; half < 2; ++half)
            for (const Run& run : latin1_half)
                for (int i = 0; i < run.count; ++i) latin1[at++] = run.folded;
        latin1[0xFF - 0xC0] = "y";  // ÿ, where the upper half has ß
        at = 0;
        for (const Run& run : latin_extended_a)
            for (int i = 0; i < run.count; ++i) extended[at++] = run.folded;
    }
};

const Tables& tables() {
    static const Tables built;
    return built;
}

// Beyond Unicode: a byte that starts no valid UTF-8 sequence, kept as it was.
constexpr std::uint32_t raw_byte = 0x110000;

// Decodes UTF-8; a byte that does not start a valid sequence stands for itself, so
// folding never throws on what a keyboard or an old file produced.
std::vector<std::uint32_t> code_points(std::string_view text) {
    std::vector<std::uint32_t> points;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
        bool valid = length > 0 && i + length <= text.size();
        std::uint32_t point = length == 1 ? byte : length == 2 ? byte & 0x1F : length == 3 ? byte & 0x0F : byte & 0x07;
        for (int k = 1; valid && k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            valid = (next & 0xC0) == 0x80;
            point = (point << 6) | (next & 0x3F);
        }
        if (!valid) {
            points.push_back(raw_byte | byte);
            ++i;
            continue;
        }
        points.push_back(point);
        i += length;
    }
    return points;
}

bool is_space(std::uint32_t point) {
    return point == ' ' || (point >= '\t' && point <= '\r') || point == 0xA0 || point == 0x2009 || point == 0x202F;
}

bool is_punctuation(std::uint32_t point) {
    if (point < 0x80) return (point >= '!' && point <= '/') || (point >= ':' && point <= '@') ||
                             (point >= '[' && point <= '`') || (point >= '{' && point <= '~');
    switch (point) {
        case 0xA1: case 0xAB: case 0xBB: case 0xBF:                      // ¡ « » ¿
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:  // dashes
        case 0x2018: case 0x2019: case 0x201A: case 0x201C: case 0x201D:  // quotes
        case 0x201E: case 0x2026: case 0x2039: case 0x203A:              // „ … ‹ ›
            return true;
        default: return false;
    }
}

// One code point, folded, appended to out.
void append_folded(std::string& out, std::uint32_t point) {
    if (point >= raw_byte) {
        out += static_cast<char>(point & 0xFF);
    } else if (point >= 'A' && point <= 'Z') {
        out += static_cast<char>(point - 'A' + 'a');
    } else if (point >= 0xC0 && point <= 0xFF && *tables().latin1[point - 0xC0]) {
        out += tables().latin1[point - 0xC0];
    } else if (point >= 0x100 && point <= 0x17F) {
        out += tables().extended[point - 0x100];
    } else if (point == 0x2018 || point == 0x2019) {
        out += '\'';
    } else if (point == 0x201C || point == 0x201D) {
        out += '"';
    } else {
        append_utf8(out, static_cast<char32_t>(point));
    }
}

}  // namespace

std::string folded_text(std::string_view utf8) {
    const std::vector<std::uint32_t> points = code_points(utf8);
    std::size_t begin = 0, end = points.size();
    while (begin < end && (is_space(points[begin]) || is_punctuation(points[begin]))) ++begin;
    while (end > begin && (is_space(points[end - 1]) || is_punctuation(points[end - 1]))) --end;
    std::string folded;
    folded.reserve(end - begin);
    bool in_space = false;
    for (std::size_t i = begin; i < end; ++i) {
        if (is_space(points[i])) {
            in_space = true;
            continue;
        }
        if (in_space) folded += ' ';
        in_space = false;
        append_folded(folded, points[i]);
    }
    return folded;
}

}  // namespace oogst
