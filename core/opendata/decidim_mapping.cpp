#include "core/opendata/decidim_mapping.hpp"

#include <algorithm>

#include "core/assets/language.hpp"
#include "core/errors.hpp"
#include "core/model/plain_text.hpp"

namespace oogst {
namespace {

bool whole_number(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> workshop_locales(const WorkshopState& state) {
    std::vector<std::string> locales;
    if (state.has_workshop()) locales = state.workshop().languages;
    if (locales.empty()) locales.push_back("nl");
    return locales;
}

std::vector<std::string> checked_locales(const WorkshopState& state, const std::vector<std::string>& asked) {
    const std::vector<std::string> own = workshop_locales(state);
    if (asked.empty()) return own;
    for (const std::string& locale : asked) {
        const bool known = std::count(own.begin(), own.end(), locale) > 0 || parse_language(locale).has_value();
        if (!known)
            throw UserError("--locale " + locale + " is not a language of this workshop (" + joined(own) +
                            ") nor one Oogst speaks (nl, fr, en)");
    }
    return asked;
}

// A key by its id (merged keys count under their root) or, failing that, its name.
const ThemeRecord* key_named(const WorkshopState& state, const std::string& key) {
    if (state.theme(key))
        if (const ThemeRecord* root = state.theme(state.theme_root(key))) return root;
    for (const ThemeRecord* record : state.themes())
        if (record->details.value().name == key) return record;
    return nullptr;
}

}  // namespace

std::string DecidimMapping::taxonomy(const std::string& key_id) const {
    const auto found = taxonomy_of_key.find(key_id);
    return found == taxonomy_of_key.end() ? "" : found->second;
}

DecidimMapping decidim_mapping(const WorkshopState& state, const ExportRequest& request) {
    DecidimMapping mapping;
    mapping.locales = checked_locales(state, request.locales);
    for (const auto& [key, id] : request.taxonomies) {
        const ThemeRecord* record = key_named(state, key);
        if (!record)
            throw UserError("--taxonomy " + key + "=" + id + " names no key of this workshop (`oogst-cli key list` lists them)");
        if (!whole_number(id))
            throw UserError("--taxonomy " + key + "=" + id + ": Decidim's id is a whole number, not \"" + id + "\"");
        mapping.taxonomy_of_key[record->details.value().id] = id;
    }
    if (!request.scope.empty() && !whole_number(request.scope))
        throw UserError("--scope " + request.scope + ": Decidim's scope id is a whole number");
    mapping.scope = request.scope;
    mapping.category = request.category;
    return mapping;
}

}  // namespace oogst
