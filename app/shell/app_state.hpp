#pragma once
// What the app remembers between frames: where the user is and what they are typing.
// Everything else on screen is drawn from the store's state each frame.
#include <string>

#include "app/desk/desk_state.hpp"
#include "app/harvest/harvest_state.hpp"
#include "app/kiosk/kiosk_state.hpp"
#include "app/opendata/opendata_state.hpp"
#include "app/prepare/prepare_state.hpp"
#include "app/publish/publish_state.hpp"
#include "app/roadmap/roadmap_screen_state.hpp"
#include "app/table/board_cache.hpp"
#include "app/table/photo/photo_picking.hpp"
#include "app/table/table_round.hpp"
#include "app/wall/wall_state.hpp"
#include "app/widgets/canvas/drawing_canvas_state.hpp"
#include "core/assets/language.hpp"
#include "core/store/undo_history.hpp"

namespace oogst::app {

enum class Screen {
    start,        // choose a mode
    sessions,     // table mode: choose the session at this table
    board,        // table mode: one session's sticky notes
    drawing,      // table mode: the drawing canvas, for a drawing on capture_board
    photo,        // table mode: choose a photo from a folder, for target_board
    kiosk,        // the children's kiosk: its loop and submission flow, and the staff side behind the PIN
    desk,         // the facilitator's desk: import bundles, run the hub, provision devices
    harvest,      // a device hands its work to the facilitator: USB stick or hub
    prepare,      // the facilitator prepares: the workshop, its sessions, the devices
    gallery,      // a children's kiosk's session elsewhere than on the kiosk: its works and their consents
    wall,         // the facilitator makes sense: every capture on one wall, filed under keys
    key_page,     // one key: its captures by support, its children's works, where it came from
    debate,       // the city debate: per key its initiatives and actions, the tables' proposals
    cases,        // a Toekomstlab's innovation cases: the long list and the shortlist
    canvas,       // the social value canvas of one initiative or case
    synthesis,    // SWOT+ and mission-vision-values, each as one page
    stakeholder_map,  // the Speelveld: actors in seven groups on a map, and the links between them
    publish,      // the publications: the note, the newspaper, the memorandum, the gallery, the tables' pages
    opendata,     // open data: an online survey read in, the workshop written out for Decidim, Pol.is, spreadsheets
};

struct AppState {
    Screen screen = Screen::start;
    Language language = Language::nl;  // of the UI, chosen on the start screen
    std::string session_id;    // the session whose board is open
    std::string draft;         // the note being typed on the board
    std::string target_board;  // the column new notes go to; empty: the first column
    std::string capture_board; // the column the drawing or photo being made goes to
    std::string error;         // the last failure, shown until dismissed or a success
    DrawingCanvasState canvas; // the drawing being made on the drawing screen

    // Table mode, on the open board.
    TableRound round;
    UndoHistory undo;             // this table's own changes, newest last
    NoteGesture gesture;
    NoteReveal reveal;            // a note just added or being edited: scrolled to and ringed
    std::string menu_note;        // the note whose long-press menu is open
    ComposerMode composer = ComposerMode::new_note;
    std::string editing_note;     // the note whose text the composer edits
    std::string edit_draft;       // its text being edited (or the table's new name)
    BoardCache board_cache;
    PhotoPicking photo;        // the photo picker's folder (kept for the next photo) and choice

    // Harvest: the device's screen (and the screen it was opened from) and the
    // facilitator's desk. Their jobs run on their own threads (app/harvest/harvest_job.hpp).
    Screen harvest_back = Screen::start;
    HarvestState harvest;
    Desk desk;
    PrepareState prepare;  // the facilitator's preparation screens (app/prepare/)
    WallState wall;        // the facilitator's wall and key pages (app/wall/)
    RoadmapScreens roadmap;  // the debate and the other roadmap screens (app/roadmap/)
    PublishState publish;    // the Publish screen (app/publish/)
    OpenDataState opendata;  // the Open data screen (app/opendata/)

    // The children's kiosk (app/kiosk/kiosk_screen.hpp).
    KioskState kiosk;

    // A session from the list: a children's kiosk's opens as the gallery of its works (it
    // has no board and no rounds), any other as its board.
    void open_session(const std::string& id, bool kiosk) {
        if (!kiosk) return open_board(id);
        session_id = id;
        screen = Screen::gallery;
    }

    void open_board(const std::string& id) {
        // A half-typed note belongs to the board it was typed on.
        if (id != session_id) {
            draft.clear();
            target_board.clear();
            round = TableRound{};
            undo.clear();  // undo belongs to the table it was made at
            menu_note.clear();
            reveal = NoteReveal{};
            composer = ComposerMode::new_note;
        }
        session_id = id;
        screen = Screen::board;
    }
};

}  // namespace oogst::app
