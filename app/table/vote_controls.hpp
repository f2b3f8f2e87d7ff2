#pragma once
// The vote buttons under a note in a scoring round: 1-5 stars, or dots to add and
// take back, as the method's template says. Each tap is a VoteCast operation.
#include <imgui.h>

#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/assets/method_template.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The token of the voter scoring now (see voter_token: dots are per round).
std::string current_voter(const AppState& state, const Voting& voting);

// The height of the row of vote buttons.
float vote_row_height(const Ui& ui);

// Draws the row with its top-left at min, width wide, for the voter scoring now.
void draw_vote_controls(Store& store, AppState& state, Ui& ui, const Voting& voting, const std::string& session_id,
                        const std::string& capture_id, const CaptureRecord& capture, ImVec2 min, float width);

}  // namespace oogst::app
