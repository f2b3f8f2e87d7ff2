#pragma once
// Text from a workshop written into an HTML page. A child's poem may hold "<" or "&",
// and a bundle merged from another device may hold broken UTF-8 or control characters:
// on the page each must read as the text it is, never as markup, and the page must
// stay valid UTF-8 wherever it is opened.
#include <string>
#include <string_view>

namespace oogst {

// text with & < > " ' as character references (so it is safe between tags and inside a
// quoted attribute), each broken UTF-8 sequence as U+FFFD, and control characters left
// out except the line break and the tab.
std::string html_text(std::string_view text);

}  // namespace oogst
