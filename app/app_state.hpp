#pragma once
// What the app remembers between frames: where the user is and what they are typing.
// Everything else on screen is drawn from the store's state each frame.
#include <string>

#include "core/language.hpp"

namespace oogst::app {

enum class Screen {
    start,        // choose a mode
    sessions,     // table mode: choose the session at this table
    board,        // table mode: one session's sticky notes
    drawing,      // table mode: the drawing canvas, for a drawing on target_board
    photo,        // table mode: choose a photo from a folder, for target_board
    kiosk,        // not built yet: a "coming soon" screen
    facilitator,  // not built yet: a "coming soon" screen
};

struct AppState {
    Screen screen = Screen::start;
    Language language = Language::nl;  // of the UI, chosen on the start screen
    std::string session_id;    // the session whose board is open
    std::string draft;         // the note being typed on the board
    std::string target_board;  // the column new notes go to; empty: the first column
    std::string capture_board; // the column the drawing or photo being made goes to
    std::string error;         // the last failure, shown until dismissed or a success

    void open_board(const std::string& id) {
        // A half-typed note belongs to the board it was typed on.
        if (id != session_id) {
            draft.clear();
            target_board.clear();
        }
        session_id = id;
        screen = Screen::board;
    }
};

}  // namespace oogst::app
