#include "app/table/vote_controls.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "core/errors.hpp"
#include "core/table/scoring.hpp"

namespace oogst::app {
namespace {

constexpr ImU32 star_gold = IM_COL32(224, 160, 30, 255);
constexpr ImU32 star_empty = IM_COL32(120, 110, 90, 90);

void cast(Store& store, AppState& state, const Ui& ui, const Voting& voting, const std::string& voter,
          const std::string& capture_id, int score) {
    try {
        cast_vote(store, voting, capture_id, voter, score);
    } catch (const std::exception& error) {
        state.error = ui.tr("vote.not_saved", {{"reason", error_text(ui, error)}});
    }
}

// A square touch target with a glyph centred on it; true when tapped.
bool glyph_button(Ui& ui, const std::string& name, const char* glyph, ImVec2 at, float size, ImU32 ink, ImU32 fill) {
    ImGui::SetCursorScreenPos(at);
    const bool pressed = ImGui::InvisibleButton(name.c_str(), ImVec2(size, size));
    ui.touch.record_last_item(name);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(at.x + size, at.y + size);
    if (fill) draw->AddRectFilled(at, max, ImGui::IsItemActive() ? darker(fill, 0.15f) : fill, ui.px(10));
    ImFont* font = ui.fonts.heading;
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, glyph);
    draw->AddText(font, font->FontSize, ImVec2(at.x + (size - text.x) * 0.5f, at.y + (size - text.y) * 0.5f), ink, glyph);
    return pressed;
}

}  // namespace

std::string current_voter(const AppState& state, const Voting& voting) {
    return voter_token(state.round.voter, voting.style == VotingStyle::dots ? state.round.round_id : "");
}

float vote_row_height(const Ui& ui) { return ui.touch_size(); }

void draw_vote_controls(Store& store, AppState& state, Ui& ui, const Voting& voting, const std::string& session_id,
                        const std::string& capture_id, const CaptureRecord& capture, ImVec2 min, float width) {
    const std::string voter = current_voter(state, voting);
    const int mine = score_of(capture, voter);
    const float size = ui.touch_size();
    const float gap = ui.px(4);
    const std::string prefix = "vote." + capture_id + ".";
    if (voting.style == VotingStyle::stars) {
        const int stars = voting.max_stars;
        const float step = std::min(size + gap, width / stars);
        for (int n = 1; n <= stars; ++n) {
            const ImVec2 at(min.x + (n - 1) * step, min.y);
            // Tapping the score already given takes it back.
            if (glyph_button(ui, prefix + std::to_string(n), "★", at, std::min(size, step), n <= mine ? star_gold : star_empty, 0))
                cast(store, state, ui, voting, voter, capture_id, n == mine ? 0 : n);
        }
        return;
    }
    // Dots: take one back, the dots this voter put here, add one while any are free.
    const int left = dots_left(store.state(), session_id, voter, voting.dots);
    if (glyph_button(ui, prefix + "less", "–", min, size, mine > 0 ? colour::text : star_empty, colour::secondary) && mine > 0)
        cast(store, state, ui, voting, voter, capture_id, mine - 1);
    const ImVec2 plus(min.x + width - size, min.y);
    if (glyph_button(ui, prefix + "more", "+", plus, size, left > 0 ? colour::on_primary : star_empty,
                     left > 0 ? colour::primary : colour::secondary) && left > 0)
        cast(store, state, ui, voting, voter, capture_id, mine + 1);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float radius = ui.px(9);
    const float centre_y = min.y + size * 0.5f;
    float x = min.x + size + ui.px(16) + radius;
    for (int dot = 0; dot < mine && x + radius < plus.x - ui.px(8); ++dot, x += 2 * radius + ui.px(6))
        draw->AddCircleFilled(ImVec2(x, centre_y), radius, colour::primary);
}

}  // namespace oogst::app
