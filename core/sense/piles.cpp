#include "core/sense/piles.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "core/sense/words/spelling_variants.hpp"

namespace oogst {
namespace {

struct Pair {
    double alike;
    int a, b;
};

// A sum of alike values may land a hair off the threshold it equals on paper (sums in
// another order round differently); a pile's average is compared with this much room.
constexpr double rounding_room = 1e-9;

// The pairs of notes at least `threshold` alike, most alike first (ties by the notes'
// order, so the result is one). Harvests repeat themselves, so one word ("wijk",
// "bomen") can be in thousands of notes; comparing every note with every note sharing a
// word would be quadratic. Prefix filtering (as in all-pairs similarity search) finds
// the same pairs: with each note's word classes ordered rarest first, two notes whose
// Jaccard index reaches t share a class among the first |x| - ⌈t·|x|⌉ + 1 of each.
std::vector<Pair> alike_pairs(const std::vector<std::vector<int>>& classes, const std::vector<bool>& may_pile,
                              double threshold, const std::stop_token& stop) {
    const int count = static_cast<int>(classes.size());
    int class_count = 0;
    for (const auto& of_note : classes)
        if (!of_note.empty()) class_count = std::max(class_count, of_note.back() + 1);
    std::vector<int> frequency(class_count, 0);
    for (int i = 0; i < count; ++i)
        if (may_pile[i])
            for (const int c : classes[i]) ++frequency[c];
    const auto rarer = [&](int x, int y) { return std::tie(frequency[x], x) < std::tie(frequency[y], y); };

    std::vector<std::vector<int>> with_class(class_count);  // notes by a class in their prefix
    std::vector<std::vector<int>> prefix(count);
    for (int i = 0; i < count; ++i) {
        if (!may_pile[i] || classes[i].empty()) continue;
        std::vector<int> ordered = classes[i];
        std::sort(ordered.begin(), ordered.end(), rarer);
        const double size = static_cast<double>(ordered.size());
        // Rounded down a hair before the ceiling, so a prefix is never one too short.
        const auto must_share = static_cast<std::size_t>(std::max(1.0, std::ceil(threshold * size - rounding_room)));
        ordered.resize(std::min(ordered.size(), ordered.size() - must_share + 1));
        for (const int c : ordered) with_class[c].push_back(i);
        prefix[i] = std::move(ordered);
    }
    std::vector<Pair> pairs;
    std::vector<int> seen(count, -1);
    for (int i = 0; i < count; ++i) {
        if (stop.stop_requested()) return {};
        for (const int c : prefix[i])
            for (const int j : with_class[c]) {
                if (j <= i || seen[j] == i) continue;
                seen[j] = i;
                const double how = alike(classes[i], classes[j]);
                if (how >= threshold) pairs.push_back({how, i, j});
            }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
        return std::tie(y.alike, x.a, x.b) < std::tie(x.alike, y.a, y.b);
    });
    return pairs;
}

// The sums of alike values over every pair of notes between two piles, for the piles
// compared so far. When two piles join, the joined pile's sum with a third is the sum
// of its parts' (Lance-Williams for average linkage); a sum one part lacks is dropped
// and worked out again when asked. Without this, two large piles whose notes keep
// meeting through their pairs were compared note by note each time: cubic.
class PileSums {
public:
    explicit PileSums(const std::vector<std::vector<int>>& classes) : classes_(classes) {}

    double between(int x, int y, const std::vector<int>& notes_x, const std::vector<int>& notes_y) {
        auto& of_x = sums_[x];
        if (const auto found = of_x.find(y); found != of_x.end()) return found->second;
        double total = 0;
        for (const int a : notes_x)
            for (const int b : notes_y) total += alike(classes_[a], classes_[b]);
        of_x[y] = total;
        sums_[y][x] = total;
        return total;
    }

    void join(int into, int from) {
        std::unordered_map<int, double> of_from = std::move(sums_[from]);
        sums_.erase(from);
        auto& of_into = sums_[into];
        of_into.erase(from);
        of_from.erase(into);
        for (auto at = of_into.begin(); at != of_into.end();) {
            const int other = at->first;
            auto& of_other = sums_[other];
            if (const auto part = of_from.find(other); part != of_from.end()) {
                at->second += part->second;
                of_other[into] = at->second;
                ++at;
            } else {
                of_other.erase(into);
                at = of_into.erase(at);
            }
            of_other.erase(from);
        }
        for (const auto& [other, total] : of_from) sums_[other].erase(from);
    }

private:
    const std::vector<std::vector<int>>& classes_;
    std::unordered_map<int, std::unordered_map<int, double>> sums_;
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

std::vector<std::vector<int>> join_into_piles(const std::vector<std::vector<int>>& classes,
                                              const std::vector<bool>& may_pile, const PileOptions& options,
                                              std::stop_token stop) {
    if (!(options.alike > 0)) throw std::invalid_argument("piles: notes must be more than 0 alike to be compared");
    const int count = static_cast<int>(classes.size());
    const std::vector<Pair> pairs = alike_pairs(classes, may_pile, options.alike, stop);
    if (stop.stop_requested()) return {};

    // Joining piles: two piles join when their closest notes are alike and their notes
    // are, on average over every pair, alike enough (average linkage): a single chain of
    // alike neighbours does not make one pile of everything.
    std::vector<int> pile_of(count);
    std::map<int, std::vector<int>> members;  // by the pile's number (its smallest note)
    for (int i = 0; i < count; ++i) pile_of[i] = i, members[i] = {i};
    PileSums sums(classes);
    for (const Pair& pair : pairs) {
        const int x = pile_of[pair.a], y = pile_of[pair.b];
        if (x == y) continue;
        if (stop.stop_requested()) return {};
        const auto& notes_x = members[x];
        const auto& notes_y = members[y];
        const double average =
            sums.between(x, y, notes_x, notes_y) / static_cast<double>(notes_x.size() * notes_y.size());
        if (average < options.pile_alike - rounding_room) continue;
        const int into = std::min(x, y), from = std::max(x, y);
        for (const int note : members[from]) pile_of[note] = into;
        auto& joined = members[into];
        joined.insert(joined.end(), members[from].begin(), members[from].end());
        members.erase(from);
        sums.join(into, from);
    }

    std::vector<std::vector<int>> piles;
    for (auto& [number, notes] : members) {  // ordered by each pile's smallest note
        if (notes.size() < 2) continue;
        std::sort(notes.begin(), notes.end());
        piles.push_back(std::move(notes));
    }
    return piles;
}

std::vector<Pile> find_piles(const SenseCorpus& corpus, const std::set<std::string>& kept_out,
                             const PileOptions& options, std::stop_token stop) {
    const SpellingVariants variants = spelling_variants(corpus.texts);
    const auto& classes = variants.text_classes;
    const int count = static_cast<int>(corpus.captures.size());
    std::vector<bool> may_pile(count);
    for (int i = 0; i < count; ++i)
        may_pile[i] = corpus.captures[i].words && !classes[i].empty() && !kept_out.count(corpus.captures[i].id);

    std::vector<Pile> piles;
    for (const std::vector<int>& notes : join_into_piles(classes, may_pile, options, stop)) {
        Pile pile;  // captures are sorted by id: so are their ids
        for (const int note : notes) pile.captures.push_back(corpus.captures[note].id);
        piles.push_back(std::move(pile));
    }
    return stop.stop_requested() ? std::vector<Pile>{} : piles;
}

}  // namespace oogst
