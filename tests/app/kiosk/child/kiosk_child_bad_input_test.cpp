// What can go wrong while a child makes a work: a file in the camera folder that is not
// a photo, a photo far too large, an empty poem, a full disk at "Verstuur". Each gives a
// friendly sentence on screen, keeps the child on the step with their work, and the
// kiosk goes on.
#include <gtest/gtest.h>

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "tests/app/kiosk/child/kiosk_child_fixture.hpp"

namespace oogst::testing {
namespace {

using app::KioskStep;

TEST_F(KioskChildTest, APhotoThatIsNotAnImageOrTooLargeIsExplained) {
    camera_takes("kapot.jpg", "dit is een tekst, geen foto\n");
    camera_takes("reuze.png", png_header_only(12000, 12000));
    camera_takes("half.jpg", test_jpeg(640, 480).substr(0, 2000));
    wake();
    ui->tap("kiosk.choose.photo");

    const std::pair<const char*, const char*> refusals[] = {
        {"kiosk.photo.kapot.jpg", "kiosk.photo.not_an_image"},
        {"kiosk.photo.reuze.png", "kiosk.photo.too_big"},
        {"kiosk.photo.half.jpg", "kiosk.photo.broken"},
    };
    for (const auto& [tile, sentence] : refusals) {
        ui->tap(tile);
        EXPECT_EQ(child().message, words(sentence)) << tile;
        EXPECT_EQ(child().step, KioskStep::make);
        EXPECT_TRUE(child().work.photo_blob.empty());
        ui->tap("kiosk.next");
        EXPECT_EQ(child().step, KioskStep::make) << "a refused photo cannot be sent";
    }

    // A good photo after the bad ones is taken, and the child goes on.
    camera_takes("goed.png", test_png(320, 240));
    ui->wait(2.5f);
    ui->tap("kiosk.photo.goed.png");
    EXPECT_TRUE(child().message.empty()) << child().message;
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::about);
}

TEST_F(KioskChildTest, AnEmptyPoemCannotBeSent) {
    wake();
    ui->tap("kiosk.choose.poem");
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::make);
    EXPECT_EQ(child().message, words("kiosk.problem.empty_poem"));
    // Spaces and empty lines are no poem either.
    ui->type("   ");
    ui->press_enter();
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::make);
    ui->type("De zon");
    EXPECT_TRUE(child().message.empty());  // the hint goes once there is a word
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::about);
}

TEST_F(KioskChildTest, AnEmptyDrawingCannotBeSent) {
    wake();
    ui->tap("kiosk.choose.drawing");
    ui->tap("kiosk.next");
    EXPECT_EQ(child().step, KioskStep::make);
    EXPECT_EQ(child().message, words("kiosk.problem.empty_drawing"));
}

// The kiosk's store on a real small disk (a tmpfs; mounting needs root) that fills up
// before "Verstuur": the child is told, the work stays, the kiosk runs on, and once
// there is room again the same work goes through.
TEST_F(KioskChildTest, AFullDiskAtSendingKeepsTheWork) {
    SmallTestDisk disk;
    if (!disk.mounted()) GTEST_SKIP() << disk.why_not();
    open(disk.path() / "kiosk");
    make_a_busy_drawing();
    ui->tap("kiosk.next");
    about("Lotte", "De Regenboog", "5B");
    const std::filesystem::path filler = disk.fill();

    ui->tap("kiosk.send");
    EXPECT_EQ(child().step, KioskStep::preview);
    const std::string full = ui->assets().words.format(Language::nl, "store.full", {{"folder", store->folder().string()}});
    EXPECT_NE(child().message.find(full), std::string::npos) << child().message;
    EXPECT_EQ(child().work.strokes.size(), 2002u);
    EXPECT_TRUE(works(WorkStatus::waiting).empty());
    ui->frames(5);  // the kiosk goes on
    EXPECT_TRUE(ui->shows("kiosk.send"));

    // Room again: the same work, sent as it is.
    std::filesystem::remove(filler);
    ui->tap("kiosk.send");
    ASSERT_EQ(child().step, KioskStep::thanks) << child().message;
    const auto waiting = works(WorkStatus::waiting);
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(waiting[0].capture->origin->strokes.size(), 2002u);
    EXPECT_EQ(field_value(*waiting[0].capture, kiosk_field::first_name), "Lotte");
    EXPECT_EQ(store->integrity_check(), "ok");
}

}  // namespace
}  // namespace oogst::testing
