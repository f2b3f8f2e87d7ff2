#include "core/sense/suggestions.hpp"

#include <cmath>

#include "core/model/json_writer.hpp"
#include "core/sense/words/related_words.hpp"
#include "core/sense/sense_corpus.hpp"

namespace oogst {

Suggestions suggest(const SenseInput& input, const SuggestOptions& options) {
    const SenseCorpus corpus = prepare_corpus(input, nullptr, &RelatedWords::debian());
    Suggestions suggestions;
    suggestions.filing = suggest_filing(corpus, input);
    GroupOptions groups;
    groups.k = options.k;
    suggestions.groups = suggest_groups(corpus, input, groups);
    suggestions.piles = find_piles(corpus, input.kept_out_of_piles);
    return suggestions;
}

double rounded_confidence(double confidence) { return std::round(confidence * 1000.0) / 1000.0; }

namespace {

void write_list(JsonWriter& json, const char* name, const std::vector<std::string>& items) {
    json.key(name).begin_array();
    for (const std::string& item : items) json.value(item);
    json.end_array();
}

}  // namespace

std::string suggestions_json(const Suggestions& suggestions) {
    JsonWriter json;
    json.begin_object().field("format", "oogst-suggestions-1");
    json.key("filing").begin_array();
    for (const FilingSuggestion& filing : suggestions.filing) {
        json.begin_object().field("capture", filing.capture).field("key", filing.theme);
        json.field("confidence", rounded_confidence(filing.confidence));
        write_list(json, "because", filing.because);
        json.end_object();
    }
    json.end_array();
    json.key("groups").begin_array();
    for (const ThemeGroup& group : suggestions.groups) {
        json.begin_object();
        write_list(json, "words", group.words);
        write_list(json, "captures", group.captures);
        json.end_object();
    }
    json.end_array();
    json.key("piles").begin_array();
    for (const Pile& pile : suggestions.piles) {
        json.begin_object();
        write_list(json, "captures", pile.captures);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.take();
}

}  // namespace oogst
