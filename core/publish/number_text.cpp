#include "core/publish/number_text.hpp"

#include <cmath>
#include <cstdio>

namespace oogst {

std::string count_text(Language language, long long count) {
    std::string digits = std::to_string(count < 0 ? -count : count);
    const char* separator = language == Language::nl ? "." : language == Language::fr ? "\u202f" : ",";
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), separator);
    return count < 0 ? "-" + digits : digits;
}

std::string decimal_text(Language language, double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", std::isfinite(value) ? value : 0.0);
    std::string result = text;
    if (language != Language::en)
        for (char& c : result)
            if (c == '.') c = ',';
    return result;
}

}  // namespace oogst
