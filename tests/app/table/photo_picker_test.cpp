// Adding a photo through the picker, the way an ambassador does: from the board's
// "Foto" button, into a folder, onto a photo, "Toevoegen"; then the store is checked.
// Bad files show a sentence and store nothing.
#include <sqlite3.h>

#include <cstdlib>

#include "platform/image_codec.hpp"
#include "tests/app/app_fixture.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

class PhotoPickerTest : public AppTest {
protected:
    void SetUp() override {
        write_file(photos / "Collage klas 5B.png", test_png(1600, 1200));
        write_file(photos / "maquette.JPG", test_jpeg(2400, 1800));
        write_file(photos / "DCIM" / "100CANON" / "IMG_0001.jpg", test_jpeg(640, 480));
        write_file(photos / "DCIM" / "100CANON" / "IMG_0010.jpg", test_jpeg(480, 640));
        write_file(photos / "notities.txt", "geen foto");
        write_file(photos / ".verborgen.jpg", test_jpeg(32, 32));
        write_file(photos / "kapot.jpg", "Dit is een tekstbestand met de verkeerde naam.\n");
        write_file(photos / "reuze.png", png_header_only(12000, 12000));
        const std::string whole = test_jpeg(800, 600);
        write_file(photos / "half.jpg", whole.substr(0, whole.size() / 2));
        setenv("OOGST_PHOTOS", photos.path().c_str(), 1);
        AppTest::SetUp();
    }
    void TearDown() override {
        AppTest::TearDown();
        unsetenv("OOGST_PHOTOS");
    }

    // From the board to the photos folder ($OOGST_PHOTOS is the first place).
    void open_photos_folder() {
        ui->tap("board.photo");
        ASSERT_EQ(ui->state().screen, app::Screen::photo);
        ui->tap("photo.place.0");
        ASSERT_TRUE(ui->shows("photo.up"));
    }

    // The captures of the first session that are photos.
    std::vector<const CaptureRecord*> photos_on_board() const {
        std::vector<const CaptureRecord*> found;
        for (const auto& [id, capture] : store->state().captures_of(first_session()))
            if (capture->origin->capture_kind == CaptureKind::photo) found.push_back(capture);
        return found;
    }

    std::int64_t blob_count() const {
        sqlite3* db = nullptr;
        sqlite3_open_v2((folder.path() / Store::file_name).c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* query = nullptr;
        sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM blobs", -1, &query, nullptr);
        const std::int64_t count = sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int64(query, 0) : -1;
        sqlite3_finalize(query);
        sqlite3_close(db);
        return count;
    }

    std::string problem(const char* key, std::initializer_list<std::pair<std::string_view, std::string>> values) const {
        return ui->assets().words.format(Language::nl, key, values);
    }

    TemporaryFolder photos;
};

TEST_F(PhotoPickerTest, PngFromTheFolderBecomesAPhotoCaptureOnTheBoard) {
    open_first_board();
    const std::size_t before = store->state().captures_of(first_session()).size();
    std::size_t in_column = 0;
    for (const auto& [id, capture] : store->state().captures_of(first_session()))
        in_column += capture->placement.value().board == "stad-2030";
    const std::uint64_t operations = store->operation_count();
    open_photos_folder();

    ui->tap("photo.file.Collage klas 5B.png");
    ASSERT_TRUE(ui->shows("photo.add")) << ui->state().error;
    EXPECT_EQ(store->operation_count(), operations);  // looking is not adding
    ui->tap("photo.add");

    EXPECT_EQ(ui->state().screen, app::Screen::board);
    EXPECT_EQ(ui->state().error, "");
    EXPECT_EQ(store->operation_count(), operations + 1);
    ASSERT_EQ(store->state().captures_of(first_session()).size(), before + 1);
    const auto added = photos_on_board();
    ASSERT_EQ(added.size(), 1u);
    const CaptureAdded& photo = *added.front()->origin;
    EXPECT_EQ(photo.board, "stad-2030");
    EXPECT_EQ(photo.prompt, "stad-2030");
    // After the column's other notes (the column is ordered by x).
    for (const auto& [id, other] : store->state().captures_of(photo.session_id))
        if (other != added.front() && other->placement.value().board == "stad-2030")
            EXPECT_LT(other->placement.value().x, photo.x);
    EXPECT_GE(in_column, 1u);
    EXPECT_EQ(photo.author_label, "Tafel");
    EXPECT_NE(photo.colour, 0u);

    const auto original = store->blob(photo.photo_blob);
    ASSERT_TRUE(original);
    EXPECT_EQ(*original, read_file(photos / "Collage klas 5B.png"));
    const auto preview = store->blob(photo.preview_blob);
    ASSERT_TRUE(preview);
    EXPECT_EQ(platform::sniff_image_format(*preview), platform::ImageFormat::jpeg);
    const auto size = platform::read_image_size(*preview);
    ASSERT_TRUE(size);
    EXPECT_EQ(size->width, 1280);
    EXPECT_EQ(size->height, 960);

    // The board draws the new photo note (a placeholder headless) without trouble.
    ui->frames(2);
    EXPECT_TRUE(ui->shows("board.photo"));
}

TEST_F(PhotoPickerTest, JpegInASubfolderGoesToTheColumnChosen) {
    open_first_board();
    ui->tap("board.column.waarden");
    open_photos_folder();
    EXPECT_TRUE(ui->shows("photo.file.maquette.JPG"));  // upper-case extensions count
    EXPECT_FALSE(ui->shows("photo.file.notities.txt"));
    EXPECT_FALSE(ui->shows("photo.file..verborgen.jpg"));

    ui->tap("photo.folder.DCIM");
    ui->tap("photo.folder.100CANON");
    ui->tap("photo.file.IMG_0010.jpg");
    ui->tap("photo.add");

    const auto added = photos_on_board();
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(added.front()->placement.value().board, "waarden");
    EXPECT_EQ(*store->blob(added.front()->origin->photo_blob), read_file(photos / "DCIM" / "100CANON" / "IMG_0010.jpg"));
    const auto size = platform::read_image_size(*store->blob(added.front()->origin->preview_blob));
    ASSERT_TRUE(size);
    EXPECT_EQ(size->width, 480);
    EXPECT_EQ(size->height, 640);
}

TEST_F(PhotoPickerTest, NextPhotoStartsInTheFolderOfTheLast) {
    open_first_board();
    open_photos_folder();
    ui->tap("photo.folder.DCIM");
    ui->tap("photo.folder.100CANON");
    ui->tap("photo.file.IMG_0001.jpg");
    ui->tap("photo.add");
    ASSERT_EQ(ui->state().screen, app::Screen::board);

    ui->tap("board.photo");
    EXPECT_TRUE(ui->shows("photo.file.IMG_0010.jpg"));
    ui->tap("photo.file.IMG_0010.jpg");
    ui->tap("photo.add");
    EXPECT_EQ(photos_on_board().size(), 2u);
}

TEST_F(PhotoPickerTest, UpGoesBackButNeverAboveThePlace) {
    open_first_board();
    open_photos_folder();
    ui->tap("photo.folder.DCIM");
    ui->tap("photo.folder.100CANON");
    ui->tap("photo.up");
    EXPECT_TRUE(ui->shows("photo.folder.100CANON"));
    ui->tap("photo.up");
    EXPECT_TRUE(ui->shows("photo.file.maquette.JPG"));
    ui->tap("photo.up");  // from the place's root: the list of places, not its parent folder
    EXPECT_TRUE(ui->shows("photo.place.0"));
    EXPECT_FALSE(ui->shows("photo.up"));
    EXPECT_EQ(ui->state().photo.folder, std::filesystem::path());
}

TEST_F(PhotoPickerTest, AnotherPhotoAndBackStoreNothing) {
    open_first_board();
    const std::uint64_t operations = store->operation_count();
    const std::int64_t blobs = blob_count();
    open_photos_folder();
    ui->tap("photo.file.maquette.JPG");
    ui->tap("photo.other");
    EXPECT_TRUE(ui->shows("photo.file.maquette.JPG"));
    ui->tap("photo.file.maquette.JPG");
    ui->tap("photo.back");
    EXPECT_EQ(ui->state().screen, app::Screen::board);
    EXPECT_EQ(store->operation_count(), operations);
    EXPECT_EQ(blob_count(), blobs);
}

struct BadPhoto {
    const char* file;
    const char* key;
};

TEST_F(PhotoPickerTest, BadFilesAreExplainedAndNothingIsStored) {
    open_first_board();
    const std::uint64_t operations = store->operation_count();
    const std::int64_t blobs = blob_count();
    open_photos_folder();
    for (const BadPhoto bad : {BadPhoto{"kapot.jpg", "photo.problem.not_an_image"},
                               BadPhoto{"half.jpg", "photo.problem.truncated"}}) {
        ui->tap(std::string("photo.file.") + bad.file);
        EXPECT_EQ(ui->state().error, problem(bad.key, {{"file", bad.file}})) << bad.file;
        EXPECT_TRUE(ui->shows("error.dismiss"));
        EXPECT_FALSE(ui->shows("photo.add"));
        EXPECT_TRUE(ui->shows(std::string("photo.file.") + bad.file));  // the folder stays open
    }
    ui->tap("photo.file.reuze.png");
    EXPECT_EQ(ui->state().error,
              problem("photo.problem.too_large", {{"file", "reuze.png"}, {"width", "12000"}, {"height", "12000"}, {"limit", "50"}}));
    EXPECT_NE(ui->state().error.find("12000 × 12000"), std::string::npos);
    EXPECT_EQ(store->operation_count(), operations);
    EXPECT_EQ(blob_count(), blobs);
    EXPECT_EQ(ui->state().screen, app::Screen::photo);

    // A good photo after a bad one: the message goes, the photo is added.
    ui->tap("photo.file.maquette.JPG");
    EXPECT_EQ(ui->state().error, "");
    ui->tap("photo.add");
    EXPECT_EQ(photos_on_board().size(), 1u);
}

TEST_F(PhotoPickerTest, MessageIsInTheChosenLanguage) {
    ui->tap("start.language.fr");
    open_first_board();
    open_photos_folder();
    ui->tap("photo.file.half.jpg");
    EXPECT_EQ(ui->state().error,
              ui->assets().words.format(Language::fr, "photo.problem.truncated", {{"file", "half.jpg"}}));
}

// Another program holding the store's write lock: neither blob nor capture is stored,
// the photo stays chosen, and the same tap adds it once the lock is gone.
TEST_F(PhotoPickerTest, StoreRefusingThePhotoStoresNoneOfIt) {
    open_first_board();
    const std::uint64_t operations = store->operation_count();
    const std::int64_t blobs = blob_count();
    open_photos_folder();
    ui->tap("photo.file.Collage klas 5B.png");

    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open((folder.path() / Store::file_name).c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    ui->tap("photo.add");  // waits out the store's busy timeout, then gives up
    EXPECT_NE(ui->state().error, "");
    EXPECT_TRUE(ui->shows("photo.add"));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(store->operation_count(), operations);
    EXPECT_EQ(blob_count(), blobs);
    EXPECT_TRUE(photos_on_board().empty());

    ui->tap("photo.add");
    EXPECT_EQ(ui->state().error, "");
    EXPECT_EQ(photos_on_board().size(), 1u);
    EXPECT_EQ(blob_count(), blobs + 2);
}

TEST_F(PhotoPickerTest, EveryPickerViewIsFingerSized) {
    for (const float scale : {1.0f, 2.0f}) {
        ui.reset();
        ui = std::make_unique<UiHarness>(*store, ImVec2(1280 * scale, 800 * scale), scale);
        const auto expect_touchable = [&](const char* view) {
            ASSERT_FALSE(ui->shell().touch().widgets().empty()) << view;
            for (const auto& widget : ui->shell().touch().widgets()) {
                EXPECT_GE(widget.rect.GetHeight(), app::min_touch_px * scale - 0.5f) << view << ": " << widget.name;
                EXPECT_GE(widget.rect.GetWidth(), app::min_touch_px * scale - 0.5f) << view << ": " << widget.name;
            }
        };
        open_first_board();
        ui->tap("board.photo");
        expect_touchable("places");
        ui->tap("photo.place.0");
        expect_touchable("folder");
        ui->tap("photo.file.maquette.JPG");
        expect_touchable("chosen");
        ui->tap("photo.other");
        ui->tap("photo.file.kapot.jpg");
        expect_touchable("folder with a message");
    }
}

}  // namespace
}  // namespace oogst::testing
