#include "core/sense/groups.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>

#include "core/sense/term_vectors.hpp"

namespace oogst {
namespace {

// Words related in meaning (related_words.hpp) count at half a word's weight when notes
// are grouped: "buurt" and "wijk", "feest" and "festival" then pull their notes together.
// On the test set (docs/sense-making.md) this raised the groups' ARI from 0.20 to 0.29
// and NMI from 0.31 to 0.41 (0.15 and 0.25 also helped); filing and piles are better
// without it, so they leave it out.
constexpr double related_weight = 0.5;

// SplitMix64: a fixed, portable sequence (std::uniform_* differ between libraries).
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
};

constexpr std::uint64_t seed = 2030;
constexpr int iterations = 25;
constexpr std::size_t silhouette_sample = 400;  // notes the silhouette is measured on

struct Clustering {
    std::vector<int> group;  // per note
    std::vector<std::vector<double>> centres;
};

std::vector<double> unit_centre(const std::vector<TermVector>& vectors, const std::vector<int>& group, int g,
                                std::size_t terms) {
    std::vector<double> centre(terms, 0.0);
    for (std::size_t i = 0; i < vectors.size(); ++i)
        if (group[i] == g)
            for (const auto& [term, weight] : vectors[i]) centre[term] += weight;
    double norm = 0;
    for (const double w : centre) norm += w * w;
    if (norm > 0)
        for (double& w : centre) w /= std::sqrt(norm);
    return centre;
}

Clustering k_means(const std::vector<TermVector>& vectors, int k, std::size_t terms) {
    const std::size_t n = vectors.size();
    Random random{seed + static_cast<std::uint64_t>(k)};
    // k-means++: each next centre drawn with probability by its distance to the nearest.
    std::vector<std::size_t> chosen{static_cast<std::size_t>(random.next() % n)};
    std::vector<double> nearest(n, 2.0);
    while (static_cast<int>(chosen.size()) < k) {
        double total = 0;
        for (std::size_t i = 0; i < n; ++i) {
            nearest[i] = std::min(nearest[i], 1.0 - dot(vectors[i], vectors[chosen.back()]));
            total += std::max(nearest[i], 0.0);
        }
        if (total <= 0) break;  // fewer distinct notes than k
        double pick = random.unit() * total;
        std::size_t next = n - 1;
        for (std::size_t i = 0; i < n; ++i) {
            pick -= std::max(nearest[i], 0.0);
            if (pick < 0) {
                next = i;
                break;
            }
        }
        chosen.push_back(next);
    }
    Clustering result;
    for (const std::size_t c : chosen) {
        std::vector<double> centre(terms, 0.0);
        for (const auto& [term, weight] : vectors[c]) centre[term] = weight;
        result.centres.push_back(std::move(centre));
    }
    result.group.assign(n, -1);
    for (int round = 0; round < iterations; ++round) {
        bool moved = false;
        for (std::size_t i = 0; i < n; ++i) {
            int best = 0;
            double best_dot = -1;
            for (int g = 0; g < static_cast<int>(result.centres.size()); ++g) {
                const double d = dot(vectors[i], result.centres[g]);
                if (d > best_dot) best = g, best_dot = d;
            }
            if (result.group[i] != best) result.group[i] = best, moved = true;
        }
        if (!moved) break;
        for (int g = 0; g < static_cast<int>(result.centres.size()); ++g)
            result.centres[g] = unit_centre(vectors, result.group, g, terms);
    }
    return result;
}

// Mean silhouette (cosine distance) over an evenly spread sample of the notes.
double silhouette(const std::vector<TermVector>& vectors, const std::vector<int>& group, int k) {
    const std::size_t n = vectors.size();
    const std::size_t step = std::max<std::size_t>(1, n / silhouette_sample);
    std::vector<std::size_t> sample;
    for (std::size_t i = 0; i < n; i += step) sample.push_back(i);
    double total = 0;
    for (const std::size_t i : sample) {
        std::vector<double> sum(k, 0.0);
        std::vector<int> count(k, 0);
        for (const std::size_t j : sample) {
            if (j == i) continue;
            sum[group[j]] += 1.0 - dot(vectors[i], vectors[j]);
            ++count[group[j]];
        }
        if (count[group[i]] == 0) continue;  // alone in its group: silhouette 0
        const double own = sum[group[i]] / count[group[i]];
        double other = 1e9;
        for (int g = 0; g < k; ++g)
            if (g != group[i] && count[g] > 0) other = std::min(other, sum[g] / count[g]);
        if (other >= 1e9) continue;
        total += (other - own) / std::max(own, other);
    }
    return sample.empty() ? 0 : total / static_cast<double>(sample.size());
}

// The group's top words: the terms weighing most in its centre, each shown as the word
// its notes write most for it.
std::vector<std::string> top_words(const std::vector<double>& centre, const std::vector<int>& notes,
                                   const SenseCorpus& corpus, const std::vector<int>& index, const TermSpace& space,
                                   int how_many) {
    std::vector<std::pair<double, int>> terms;
    for (std::size_t t = 0; t < centre.size(); ++t)
        if (centre[t] > 0) terms.emplace_back(-centre[t], static_cast<int>(t));
    std::sort(terms.begin(), terms.end());
    std::vector<std::string> words;
    std::set<std::string> said;
    for (const auto& [weight, term] : terms) {
        if (static_cast<int>(words.size()) >= how_many) break;
        std::map<std::string, int> written;  // folded word -> how many notes
        for (const int note : notes)
            for (const PreparedWord& word : corpus.texts[index[note]].words)
                if (word.stem == space.name(term)) ++written[word.folded];
        if (written.empty()) continue;  // a compound's part alone: its whole word stands for it
        const auto most = std::max_element(written.begin(), written.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        if (said.insert(most->first).second) words.push_back(most->first);
    }
    return words;
}

}  // namespace

std::vector<ThemeGroup> suggest_groups(const SenseCorpus& corpus, const SenseInput& input,
                                       const GroupOptions& options) {
    std::vector<int> index;  // notes to group: not filed, with words
    for (int i = 0; i < static_cast<int>(corpus.captures.size()); ++i)
        if (corpus.captures[i].words && !corpus.texts[i].words.empty() && !input.filed.count(corpus.captures[i].id))
            index.push_back(i);
    std::vector<PreparedText> documents;
    for (const int i : index) documents.push_back(corpus.texts[i]);
    const TermSpace space(documents);
    std::vector<TermVector> vectors;
    std::vector<int> keep;  // positions in index with a vector
    for (std::size_t p = 0; p < documents.size(); ++p) {
        TermVector v = space.vector(documents[p], related_weight);
        if (v.empty()) continue;
        vectors.push_back(std::move(v));
        keep.push_back(index[p]);
    }
    index = keep;
    const int n = static_cast<int>(vectors.size());
    if (n < 4) return {};

    Clustering best;
    if (options.k) {
        best = k_means(vectors, std::clamp(*options.k, 1, n), space.size());
    } else {
        double best_score = -2;
        for (int k = 2; k <= std::min(options.max_k, n / 2); ++k) {
            Clustering c = k_means(vectors, k, space.size());
            const double score = silhouette(vectors, c.group, static_cast<int>(c.centres.size()));
            if (score > best_score) best_score = score, best = std::move(c);
        }
    }

    std::vector<ThemeGroup> groups;
    for (int g = 0; g < static_cast<int>(best.centres.size()); ++g) {
        std::vector<int> notes;
        for (int p = 0; p < n; ++p)
            if (best.group[p] == g && dot(vectors[p], best.centres[g]) >= options.min_fit) notes.push_back(p);
        if (notes.size() < 2) continue;
        ThemeGroup group;
        group.words = top_words(best.centres[g], notes, corpus, index, space, options.top_words);
        for (const int p : notes) group.captures.push_back(corpus.captures[index[p]].id);
        groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end(),
              [](const ThemeGroup& a, const ThemeGroup& b) { return a.captures.front() < b.captures.front(); });
    return groups;
}

}  // namespace oogst
