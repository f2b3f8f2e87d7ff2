#pragma once
// Dutch writes compounds as one word: "stadspark", "fietspaden", "speeltuin". Split
// into their parts, "stadspark" meets "park" and "fietspaden" meets "fiets". A word is
// split where both parts are known words: from Debian's word list (wdutch,
// /usr/share/dict/dutch) when the machine has it, and always from the words the
// workshop's own notes use, so a machine without the list still splits "buurtfeest"
// once some note says "buurt" and another "feest".
#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

namespace oogst {

// A list of known words, folded; looked up only, never listed, so no hash order leaks.
class WordList {
public:
    explicit WordList(const std::filesystem::path& path);  // empty when the file is missing
    bool contains(const std::string& word) const { return words_.count(word) > 0; }
    std::size_t size() const { return words_.size(); }
    // Debian's Dutch word list, read once (400,000 words: a tenth of a second).
    static const WordList& debian();

private:
    std::unordered_set<std::string> words_;
};

class CompoundWords {
public:
    // Known words: those of the list (none when it is null) and the workshop's own.
    explicit CompoundWords(const std::vector<std::string>& own, const WordList* list = &WordList::debian());

    // The two parts of a folded word ("stads"+"park" gives {"stad", "park"}, the linking
    // -s- or -e- dropped), or nothing when it is not a compound of known words. Of the
    // ways to split, the most even one wins: "fietsen|stalling", not "fiets|enstalling".
    std::vector<std::string> parts(const std::string& folded_word) const;

    static std::filesystem::path debian_word_list() { return "/usr/share/dict/dutch"; }

private:
    // A part of three letters only when the workshop's notes use it as a word ("bos",
    // "bad"): the list holds too many short ones ("par" makes "par|keren").
    bool known(const std::string& word) const {
        return own_.count(word) > 0 || (word.size() > 3 && list_ && list_->contains(word));
    }
    std::unordered_set<std::string> own_;
    const WordList* list_;
};

}  // namespace oogst
