#include "core/sense/words/compound_words.hpp"

#include <algorithm>
#include <fstream>

#include "core/table/same_text.hpp"

namespace oogst {
namespace {

// Parts shorter than this are mostly chance ("a", "en", "pa" are words too).
constexpr std::size_t shortest_part = 3;
constexpr std::size_t shortest_compound = 7;

bool part_candidate(const std::string& word) {
    return word.size() >= shortest_part &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

WordList::WordList(const std::filesystem::path& path) {
    std::ifstream file(path);
    for (std::string line; std::getline(file, line);) {
        // Names ("Roeselare") are in the list too; only lower-case words are parts.
        if (line.empty() || (line.front() >= 'A' && line.front() <= 'Z')) continue;
        std::string word = folded_text(line);
        if (part_candidate(word)) words_.insert(std::move(word));
    }
}

const WordList& WordList::debian() {
    static const WordList list(CompoundWords::debian_word_list());
    return list;
}

CompoundWords::CompoundWords(const std::vector<std::string>& own, const WordList* list) : list_(list) {
    for (const std::string& word : own)
        if (part_candidate(word)) own_.insert(word);
}

std::vector<std::string> CompoundWords::parts(const std::string& word) const {
    if (word.size() < shortest_compound) return {};
    std::vector<std::string> best;
    std::size_t best_evenness = 0;
    for (std::size_t cut = shortest_part; cut + shortest_part <= word.size(); ++cut) {
        const std::string tail = word.substr(cut);
        // A tail that starts with an e is mostly an ending, not a word: "park|eren".
        if (tail.front() == 'e' || !known(tail)) continue;
        std::string head = word.substr(0, cut);
        // The linking -s- and -e- of "stadspark", "zonnepaneel": dropped when the head
        // without it is a word ("stads" is in the list too, but "stad" is what meets).
        // A linking -e- only before a long tail: "park|e|ren" is "parkeren".
        const char last = head.back();
        const bool linking = (last == 's' || (last == 'e' && tail.size() >= 5)) && head.size() > shortest_part &&
                             known(head.substr(0, head.size() - 1));
        if (linking) head.pop_back();
        else if (!known(head)) continue;
        const std::size_t evenness = std::min(head.size(), tail.size());
        if (evenness > best_evenness) best = {head, tail}, best_evenness = evenness;
    }
    return best;
}

}  // namespace oogst
