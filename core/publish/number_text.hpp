#pragma once
// Numbers as each language prints them: 1.234 and 4,2 in Dutch, 1 234 and 4,2 in French
// (a narrow no-break space, which the publications' fonts have), 1,234 and 4.2 in English.
#include <string>

#include "core/assets/language.hpp"

namespace oogst {

std::string count_text(Language language, long long count);
// One decimal: "4,2".
std::string decimal_text(Language language, double value);

}  // namespace oogst
