#include "core/sense/words/related_words.hpp"

#include <zlib.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/sense/words/stemmer.hpp"
#include "core/table/same_text.hpp"

namespace oogst {
namespace {

// An English word that translates more Dutch words than this is too broad to relate
// them ("keep", "make"); at 4, "proud" (fier, trots, prat) and "cinema" still do.
constexpr std::size_t broadest_translation = 4;

// Debian's dictionaries unpack to 2 MB (Dutch-English) and 0.7 MB (French-Dutch); a file
// that unpacks to far more is not one of them, and is read no further.
constexpr std::size_t largest_dictionary = std::size_t{64} << 20;

// The text of a dictd file (.dict.dz is gzip with an index of its blocks; read whole it
// is plain gzip). Empty when it cannot be read or is far too large.
std::string gunzipped(const std::filesystem::path& path) {
    gzFile file = gzopen(path.c_str(), "rb");
    if (!file) return {};
    std::string text;
    char buffer[1 << 16];
    for (int got; (got = gzread(file, buffer, sizeof buffer)) > 0;) {
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > largest_dictionary) {
            text.clear();
            break;
        }
    }
    gzclose(file);
    return text;
}

bool plain_word(const std::string& word) {
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Headword (folded, one plain word) → its translations (folded, one plain word each),
// from dictd's text: an entry is a line "word /pronunciation/" followed by lines of
// translations, comma-separated, numbered "1. " when there are several senses.
std::map<std::string, std::set<std::string>> entries(const std::string& text) {
    std::map<std::string, std::set<std::string>> found;
    std::set<std::string>* current = nullptr;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(at, end - at);
        at = end + 1;
        const std::size_t slash = line.find(" /");
        if (!line.empty() && line.front() != ' ' && slash != std::string::npos && line.back() == '/') {
            const std::string head = folded_text(line.substr(0, slash));
            current = plain_word(head) ? &found[head] : nullptr;
            continue;
        }
        if (!current) continue;
        std::size_t from = line.find_first_not_of(' ');
        if (from == std::string::npos) continue;
        if (const std::size_t dot = line.find(". ", from);
            dot != std::string::npos &&
            std::all_of(line.begin() + from, line.begin() + dot, [](char c) { return c >= '0' && c <= '9'; }))
            from = dot + 2;
        for (std::size_t comma; from < line.size(); from = comma + 1) {
            comma = line.find(',', from);
            if (comma == std::string::npos) comma = line.size();
            std::string word = folded_text(line.substr(from, comma - from));
            word.erase(0, word.find_first_not_of(' '));
            word.erase(word.find_last_not_of(' ') + 1);
            if (plain_word(word)) current->insert(std::move(word));
        }
    }
    return found;
}

}  // namespace

RelatedWords::RelatedWords(const std::filesystem::path& folder) {
    Stemmers stemmers;
    // Dutch: words that share a narrow English translation.
    const auto dutch = entries(gunzipped(folder / "freedict-nld-eng.dict.dz"));
    std::map<std::string, std::set<std::string>> by_translation;
    for (const auto& [word, translations] : dutch)
        for (const std::string& english : translations) by_translation[english].insert(word);
    for (const auto& [word, translations] : dutch) {
        std::set<std::string> related;
        for (const std::string& english : translations) {
            const auto& others = by_translation[english];
            if (others.size() <= broadest_translation) related.insert(others.begin(), others.end());
        }
        related.erase(word);
        // Kept when empty: a dictionary word whose translations were all too broad has
        // no related words, rather than those of another word of its stem.
        dutch_[word] = {related.begin(), related.end()};
    }
    // French: a word's Dutch translations.
    for (const auto& [word, translations] : entries(gunzipped(folder / "freedict-fra-nld.dict.dz")))
        if (!translations.empty()) french_[word] = {translations.begin(), translations.end()};

    // The same by stem, for the forms a note writes ("fietsen", "parcs"); where two
    // dictionary words share a stem, their related words are merged.
    for (auto [table, by_stem, language] : {std::tuple{&dutch_, &dutch_by_stem_, "nl"},
                                            std::tuple{&french_, &french_by_stem_, "fr"}}) {
        std::map<std::string, std::set<std::string>> merged;
        for (const auto& [word, related] : *table)  // merged is ordered: the same lists every run
            merged[stemmers.stem(language, word)].insert(related.begin(), related.end());
        for (auto& [stem, related] : merged)
            if (!related.empty()) (*by_stem)[stem] = {related.begin(), related.end()};
    }
}

const RelatedWords& RelatedWords::debian() {
    static const RelatedWords words("/usr/share/dictd");
    return words;
}

const std::vector<std::string>& RelatedWords::related(const std::string& language, const std::string& folded_word,
                                                      const std::string& stem) const {
    static const std::vector<std::string> none;
    const bool french = language == "fr";
    if (!french && language != "nl") return none;
    const Table& table = french ? french_ : dutch_;
    if (const auto found = table.find(folded_word); found != table.end()) return found->second;
    // French Snowball keeps a plural's s after a vowel ("velos"), so a French
    // plural is looked up as its singular too.
    if (french && folded_word.size() > 3 && (folded_word.back() == 's' || folded_word.back() == 'x'))
        if (const auto found = table.find(folded_word.substr(0, folded_word.size() - 1)); found != table.end())
            return found->second;
    const Table& by_stem = french ? french_by_stem_ : dutch_by_stem_;
    if (const auto found = by_stem.find(stem); found != by_stem.end()) return found->second;
    return none;
}

}  // namespace oogst
