#pragma once
// A dream-session table with a few known notes on a real store, and its board open:
// for tests of moving, editing, deleting, undoing, the ambassador and scoring.
#include <imgui_internal.h>

#include <stdexcept>
#include <string>
#include <string_view>

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

    // How far the column of board is scrolled (its ImGui child window "notes.<board>").
    float column_scroll(const std::string& board) const {
        const std::string part = "/notes." + board + "_";
        for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
            if (std::string_view(window->Name).find(part) != std::string_view::npos) return window->Scroll.y;
        throw std::runtime_error("no column " + board + " on screen");
    }

    // A slow swipe of dy in the column of board: the finger rests before it lifts, so
    // the column does not glide on and moves by dy exactly (within its ends).
    void scroll_column(const std::string& board, float dy) {
        const ImRect header = ui->widget("board.column." + board).rect;
        const ImVec2 from(header.GetCenter().x, header.Max.y + (dy < 0 ? 260 : 60));
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = from;
        io.MouseDown[0] = false;
        ui->frame();
        io.MouseDown[0] = true;
        ui->frame();
        for (int step = 1; step <= 8; ++step) {
            io.MousePos = ImVec2(from.x, from.y + dy * step / 8);
            ui->frame();
        }
        ui->frames(12);
        io.MouseDown[0] = false;
        ui->frames(2);
    }

    // Swipes the column of board until the widget is wholly in view (a vote button
    // under a note far down a column, say), from the column's top down.
    void bring_into_view(const std::string& board, const std::string& widget) {
        const auto in_view = [&] {
            if (!ui->shows(widget)) return false;
            const app::TouchWidget& found = ui->widget(widget);
            return found.visible.GetHeight() >= found.rect.GetHeight() - 0.5f;
        };
        ui->frames(2);  // a scroll the last frame asked for (to a new note, say) shows first
        if (in_view()) return;
        for (int i = 0; i < 20 && column_scroll(board) > 0; ++i) scroll_column(board, 200);
        for (int i = 0; i < 40 && !in_view(); ++i) scroll_column(board, -100);
        if (!in_view()) throw std::runtime_error(widget + " could not be brought into view");
    }

    void open_ambassador_panel() {
        ui->long_press("board.ambassador", 1.2f);
        ASSERT_TRUE(ui->state().round.ambassador);
    }
};

}  // namespace oogst::testing
