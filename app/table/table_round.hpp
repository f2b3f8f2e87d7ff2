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

// What the bar under the board is for.
enum class ComposerMode {
    new_note,     // type a new note
    edit_note,    // change the text of editing_note
    rename_table, // the ambassador renames the table
};

}  // namespace oogst::app
