#pragma once
// Options whose words become stored text (names, titles, notes) are checked before
// anything runs (issue 15, input hygiene): words that are not valid UTF-8 (a terminal
// set to Latin-1) or hold control characters (an escape sequence pasted with a name)
// are refused with a sentence naming the option, and nothing is stored. The rules are
// core/model/text_rules.hpp's, as the store applies them to member bundles.
#include <CLI/CLI.hpp>

namespace oogst::cli {

// A name, a title, a date, a short answer: one line.
const CLI::Validator& one_line_text();
// A note or a description: line breaks and tabs allowed.
const CLI::Validator& text_lines();

}  // namespace oogst::cli
