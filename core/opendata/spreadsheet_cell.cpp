#include "core/opendata/spreadsheet_cell.hpp"

namespace oogst {

bool formula_like(std::string_view text) {
    if (text.empty()) return false;
    switch (text.front()) {
        case '=': case '+': case '-': case '@': case '\t': case '\r': return true;
        default: return false;
    }
}

std::string safe_cell(std::string_view text) {
    if (formula_like(text)) return "'" + std::string(text);
    return std::string(text);
}

}  // namespace oogst
