#pragma once
// A Decidim proposal's title and body from a capture. Decidim wants a title (at least 15
// characters, at most 150) and a body; a note at a table has only its text.
#include <string>

namespace oogst {

struct ProposalText {
    std::string title, body;
};

// With own_title (an imported idea's survey_field::title): that title, and as body the
// text after it when the text starts with it. Otherwise the title is the text's first
// sentence, cut to its first twelve words ("…" when cut), with words added while it is
// shorter than 15 characters; nothing is padded. The body is the whole text. Never an
// empty title for a text that has words.
ProposalText proposal_text(const std::string& text, const std::string& own_title);

}  // namespace oogst
