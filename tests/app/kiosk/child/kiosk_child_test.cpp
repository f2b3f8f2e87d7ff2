// A child sends in a drawing, a poem and a photo through the kiosk's screens, as a child
// would: the loop, the three cards, the canvas, the keyboard, the camera's photos, the
// school and class buttons, "Verstuur". Each arrives in the store waiting for the
// teacher, with the first name, class and school as fields, and stays out of the loop.
#include <gtest/gtest.h>

#include "app/kiosk/child/kiosk_make.hpp"
#include "tests/app/kiosk/child/kiosk_child_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStep;

// The one work waiting in the kiosk's session, checked for what every work carries.
const CaptureRecord& the_waiting_work(KioskChildTest& test, std::vector<KioskEntry> waiting, CaptureKind kind,
                                      const std::string& first_name, const std::string& class_name,
                                      const std::string& school) {
    EXPECT_EQ(waiting.size(), 1u);
    if (waiting.empty()) throw std::runtime_error("nothing was sent in");
    const CaptureRecord& capture = *waiting.front().capture;
    EXPECT_EQ(capture.origin->capture_kind, kind);
    EXPECT_EQ(field_value(capture, kiosk_field::first_name), first_name);
    EXPECT_EQ(field_value(capture, kiosk_field::class_name), class_name);
    EXPECT_EQ(field_value(capture, kiosk_field::school), school);
    EXPECT_EQ(work_status(capture), WorkStatus::waiting);
    (void)test;
    return capture;
}

class KioskSubmission : public KioskChildTest {
protected:
    // "Verstuur", the thanks, and by itself back to the loop, which does not show the
    // work: it waits for the teacher.
    void send_and_see_thanks() {
        ASSERT_TRUE(ui->shows("kiosk.send"));
        ui->tap("kiosk.send");
        ASSERT_EQ(child().step, KioskStep::thanks) << child().message;
        EXPECT_TRUE(ui->shows("kiosk.thanks"));
        ui->wait(9);
        EXPECT_EQ(child().step, KioskStep::loop);
        EXPECT_TRUE(works(WorkStatus::shown).empty());
        EXPECT_TRUE(child().slides.shown_id.empty());  // the welcome: nothing approved yet
        EXPECT_GT(store->kiosk_turn_ended_ms(), 0);
    }
};

TEST_F(KioskSubmission, ADrawingMadeOnTheCanvas) {
    wake();
    ui->tap("kiosk.choose.drawing");
    ASSERT_EQ(child().step, KioskStep::make);
    ASSERT_TRUE(ui->shows("canvas.area"));
    draw_on_canvas();
    ui->tap("kiosk.next");
    about("Lotte", "De Regenboog", "5B");
    send_and_see_thanks();

    const CaptureRecord& drawing =
        the_waiting_work(*this, works(WorkStatus::waiting), CaptureKind::drawing, "Lotte", "5B", "De Regenboog");
    EXPECT_EQ(drawing.origin->strokes.size(), 2u);
    EXPECT_EQ(drawing.origin->author_label, "Lotte · 5B · De Regenboog");
    EXPECT_TRUE(store->has_blob(drawing.origin->preview_blob));  // the rendered drawing
}

TEST_F(KioskSubmission, APoemTypedOnTheKeyboard) {
    wake();
    ui->tap("kiosk.choose.poem");
    ASSERT_EQ(child().step, KioskStep::make);
    // The keyboard comes at once for the poem.
    EXPECT_TRUE(ui->shell().text_entry().has_focus("kiosk.poem"));
    ui->type("Mijn stad is groen");
    ui->press_enter();
    ui->type("en vol met fietsen");
    ui->tap("kiosk.next");
    // No first name: it is optional.
    about("", "Sint-Jozef", "4");
    send_and_see_thanks();

    const CaptureRecord& poem = the_waiting_work(*this, works(WorkStatus::waiting), CaptureKind::text, "", "4", "Sint-Jozef");
    EXPECT_EQ(poem.text.value(), "Mijn stad is groen\nen vol met fietsen");
    EXPECT_EQ(poem.origin->author_label, "4 · Sint-Jozef");
}

TEST_F(KioskSubmission, APhotoFromTheKioskCamera) {
    const std::string jpeg = test_jpeg(640, 480);
    camera_takes("IMG_0001.JPG", jpeg);
    camera_takes("IMG_0002.png", test_png(320, 240));
    wake();
    ui->tap("kiosk.choose.photo");
    ASSERT_EQ(child().step, KioskStep::make);
    // Nothing chosen yet: "Verder" explains and stays.
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::make);
    EXPECT_EQ(child().message, words("kiosk.problem.no_photo"));
    // The newest first.
    ASSERT_EQ(child().photos.size(), 2u);
    EXPECT_EQ(child().photos.front().name, "IMG_0002.png");
    ui->tap("kiosk.photo.IMG_0001.JPG");
    EXPECT_TRUE(child().message.empty()) << child().message;
    ui->tap("kiosk.next");
    about("Mila", "De Regenboog", "5A");
    send_and_see_thanks();

    const CaptureRecord& photo =
        the_waiting_work(*this, works(WorkStatus::waiting), CaptureKind::photo, "Mila", "5A", "De Regenboog");
    EXPECT_EQ(store->blob(photo.origin->photo_blob), jpeg);  // the camera's file, unchanged
    EXPECT_TRUE(store->has_blob(photo.origin->preview_blob));
}

// A camera saves into subfolders (DCIM/100CANON); the photo step finds its photos there,
// newest first, and leaves other files alone.
TEST_F(KioskSubmission, PhotosInTheCamerasSubfoldersNewestFirst) {
    camera_takes("DCIM/100CANON/IMG_0001.JPG", test_jpeg(320, 240));
    camera_takes("DCIM/100CANON/notities.txt", "geen foto");
    camera_takes("DCIM/101CANON/IMG_0002.jpeg", test_jpeg(320, 240));
    const auto photos = app::list_kiosk_camera_photos(camera(), 0);
    ASSERT_EQ(photos.size(), 2u);
    EXPECT_EQ(photos[0].name, "IMG_0002.jpeg");
    EXPECT_EQ(photos[1].name, "IMG_0001.JPG");
    EXPECT_TRUE(app::list_kiosk_camera_photos(camera(), photos[0].arrived_ms).empty());
    EXPECT_TRUE(app::list_kiosk_camera_photos(camera() / "er is niets", 0).empty());
}

// With one school of one class there is nothing to pick: both are picked already.
TEST_F(KioskSubmission, TheOnlySchoolAndClassArePickedAlready) {
    KioskSettings one = settings();
    one.schools = {parse_kiosk_school("De Regenboog: 5A")};
    store->save_kiosk_settings(one);
    ui->state().kiosk.settings = one;
    wake();
    ui->tap("kiosk.choose.drawing");
    draw_on_canvas();
    ui->tap("kiosk.next");
    ASSERT_EQ(child().step, KioskStep::about);
    EXPECT_EQ(child().work.school, "De Regenboog");
    EXPECT_EQ(child().work.class_name, "5A");
    ui->tap("kiosk.next");
    ASSERT_EQ(child().step, KioskStep::preview);
}

// The school and class are picked, never typed: "Verder" waits for both, and a school
// shows only its own classes.
TEST_F(KioskSubmission, SchoolAndClassAreNeeded) {
    wake();
    ui->tap("kiosk.choose.drawing");
    draw_on_canvas();
    ui->tap("kiosk.next");
    ASSERT_EQ(child().step, KioskStep::about);
    EXPECT_FALSE(ui->shows("kiosk.class.5A"));  // no school yet, so no classes
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::about);
    EXPECT_EQ(child().message, words("kiosk.problem.no_school"));
    ui->tap("kiosk.school.Sint-Jozef");
    EXPECT_TRUE(ui->shows("kiosk.class.4"));
    EXPECT_FALSE(ui->shows("kiosk.class.5A"));
    ui->tap("kiosk.next");
    EXPECT_EQ(child().message, words("kiosk.problem.no_class"));
    ui->tap("kiosk.class.5");
    EXPECT_TRUE(child().message.empty());  // the hint has done its work
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::preview);
}

// Back and forth keeps what was made; "home" on the first step ends the turn.
TEST_F(KioskSubmission, BackKeepsTheWorkAndHomeEndsTheTurn) {
    wake();
    ui->tap("kiosk.choose.drawing");
    draw_on_canvas();
    ui->tap("kiosk.back");
    ASSERT_EQ(child().step, KioskStep::choose);
    ui->tap("kiosk.choose.drawing");
    EXPECT_EQ(child().canvas.draft.strokes().size(), 2u);
    ui->tap("kiosk.back");
    ui->tap("kiosk.home");
    EXPECT_EQ(child().step, KioskStep::loop);
    EXPECT_TRUE(child().canvas.draft.empty());
}

}  // namespace
}  // namespace oogst::testing
