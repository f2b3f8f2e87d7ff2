#include "core/sense/file_suggested.hpp"

#include <map>
#include <string>

#include "core/sense/suggestions.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/store/store.hpp"

namespace oogst {

std::size_t file_suggested(Store& store, UndoHistory& history, const std::vector<FilingSuggestion>& suggestions,
                           double min_confidence) {
    std::map<std::string, std::vector<std::string>> by_theme;
    std::size_t filed = 0;
    for (const FilingSuggestion& suggestion : suggestions) {
        // Compared as written in the JSON, so "--min-confidence 0.6" takes a 0.6 it shows.
        if (rounded_confidence(suggestion.confidence) < min_confidence) continue;
        by_theme[suggestion.theme].push_back(suggestion.capture);
        ++filed;
    }
    ThemeActions actions(store, history);
    for (const auto& [theme, captures] : by_theme) actions.file(theme, captures);
    return filed;
}

}  // namespace oogst
