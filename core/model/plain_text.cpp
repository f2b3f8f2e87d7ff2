#include "core/model/plain_text.hpp"

namespace oogst {
namespace {

constexpr std::string_view space = " \t\r\n\v\f";

}  // namespace

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

bool blank(std::string_view text) { return text.find_first_not_of(space) == std::string_view::npos; }

std::string joined(const std::vector<std::string>& parts, std::string_view between) {
    std::string text;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!text.empty()) text += between;
        text += part;
    }
    return text;
}

}  // namespace oogst
