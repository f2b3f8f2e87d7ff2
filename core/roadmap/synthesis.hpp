#pragma once
// The synthesis of the memorandum's methods (issue 16): for SWOT+ the four quadrants
// with their strongest captures and the desired future image beside them; for the
// management team's mission-vision-values its four parts, each with the phrases its
// tables backed most. The facilitator writes the page itself as statements
// (StatementSet); these are what it is written from.
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"

namespace oogst {

inline constexpr const char* swot_method = "swot-plus";
inline constexpr const char* mission_method = "missie-visie-waarden";

struct StrongNote {
    std::string capture_id, text, table;
    double score = 0;  // average of its votes (dots or stars); 0: none
    int votes = 0;
    int total = 0;     // the sum of its scores: the dots it got
};

// The captures with words on board across the live sessions of method, strongest first:
// by the sum of their scores (dots spread or stars given), then by votes, then by id;
// at most count.
std::vector<StrongNote> strongest_on_board(const WorkshopState& state, const std::string& method,
                                           const std::string& board, std::size_t count);

// Whether the workshop has a live session of method.
bool has_method(const WorkshopState& state, const std::string& method);

}  // namespace oogst
