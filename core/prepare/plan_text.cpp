#include "core/prepare/plan_text.hpp"

#include "core/model/plain_text.hpp"

namespace oogst {

std::string trim(std::string_view text) { return std::string(trimmed(text)); }

std::string name_key(std::string_view name) {
    std::string key = trim(name);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return key;
}

}  // namespace oogst
