#pragma once
// The little words that say nothing about a dream ("de", "het", "meer", "le", "the"),
// per language, from assets/sense/stopwords-<language>.txt: a facilitator can add a
// word without a rebuild. One word a line, folded (no accents, lower case); # comments.
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace oogst {

// The languages the engine prepares text in; the first is the default.
inline const std::vector<std::string> sense_languages = {"nl", "fr", "en"};

class Stopwords {
public:
    // Reads stopwords-nl.txt, -fr.txt, -en.txt in folder (assets/sense); a missing file
    // is a UserError naming it.
    static Stopwords load(const std::filesystem::path& folder);
    // The lists of assets_folder() (the app's assets, or $OOGST_ASSETS), read once.
    static const Stopwords& standard();

    bool contains(const std::string& language, const std::string& folded_word) const;
    // How many of the words are stopwords of language: the language guess counts them.
    int count(const std::string& language, const std::vector<std::string>& folded_words) const;

private:
    std::map<std::string, std::set<std::string>> words_;  // by language
};

}  // namespace oogst
