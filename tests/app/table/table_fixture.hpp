#pragma once
// A dream-session table with a few known notes on a real store, and its board open:
// for tests of moving, editing, deleting, undoing, the ambassador and scoring.
#include <string>

#include "tests/app/app_fixture.hpp"

namespace oogst::testing {

class TableTest : public AppTest {
protected:
    void SetUp() override {
        AppTest::SetUp();
        store->record(SessionSet{"tafel", "droomsessie", "Tafel 7: Zuid", "Lotte", "Buurthuis", 0, 3});
        add_note("fiets", "stad-2030", 0, "Fietsstraten");
        add_note("park", "stad-2030", 1, "Meer groen");
        add_note("bank", "ideeen", 0, "Bankjes");
        ui->tap("start.table");
        ui->tap("sessions.open.tafel");
    }

    void add_note(const std::string& id, const std::string& board, float x, const std::string& text) {
        CaptureAdded note;
        note.id = id;
        note.session_id = "tafel";
        note.text = text;
        note.board = note.prompt = board;
        note.x = x;
        store->record(note);
    }

    const CaptureRecord& capture(const std::string& id) const {
        const CaptureRecord* found = store->state().capture(id);
        if (!found) throw std::runtime_error("no live capture " + id);
        return *found;
    }

    ImVec2 centre_of(const std::string& name) const {
        const ImRect& rect = ui->widget(name).visible;
        return ImVec2((rect.Min.x + rect.Max.x) * 0.5f, (rect.Min.y + rect.Max.y) * 0.5f);
    }

    void open_ambassador_panel() {
        ui->long_press("board.ambassador", 1.2f);
        ASSERT_TRUE(ui->state().round.ambassador);
    }
};

}  // namespace oogst::testing
