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

// A finger on a note: a drag moves it, a long press opens its menu, a tap votes.
struct NoteGesture {
    std::string note;         // the note pressed; empty when none
    float start_x = 0, start_y = 0;
    double pressed_at = 0;
    bool dragging = false;
    bool menu_opened = false;  // the long press already opened the menu
};

// What the bar under the board is for.
enum class ComposerMode {
    new_note,     // type a new note
    edit_note,    // change the text of editing_note
    rename_table, // the ambassador renames the table
};

}  // namespace oogst::app
