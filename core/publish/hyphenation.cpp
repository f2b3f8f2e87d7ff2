#include "core/publish/hyphenation.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include <hyphen.h>

namespace oogst {
namespace {

std::filesystem::path patterns_for(const std::string& language) {
    const std::filesystem::path folder = "/usr/share/hyphen";
    const char* files[] = {nullptr, nullptr};
    if (language == "nl") files[0] = "hyph_nl_NL.dic", files[1] = "hyph_nl.dic";
    else if (language == "fr") files[0] = "hyph_fr.dic", files[1] = "hyph_fr_FR.dic";
    else if (language == "en") files[0] = "hyph_en_US.dic", files[1] = "hyph_en.dic";
    for (const char* file : files)
        if (file && std::filesystem::exists(folder / file)) return folder / file;
    return {};
}

// The byte length of the UTF-8 character that starts with lead.
std::size_t character_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xe) return 3;
    if ((lead >> 3) == 0x1e) return 4;
    return 1;
}

// A letter of a word: ASCII letters and anything beyond ASCII (é, ë, ç); not digits,
// spaces, punctuation or a hyphen already there.
bool letter(unsigned char lead) { return lead >= 0x80 || std::isalpha(lead); }

}  // namespace

struct Hyphenator::Dictionary {
    HyphenDict* patterns;
};

Hyphenator::Hyphenator(const std::string& language) {
    const std::filesystem::path file = patterns_for(language);
    if (file.empty()) return;
    std::ifstream in(file);
    std::string charset;
    std::getline(in, charset);
    latin1_ = charset.rfind("ISO8859-1", 0) == 0;
    if (HyphenDict* patterns = hnj_hyphen_load(file.c_str())) dictionary_ = new Dictionary{patterns};
}

Hyphenator::~Hyphenator() {
    if (dictionary_) hnj_hyphen_free(dictionary_->patterns), delete dictionary_;
}

std::string Hyphenator::soft_hyphens(const std::string& text) const {
    if (!dictionary_) return text;
    constexpr std::size_t shortest = 7;  // letters
    std::string result;
    result.reserve(text.size() + text.size() / 8);
    std::size_t at = 0;
    while (at < text.size()) {
        if (!letter(static_cast<unsigned char>(text[at]))) {
            result += text[at++];
            continue;
        }
        // One word: its characters' byte offsets, and the word in the patterns' encoding
        // (lower case, as the patterns are).
        std::vector<std::size_t> starts;
        std::string word;
        bool encodable = true;
        std::size_t end = at;
        while (end < text.size() && letter(static_cast<unsigned char>(text[end]))) {
            const std::size_t length = std::min(character_length(static_cast<unsigned char>(text[end])), text.size() - end);
            starts.push_back(end);
            if (length == 1) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[end])));
            } else if (latin1_) {
                const unsigned code = length == 2 ? ((text[end] & 0x1f) << 6) | (text[end + 1] & 0x3f) : 0x100;
                if (code >= 0x100) encodable = false;
                // Latin-1 upper case letters sit 0x20 below their lower case.
                word += static_cast<char>(code >= 0xc0 && code <= 0xde && code != 0xd7 ? code + 0x20 : code);
            } else {
                word.append(text, end, length);  // UTF-8 patterns: accented capitals are rare in a word's middle
            }
            end += length;
        }
        if (!encodable || starts.size() < shortest) {
            result.append(text, at, end - at);
            at = end;
            continue;
        }
        std::vector<char> hyphens(word.size() + 5, 0);
        char** rep = nullptr;
        int* pos = nullptr;
        int* cut = nullptr;
        const int failed = hnj_hyphen_hyphenate3(dictionary_->patterns, word.data(), static_cast<int>(word.size()),
                                                 hyphens.data(), nullptr, &rep, &pos, &cut, 2, 3, 2, 2);
        // hyphens is indexed by character: Latin-1 has one byte per character, and for
        // UTF-8 patterns libhyphen folds the bytes of each character into one.
        const std::size_t characters = starts.size();
        std::vector<bool> break_after(starts.size(), false);
        if (!failed)
            for (std::size_t i = 0; i + 1 < characters; ++i) {
                const bool nonstandard = rep && rep[i];  // "oo-" replacements: left out
                if ((hyphens[i] & 1) && !nonstandard) break_after[i] = true;
            }
        if (rep) {
            for (std::size_t i = 0; i < word.size(); ++i) std::free(rep[i]);  // allocated per byte
            std::free(rep);
        }
        std::free(pos);
        std::free(cut);
        for (std::size_t c = 0; c < starts.size(); ++c) {
            const std::size_t next = c + 1 < starts.size() ? starts[c + 1] : end;
            result.append(text, starts[c], next - starts[c]);
            if (c + 1 < starts.size() && break_after[c]) result += soft_hyphen;
        }
        at = end;
    }
    return result;
}

}  // namespace oogst
