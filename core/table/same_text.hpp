#pragma once
// When two notes at a table say the same thing. Tables write the same idea twice
// ("Meer groen!" and "meer groen"), and a scoring round must count such an idea once,
// with how many notes said it, rather than split its votes over copies.
#include <string>
#include <string_view>

namespace oogst {

// The text as it is compared: two notes say the same when their folded texts are equal
// and not empty. Folding lowers the case, takes the accents off Latin letters
// (é → e, ç → c, œ → oe, ĳ → ij, ß → ss), makes typographic quotes plain, drops
// whitespace and punctuation at both ends, and makes every run of whitespace inside
// one space. Punctuation inside the text stays: "groen, geen beton" and "groen geen
// beton" may be meant differently. Letters outside Latin are kept as they are.
std::string folded_text(std::string_view utf8);

}  // namespace oogst
