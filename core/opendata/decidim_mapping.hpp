#pragma once
// How a workshop meets one Decidim installation: the locales of its title/<l> and
// body/<l> columns, the taxonomy (or category) id of each key, and the scope. Made once
// from an ExportRequest and checked there, so every Decidim file uses the same mapping.
#include <map>
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/opendata/open_data_export.hpp"

namespace oogst {

struct DecidimMapping {
    std::vector<std::string> locales;                    // "nl", "fr"
    std::map<std::string, std::string> taxonomy_of_key;  // key id -> Decidim id
    std::string scope;
    bool category = false;

    // "taxonomies/ids", or "category/id" for older installations.
    std::string taxonomy_column() const { return category ? "category/id" : "taxonomies/ids"; }
    // The key's Decidim id; "" when the facilitator mapped none.
    std::string taxonomy(const std::string& key_id) const;
};

// Throws UserError when a taxonomy names no key or its id is not a number, the scope is
// not a number, or a locale is neither the workshop's nor nl, fr or en.
DecidimMapping decidim_mapping(const WorkshopState& state, const ExportRequest& request);

}  // namespace oogst
