// New work never appears out of sight: after a note, a drawing or a photo is added to
// a long column, the column scrolls to it and rings it for a moment. "Edit the text"
// opens the keyboard at once, with the note ringed and in view above it.
#include <cstdlib>

#include "app/table/board_notes.hpp"
#include "tests/app/table/table_fixture.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

class NewWorkInView : public TableTest {
protected:
    void SetUp() override {
        write_file(photos / "collage.png", test_png(800, 600));
        setenv("OOGST_PHOTOS", photos.path().c_str(), 1);
        TableTest::SetUp();
        // Far more notes than the first column shows: new ones land out of sight.
        for (int i = 0; i < 24; ++i)
            add_note("extra-" + std::to_string(i), "stad-2030", 2.0f + i, "Idee " + std::to_string(i));
        ui->frames(2);
        ASSERT_FALSE(ui->shows("note.extra-23"));
    }
    void TearDown() override {
        TableTest::TearDown();
        unsetenv("OOGST_PHOTOS");
    }

    // The table's capture placed last (new work goes to the end of its column).
    std::string newest_note() const {
        const CaptureRecord* newest = nullptr;
        for (const auto& [id, note] : store->state().captures_of("tafel"))
            if (!newest || note->placement.value().x > newest->placement.value().x) newest = note;
        return newest ? newest->origin->id : "";
    }

    // The note is drawn, wholly in view (not under the column's edge or the keyboard).
    void expect_in_view(const std::string& id) {
        ui->frames(2);  // the scroll asked for shows in the next frame
        ASSERT_TRUE(ui->shows("note." + id)) << "the new note should be scrolled into view";
        const app::TouchWidget& note = ui->widget("note." + id);
        EXPECT_NEAR(note.visible.GetHeight(), note.rect.GetHeight(), 0.5f) << "wholly in view, not cut off";
        const ImRect& keyboard = ui->shell().keyboard_area();
        if (keyboard.GetHeight() > 0) EXPECT_LE(note.rect.Max.y, keyboard.Min.y);
    }

    float ring_now() const { return app::reveal_strength(ui->state().reveal, ImGui::GetTime()); }

    TemporaryFolder photos;
};

TEST_F(NewWorkInView, ATypedNoteIsScrolledToAndRingedBriefly) {
    add_note_through_ui("Een zwembad in elke wijk");
    const std::string id = newest_note();
    ASSERT_EQ(store->state().capture(id)->text.value(), "Een zwembad in elke wijk");
    expect_in_view(id);
    EXPECT_EQ(ui->state().reveal.note, id);
    EXPECT_GT(ring_now(), 0.9f) << "ringed, so the table sees which one is new";
    ui->wait(2.5f);
    EXPECT_EQ(ring_now(), 0) << "only for a moment";
    EXPECT_TRUE(ui->shows("note." + id)) << "and the column stays where it was scrolled to";
}

TEST_F(NewWorkInView, ASavedDrawingIsScrolledToOnTheBoard) {
    ui->tap("board.draw");
    ASSERT_TRUE(ui->shows("canvas.area"));
    const ImRect paper = ui->widget("canvas.area").rect;
    ui->drag(ImVec2(paper.Min.x + paper.GetWidth() * 0.2f, paper.Min.y + paper.GetHeight() * 0.3f),
             ImVec2(paper.GetWidth() * 0.5f, paper.GetHeight() * 0.2f));
    ui->tap("drawing.save");
    ASSERT_EQ(ui->state().screen, app::Screen::board);
    const std::string id = newest_note();
    ASSERT_EQ(store->state().capture(id)->origin->capture_kind, CaptureKind::drawing);
    expect_in_view(id);
    EXPECT_GT(ring_now(), 0);
}

TEST_F(NewWorkInView, AnAddedPhotoIsScrolledToOnTheBoard) {
    ui->tap("board.photo");
    ui->tap("photo.place.0");
    ui->tap("photo.file.collage.png");
    ui->tap("photo.add");
    ASSERT_EQ(ui->state().screen, app::Screen::board) << ui->state().error;
    const std::string id = newest_note();
    ASSERT_EQ(store->state().capture(id)->origin->capture_kind, CaptureKind::photo);
    expect_in_view(id);
    EXPECT_GT(ring_now(), 0);
}

TEST_F(NewWorkInView, EditTheTextOpensTheKeyboardWithTheNoteRingedAndInView) {
    // A note near the end of the column, brought into view by a swipe.
    const ImRect header = ui->widget("board.column.stad-2030").rect;
    for (int i = 0; i < 6 && !ui->shows("note.extra-22"); ++i) {
        ui->drag(ImVec2(header.GetCenter().x, header.Max.y + 250), ImVec2(0, -200));
        ui->wait(1.5f);
    }
    ASSERT_TRUE(ui->shows("note.extra-22"));
    ui->long_press("note.extra-22", 1.0f);
    ui->tap("menu.edit");

    EXPECT_EQ(ui->state().composer, app::ComposerMode::edit_note);
    EXPECT_TRUE(ui->shell().text_entry().has_focus("board.edit")) << "the keyboard opens on the text at once";
    ui->frame();
    EXPECT_GT(ui->shell().keyboard_area().GetHeight(), 0);
    expect_in_view("extra-22");
    EXPECT_EQ(ui->state().editing_note, "extra-22");
    ui->wait(3);
    EXPECT_EQ(app::note_ring(ui->state(), "extra-22"), 1.0f) << "ringed for as long as it is edited";

    ui->type(" en 23");  // no tap on the field needed
    ui->tap("board.edit.save");
    EXPECT_EQ(capture("extra-22").text.value(), "Idee 22 en 23");
}

}  // namespace
}  // namespace oogst::testing
