#pragma once
// Notes as weighted word vectors (TF-IDF over stems and compound parts): a word many
// notes use ("groen" in a green city's workshop) weighs less than a rare one. Sparse,
// sorted by term, so sums and dot products run in one order and give the same bits on
// every run.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/sense/words/text_features.hpp"

namespace oogst {

using TermVector = std::vector<std::pair<int, double>>;  // (term, weight), by term, unit length

// The terms of a text: each word's stem and the stems of its compound parts.
std::vector<std::string> text_terms(const PreparedText& text);

class TermSpace {
public:
    // Terms numbered in alphabetical order; document frequencies from documents.
    explicit TermSpace(const std::vector<PreparedText>& documents);

    // The text's own terms, each at its IDF, and, at related_weight times theirs, the
    // words related to them (PreparedWord::related_stems): a hint that "bioscoop" is near
    // "cinema", not the same word. A related word no document uses as its own adds nothing.
    TermVector vector(const PreparedText& text, double related_weight = 0) const;
    int term(const std::string& name) const;  // -1 when unknown
    const std::string& name(int term) const { return names_[term]; }
    std::size_t size() const { return names_.size(); }

private:
    std::map<std::string, int> ids_;
    std::vector<std::string> names_;
    std::vector<double> idf_;
};

double dot(const TermVector& a, const TermVector& b);
// a · dense, where dense is indexed by term.
double dot(const TermVector& a, const std::vector<double>& dense);

}  // namespace oogst
