#pragma once
// The suggestion engine's one entry point: filing, new-key groups and piles for the
// workshop's captures, and their JSON (format oogst-suggestions-1). A pure function of
// its input: the same input, in any order, gives the same bytes.
#include <optional>
#include <string>
#include <vector>

#include "core/sense/filing.hpp"
#include "core/sense/groups.hpp"
#include "core/sense/piles.hpp"
#include "core/sense/sense_input.hpp"

namespace oogst {

struct SuggestOptions {
    std::optional<int> k;  // how many new-key groups; unset: chosen by silhouette
};

struct Suggestions {
    std::vector<FilingSuggestion> filing;  // by capture id
    std::vector<ThemeGroup> groups;        // by first capture id
    std::vector<Pile> piles;               // by first capture id
};

Suggestions suggest(const SenseInput& input, const SuggestOptions& options = {});

// {"format":"oogst-suggestions-1","filing":[{"capture":…,"key":…,"confidence":…,
// "because":[…]}],"groups":[{"words":[…],"captures":[…]}],"piles":[{"captures":[…]}]}.
// Confidence is rounded to three decimals, so the bytes do not hang on the last bit.
std::string suggestions_json(const Suggestions& suggestions);

// The confidence as written: rounded to three decimals.
double rounded_confidence(double confidence);

}  // namespace oogst
