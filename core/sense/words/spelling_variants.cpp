#include "core/sense/words/spelling_variants.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace oogst {
namespace {

constexpr std::size_t shortest_variant = 5;  // "boom"/"room" are different words, not typos

struct UnionFind {
    std::vector<int> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    // The smaller root wins, so the classes do not depend on the order of joins.
    void join(int a, int b) {
        a = find(a), b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

}  // namespace

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() && b.empty()) return 0;
    std::size_t shared = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else ++shared, ++i, ++j;
    }
    return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

SpellingVariants spelling_variants(const std::vector<PreparedText>& texts) {
    // Every distinct folded word, alphabetically, with its stem.
    std::map<std::string, std::string> stem_of;
    for (const PreparedText& text : texts)
        for (const PreparedWord& word : text.words) {
            stem_of.emplace(word.folded, word.stem);
            for (const std::string& part : word.part_stems) stem_of.emplace(part, part);
        }
    std::vector<std::string> words;
    std::map<std::string, int> number;
    for (const auto& [folded, stem] : stem_of) {
        number.emplace(folded, static_cast<int>(words.size()));
        words.push_back(folded);
    }
    UnionFind classes(words.size());

    std::map<std::string, int> first_with_stem;
    for (int i = 0; i < static_cast<int>(words.size()); ++i) {
        const auto [at, fresh] = first_with_stem.emplace(stem_of[words[i]], i);
        if (!fresh) classes.join(at->second, i);
    }

    // Misspellings: compare words of similar length only (a Dice of 0.7 needs it), in
    // order of their number of 3-grams.
    std::vector<std::pair<std::size_t, int>> by_size;
    std::vector<std::vector<std::string>> grams(words.size());
    for (int i = 0; i < static_cast<int>(words.size()); ++i) {
        if (words[i].size() < shortest_variant) continue;
        grams[i] = word_trigrams({words[i]});
        by_size.emplace_back(grams[i].size(), i);
    }
    std::sort(by_size.begin(), by_size.end());
    for (std::size_t x = 0; x < by_size.size(); ++x) {
        const auto [size_x, i] = by_size[x];
        for (std::size_t y = x + 1; y < by_size.size(); ++y) {
            const auto [size_y, j] = by_size[y];
            // Dice ≤ 2·size_x / (size_x + size_y): past this, none can reach it.
            if (2.0 * size_x < variant_likeness * static_cast<double>(size_x + size_y)) break;
            if (dice(grams[i], grams[j]) >= variant_likeness) classes.join(i, j);
        }
    }

    SpellingVariants variants;
    std::map<int, int> class_number;  // root -> dense number, in word order
    for (int i = 0; i < static_cast<int>(words.size()); ++i)
        class_number.emplace(classes.find(i), static_cast<int>(class_number.size()));
    variants.classes = static_cast<int>(class_number.size());
    for (const PreparedText& text : texts) {
        std::set<int> of_text;
        for (const PreparedWord& word : text.words) {
            of_text.insert(class_number.at(classes.find(number.at(word.folded))));
            for (const std::string& part : word.part_stems) of_text.insert(class_number.at(classes.find(number.at(part))));
        }
        variants.text_classes.emplace_back(of_text.begin(), of_text.end());
    }
    return variants;
}

}  // namespace oogst
