#pragma once
// Small text rules the preparation steps share: names are compared as a person reads
// them, without surrounding spaces and without regard to case.
#include <string>
#include <string_view>

namespace oogst {

// trimmed (plain_text.hpp), as a string of its own.
std::string trim(std::string_view text);
// Trimmed and with ASCII letters in lower case: "Tafel 1 " and "tafel 1" are one name.
std::string name_key(std::string_view name);

}  // namespace oogst
