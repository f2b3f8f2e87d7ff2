#include "core/sense/piles.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/sense/spelling_variants.hpp"

namespace oogst {
namespace {

struct Pair {
    double alike;
    int a, b;
};

}  // namespace

double alike(const std::vector<int>& a, const std::vector<int>& b) {
    if (a.empty() || b.empty()) return 0;
    std::size_t shared = 0, i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else ++shared, ++i, ++j;
    }
    return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

std::vector<Pile> find_piles(const SenseCorpus& corpus, const std::set<std::string>& kept_out,
                             const PileOptions& options, std::stop_token stop) {
    const SpellingVariants variants = spelling_variants(corpus.texts);
    const auto& classes = variants.text_classes;
    const int count = static_cast<int>(corpus.captures.size());
    std::vector<bool> may_pile(count);
    for (int i = 0; i < count; ++i)
        may_pile[i] = corpus.captures[i].words && !classes[i].empty() && !kept_out.count(corpus.captures[i].id);

    // Candidates share at least one word class: found through the notes of each class.
    std::vector<std::vector<int>> with_class(variants.classes);
    for (int i = 0; i < count; ++i)
        if (may_pile[i])
            for (const int c : classes[i]) with_class[c].push_back(i);
    std::vector<Pair> pairs;
    std::vector<int> seen(count, -1);
    for (int i = 0; i < count; ++i) {
        if (!may_pile[i]) continue;
        if (stop.stop_requested()) return {};
        for (const int c : classes[i])
            for (const int j : with_class[c]) {
                if (j <= i || seen[j] == i) continue;
                seen[j] = i;
                const double how = alike(classes[i], classes[j]);
                if (how >= options.alike) pairs.push_back({how, i, j});
            }
    }
    // Most alike first; ties by the notes' order, so the result is one.
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        return std::tie(y.alike, x.a, x.b) < std::tie(x.alike, y.a, y.b);
    });

    // Joining piles: two piles join when their closest notes are alike and their notes
    // are, on average over every pair, alike enough (average linkage): a single chain of
    // alike neighbours does not make one pile of everything.
    std::vector<int> pile_of(count);
    std::map<int, std::vector<int>> members;  // by the pile's number (its smallest note)
    for (int i = 0; i < count; ++i) pile_of[i] = i, members[i] = {i};
    for (const Pair& pair : pairs) {
        const int x = pile_of[pair.a], y = pile_of[pair.b];
        if (x == y) continue;
        if (stop.stop_requested()) return {};
        double total = 0;
        for (const int a : members[x])
            for (const int b : members[y]) total += alike(classes[a], classes[b]);
        const double average = total / static_cast<double>(members[x].size() * members[y].size());
        if (average < options.pile_alike) continue;
        const int into = std::min(x, y), from = std::max(x, y);
        for (const int note : members[from]) pile_of[note] = into;
        auto& joined = members[into];
        joined.insert(joined.end(), members[from].begin(), members[from].end());
        members.erase(from);
    }

    std::vector<Pile> piles;
    for (auto& [number, notes] : members) {
        if (notes.size() < 2) continue;
        std::sort(notes.begin(), notes.end());  // captures are sorted by id: so are their ids
        Pile pile;
        for (const int note : notes) pile.captures.push_back(corpus.captures[note].id);
        piles.push_back(std::move(pile));
    }
    // members is ordered by each pile's smallest note, which is its first capture id.
    return piles;
}

}  // namespace oogst
