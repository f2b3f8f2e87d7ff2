#pragma once
// A key's page, worked out from the state: its cards by support, its children's works,
// how its votes fall (1 to 5 stars) and over which tables, where its cards came from
// (tables, methods, children or adults), and the values written at the tables whose
// dreams it holds, as a start for its core values.
#include <map>
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"
#include "core/sense/wall_cards.hpp"

namespace oogst {

// The dream session's board where tables write the values behind their dreams.
inline constexpr const char* values_board = "waarden";

struct ThemeProfile {
    std::vector<WallCard> cards;         // adults' cards, strongest first (average, then votes)
    std::vector<WallCard> children;      // children's works (with the consent to be shown)
    int score_counts[5] = {0, 0, 0, 0, 0};  // votes of 1, 2, 3, 4 and 5
    std::map<std::string, int> votes_by_table;   // table name -> votes on this key's cards
    std::map<std::string, int> cards_by_table;   // table name -> its captures here (a pile's at each of its tables)
    std::map<std::string, int> cards_by_method;  // method id -> cards
    std::vector<std::string> table_values;  // texts on the values board of its tables, each once
};

ThemeProfile theme_profile(const WorkshopState& state, const ThemeFiling& filing,
                           const std::vector<std::vector<std::string>>& piles, const std::string& theme_id);

}  // namespace oogst
