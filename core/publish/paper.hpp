#pragma once
// The paper a publication is printed on, in PDF points (1/72 inch), portrait.
#include <optional>
#include <string_view>

namespace oogst {

enum class Paper { a4, a3 };

struct PaperSize {
    double width, height;
};

inline PaperSize size_of(Paper paper) {
    return paper == Paper::a3 ? PaperSize{841.89, 1190.55} : PaperSize{595.28, 841.89};
}

inline std::optional<Paper> parse_paper(std::string_view name) {
    if (name == "a4") return Paper::a4;
    if (name == "a3") return Paper::a3;
    return std::nullopt;
}

}  // namespace oogst
