#pragma once
// Words related in meaning, offline, from Debian's FreeDict dictionaries: "bioscoop" and
// "cinema" share no letters, yet a facilitator files them together. Two Dutch words are
// related when the Dutch-English dictionary (dict-freedict-nld-eng) translates both to
// the same English word, and that English word is the translation of only a few Dutch
// words ("proud": fier, trots, prat; not "make", which a hundred translate to). A French
// word is related to its Dutch translations (dict-freedict-fra-nld: "vélo" to fiets,
// rijwiel, tweewieler), so a French note meets the Dutch keys. Without the dictionaries
// every word is related to none, and suggestions are made as before.
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace oogst {

class RelatedWords {
public:
    // Reads freedict-nld-eng and freedict-fra-nld (.dict.dz, gzip) in folder; what is
    // missing stays empty.
    explicit RelatedWords(const std::filesystem::path& folder);
    // The dictionaries in /usr/share/dictd, read once.
    static const RelatedWords& debian();

    // The Dutch words (folded, sorted) related to a folded word of the language ("nl" or
    // "fr"): the word's own when the dictionary lists it, else those of the dictionary's
    // words of the same stem (the word's stem as Stemmers gives it), so a plural the
    // dictionary lacks is found by its singular. Empty when none.
    const std::vector<std::string>& related(const std::string& language, const std::string& folded_word,
                                            const std::string& stem) const;

    bool empty() const { return dutch_.empty() && french_.empty(); }

private:
    using Table = std::unordered_map<std::string, std::vector<std::string>>;  // looked up only
    Table dutch_, french_;
    Table dutch_by_stem_, french_by_stem_;
};

}  // namespace oogst
