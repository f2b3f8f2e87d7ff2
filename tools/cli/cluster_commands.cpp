// oogst-cli cluster --suggest|--accept: the suggestion engine (core/sense) on a store.
// --suggest prints what it proposes (filing, new-key groups, piles); --accept files
// the filing suggestions at or above a confidence. Nothing is filed unasked.
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "core/errors.hpp"
#include "core/model/plain_text.hpp"
#include "core/model/workshop_state.hpp"
#include "core/sense/file_suggested.hpp"
#include "core/sense/suggestions.hpp"
#include "core/store/store.hpp"
#include "core/store/undo_history.hpp"
#include "tools/cli/command_line.hpp"

namespace oogst::cli {
namespace {

struct ClusterWords {
    bool suggest = false, accept = false;
    std::optional<int> k;
    std::string format = "text";
    // About 93-95% precision on the labelled test set (docs/sense-making.md).
    double min_confidence = 0.2;
};

std::string key_name(const WorkshopState& state, const std::string& id) {
    const auto found = state.theme_records().find(id);
    return found == state.theme_records().end() ? id : found->second.details.value().name;
}

// One line a suggestion, for a facilitator reading along.
void print_text(const WorkshopState& state, const Suggestions& suggestions, std::ostream& out) {
    out << suggestions.filing.size() << " filing suggestions, " << suggestions.groups.size() << " new-key groups, "
        << suggestions.piles.size() << " piles\n";
    for (const FilingSuggestion& filing : suggestions.filing) {
        const CaptureRecord* capture = state.capture(filing.capture);
        std::ostringstream confidence;
        confidence << std::fixed << std::setprecision(2) << rounded_confidence(filing.confidence);
        out << "file " << filing.capture << " under \"" << key_name(state, filing.theme) << "\" ("
            << confidence.str() << ", because: " << joined(filing.because) << "): \""
            << (capture ? capture->text.value() : std::string()) << "\"\n";
    }
    for (const ThemeGroup& group : suggestions.groups)
        out << "new key? " << joined(group.words) << " (" << group.captures.size()
            << " captures): " << joined(group.captures, " ") << "\n";
    for (const Pile& pile : suggestions.piles)
        out << "pile of " << pile.captures.size() << ": " << joined(pile.captures, " ") << "\n";
}

void cluster(const std::filesystem::path& folder, const ClusterWords& words, std::ostream& out) {
    if (words.suggest == words.accept) throw UserError("say what to do: --suggest or --accept");
    if (words.k && *words.k < 1) throw UserError("--k must be 1 or more");
    if (words.format != "json" && words.format != "text")
        throw UserError("unknown format \"" + words.format + "\": use --format json or text");
    if (words.min_confidence < 0 || words.min_confidence > 1) throw UserError("--min-confidence is between 0 and 1");
    auto store = Store::open(folder);
    SuggestOptions options;
    options.k = words.k;
    const Suggestions suggestions = suggest(sense_input(store.state()), options);
    if (words.suggest) {
        if (words.format == "json") out << suggestions_json(suggestions) << "\n";
        else print_text(store.state(), suggestions, out);
        return;
    }
    UndoHistory history;
    const std::size_t filed = file_suggested(store, history, suggestions.filing, words.min_confidence);
    out << "Filed " << filed << (filed == 1 ? " capture" : " captures") << " with a confidence of at least "
        << words.min_confidence << "\n";
}

}  // namespace

void add_cluster_commands(CommandLine& cli) {
    auto words = std::make_shared<ClusterWords>();
    auto* command = cli.command(nullptr, "cluster", "suggest keys for captures, new keys and piles; accept them",
                                [words](const auto& store, auto& out) { cluster(store, *words, out); });
    command->add_flag("--suggest", words->suggest, "print the suggestions (nothing is filed)");
    command->add_flag("--accept", words->accept, "file every capture under its suggested key");
    command->add_option("--k", words->k, "how many new-key groups (default: chosen by silhouette)");
    command->add_option("--format", words->format, "output of --suggest: text or json")->capture_default_str();
    command->add_option("--min-confidence", words->min_confidence, "--accept files only suggestions this sure (0-1)")
        ->capture_default_str();
}

}  // namespace oogst::cli
