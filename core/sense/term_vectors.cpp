#include "core/sense/term_vectors.hpp"

#include <cmath>
#include <set>

namespace oogst {

std::vector<std::string> text_terms(const PreparedText& text) {
    std::vector<std::string> terms;
    for (const PreparedWord& word : text.words) {
        terms.push_back(word.stem);
        terms.insert(terms.end(), word.part_stems.begin(), word.part_stems.end());
    }
    return terms;
}

TermSpace::TermSpace(const std::vector<PreparedText>& documents) {
    std::map<std::string, int> frequency;
    for (const PreparedText& document : documents) {
        const auto terms = text_terms(document);
        for (const std::string& term : std::set<std::string>(terms.begin(), terms.end())) ++frequency[term];
    }
    const double count = static_cast<double>(documents.size());
    for (const auto& [name, documents_with] : frequency) {
        ids_.emplace(name, static_cast<int>(names_.size()));
        names_.push_back(name);
        idf_.push_back(std::log((count + 1.0) / (documents_with + 1.0)) + 1.0);
    }
}

int TermSpace::term(const std::string& name) const {
    const auto found = ids_.find(name);
    return found == ids_.end() ? -1 : found->second;
}

TermVector TermSpace::vector(const PreparedText& text, double related_weight) const {
    std::map<int, double> weights;
    for (const std::string& name : text_terms(text)) {
        const int id = term(name);
        if (id >= 0) weights[id] += idf_[id];  // a term of no document matches nothing anyway
    }
    if (related_weight > 0)
        for (const PreparedWord& word : text.words)
            for (const std::string& name : word.related_stems)
                if (const int id = term(name); id >= 0) weights[id] += related_weight * idf_[id];
    TermVector vector(weights.begin(), weights.end());
    double norm = 0;
    for (const auto& [term, weight] : vector) norm += weight * weight;
    norm = std::sqrt(norm);
    if (norm > 0)
        for (auto& [term, weight] : vector) weight /= norm;
    return vector;
}

double dot(const TermVector& a, const TermVector& b) {
    double sum = 0;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) ++i;
        else if (b[j].first < a[i].first) ++j;
        else sum += a[i++].second * b[j++].second;
    }
    return sum;
}

double dot(const TermVector& a, const std::vector<double>& dense) {
    double sum = 0;
    for (const auto& [term, weight] : a) sum += weight * dense[term];
    return sum;
}

}  // namespace oogst
