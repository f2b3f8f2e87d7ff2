#pragma once
// What the ambassador runs at a table, beside the notes: which prompt the table is
// answering, the round's timer, and the scoring round. It lives in the app, not in the
// store: votes themselves are operations, and a restarted tablet simply starts the
// next round from the first prompt.
#include <set>
#include <string>

#include "core/table/round_timer.hpp"

namespace oogst::app {

struct TableRound {
    int prompt = 0;         // the template board whose prompt is shown and filled
    bool scoring = false;   // a scoring round: the board is locked, voters score
    int voter = 0;          // the voter token scoring now; 0 while voters pick theirs
    std::string round_id;   // when this scoring round began (ms): names its dot tokens
    std::set<int> voted;    // voters who tapped "done" this round
    bool results = false;   // the ranked results replace the board
    bool ambassador = false;  // the ambassador's panel is open
    RoundTimer timer;
    bool timer_set = false;   // the timer was set from the method's round minutes
};

// A finger on a note. A swipe scrolls its column; a hold lifts the note, which then
// follows the finger to another place, or, let go where it was, opens its menu.
struct NoteGesture {
    std::string note;         // the note pressed; empty when none
    float start_x = 0, start_y = 0;
    double pressed_at = 0;
    bool lifted = false;      // held long enough without moving: the finger carries it
    bool dragging = false;    // lifted and then moved: it lands where it is let go
};

// A note the table should see: one just added (it may be out of sight at the end of a
// long column) or the one whose text is being edited. Its column scrolls to it once,
// and it is ringed for a moment.
struct NoteReveal {
    std::string note;        // empty: none
    double since = 0;        // ImGui time it was asked for
    bool scrolled = false;   // its column was scrolled to it

    void show(std::string id, double now) { *this = NoteReveal{std::move(id), now, false}; }
};

// How long a revealed note stays ringed, and over how much of the end the ring fades.
inline constexpr double reveal_seconds = 2.0;
inline constexpr double reveal_fade_seconds = 0.8;

// How strongly the ring shows at time now: 1, then fading to 0 at reveal_seconds.
inline float reveal_strength(const NoteReveal& reveal, double now) {
    if (reveal.note.empty()) return 0;
    const double left = reveal.since + reveal_seconds - now;
    if (left <= 0) return 0;
    return left >= reveal_fade_seconds ? 1.0f : static_cast<float>(left / reveal_fade_seconds);
}

// What the bar under the board is for.
enum class ComposerMode {
    new_note,     // type a new note
    edit_note,    // change the text of editing_note
    rename_table, // the ambassador renames the table
};

}  // namespace oogst::app
