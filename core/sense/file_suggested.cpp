#include "core/sense/file_suggested.hpp"

#include "core/sense/suggestions.hpp"
#include "core/store/store.hpp"

namespace oogst {

std::size_t file_suggested(Store& store, const std::vector<FilingSuggestion>& suggestions, double min_confidence) {
    std::size_t filed = 0;
    // One transaction: accepting "all above 0.6" is one act, kept whole or not at all.
    store.batch([&] {
        for (const FilingSuggestion& suggestion : suggestions) {
            // Compared as written in the JSON, so "--min-confidence 0.6" takes a 0.6 it shows.
            if (rounded_confidence(suggestion.confidence) < min_confidence) continue;
            store.record(KeyMembershipSet{suggestion.theme, suggestion.capture, true});
            ++filed;
        }
    });
    return filed;
}

}  // namespace oogst
