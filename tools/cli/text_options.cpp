#include "tools/cli/text_options.hpp"

#include "core/model/text_rules.hpp"

namespace oogst::cli {
namespace {

// CLI11 puts the option's name in front: "--name: is not valid UTF-8 …".
std::string problem(const std::string& words, TextShape shape) {
    switch (text_fault(words, shape)) {
        case TextFault::none: return {};
        case TextFault::not_utf8:
            return "is not valid UTF-8 text (is the terminal set to another encoding?), so nothing was stored";
        case TextFault::control_character:
            return shape == TextShape::line
                       ? "holds a control character (a line break, a tab or a terminal code), which a name or title "
                         "cannot hold, so nothing was stored"
                       : "holds a control character (a terminal code) that a text cannot hold, so nothing was stored";
    }
    return {};
}

}  // namespace

const CLI::Validator& one_line_text() {
    static const CLI::Validator made([](std::string& words) { return problem(words, TextShape::line); }, "TEXT");
    return made;
}

const CLI::Validator& text_lines() {
    static const CLI::Validator made([](std::string& words) { return problem(words, TextShape::lines); }, "TEXT");
    return made;
}

}  // namespace oogst::cli
