#include "core/opendata/proposal_text.hpp"

#include "core/model/plain_text.hpp"

#include <sstream>
#include <vector>

namespace oogst {
namespace {

constexpr std::size_t title_words = 12;
constexpr std::size_t shortest_title = 15;  // characters, as Decidim counts them
constexpr std::size_t longest_title = 150;

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

std::vector<std::string> words_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// The words of the first sentence: up to the first word that ends one, or a line's end.
std::size_t first_sentence_words(const std::string& text) {
    const std::string first_line = text.substr(0, text.find('\n'));
    const std::vector<std::string> words = words_of(first_line);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const char last = words[i].back();
        if (last == '.' || last == '!' || last == '?') return i + 1;
    }
    return words.size();
}

// The first count words, a space between them.
std::string first_words(const std::vector<std::string>& words, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count && i < words.size(); ++i) text += (i ? " " : "") + words[i];
    return text;
}

// Cut at a character boundary, so a long title stays valid UTF-8.
std::string at_most(std::string text, std::size_t limit) {
    if (characters(text) <= limit) return text;
    std::size_t count = 0, end = 0;
    for (; end < text.size(); ++end)
        if ((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80 && ++count > limit - 1) break;
    return text.substr(0, end) + "…";
}

std::string derived_title(const std::string& text) {
    const std::vector<std::string> words = words_of(text);
    std::size_t count = std::min(first_sentence_words(text), title_words);
    if (count == 0) count = 1;
    while (count < words.size() && characters(first_words(words, count)) < shortest_title) ++count;
    std::string title = first_words(words, count);
    if (count < words.size() && count >= title_words) title += "…";
    return at_most(title, longest_title);
}

}  // namespace

ProposalText proposal_text(const std::string& text, const std::string& own_title) {
    const std::string body(trimmed(text));
    const std::string title(trimmed(own_title));
    if (title.empty()) return {derived_title(body), body};
    // An imported idea whose text repeats its title on the first line: the rest is the body.
    const bool title_line = body.rfind(title, 0) == 0 &&
                            (body.size() == title.size() || body[title.size()] == '\n' || body[title.size()] == '\r');
    if (title_line) {
        const std::string rest(trimmed(body.substr(title.size())));
        if (!rest.empty()) return {at_most(title, longest_title), rest};
    }
    return {at_most(title, longest_title), body};
}

}  // namespace oogst
