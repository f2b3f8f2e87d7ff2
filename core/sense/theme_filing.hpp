#pragma once
// Which captures are filed under which theme (a key, in the workshop's words): a
// capture's themes are the roots (after merges) of the live themes whose membership
// register says yes. Usually one; two when two laptops filed it differently at once,
// and the wall then shows it under both until the facilitator files it again.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/workshop_state.hpp"

namespace oogst {

struct ThemeFiling {
    // capture id -> its themes' root ids, sorted. Only live captures are listed.
    std::unordered_map<std::string, std::vector<std::string>> themes_of;
    // root theme id -> its live captures (its own and its merged themes'), sorted.
    std::unordered_map<std::string, std::vector<std::string>> captures_of;

    bool filed(const std::string& capture_id) const { return themes_of.count(capture_id) > 0; }
    const std::vector<std::string>& captures(const std::string& theme_id) const;
    const std::vector<std::string>& themes(const std::string& capture_id) const;
};

ThemeFiling theme_filing(const WorkshopState& state);

}  // namespace oogst
