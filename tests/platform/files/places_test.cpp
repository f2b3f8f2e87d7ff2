// Where the picker looks for photos and what it lists there.
#include <gtest/gtest.h>

#include <cstdlib>

#include "platform/files/photo_folder.hpp"
#include "platform/files/places.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

TEST(PhotoPlaces, PhotoExtensionsInAnyCase) {
    for (const char* name : {"a.jpg", "B.JPG", "c.Jpeg", "d.png", "e.PNG"}) EXPECT_TRUE(platform::has_photo_extension(name)) << name;
    for (const char* name : {"a.txt", "jpg", ".jpg", "b.jpg.txt", "c.gif", "d.heic", "e."})
        EXPECT_FALSE(platform::has_photo_extension(name)) << name;
}

TEST(PhotoPlaces, FolderListsSubfoldersAndPhotosInNaturalOrder) {
    TemporaryFolder folder;
    for (const char* name : {"IMG_10.jpg", "IMG_2.jpg", "img_3.PNG", "notes.txt", ".hidden.jpg", "._IMG_2.jpg"})
        write_file(folder / name, "x");
    std::filesystem::create_directories(folder / "Zomer");
    std::filesystem::create_directories(folder / "april");
    std::filesystem::create_directories(folder / ".Trash-1000");
    const platform::FolderListing listing = platform::list_photo_folder(folder.path());
    EXPECT_TRUE(listing.readable);
    EXPECT_EQ(listing.folders, (std::vector<std::string>{"april", "Zomer"}));
    std::vector<std::string> names;
    for (const auto& photo : listing.photos) names.push_back(photo.name);
    EXPECT_EQ(names, (std::vector<std::string>{"IMG_2.jpg", "img_3.PNG", "IMG_10.jpg"}));
}

TEST(PhotoPlaces, MissingFolderIsNotReadable) {
    TemporaryFolder folder;
    EXPECT_FALSE(platform::list_photo_folder(folder / "weg").readable);
}

TEST(PhotoPlaces, InsideMeansAtOrBelowTheRoot) {
    EXPECT_TRUE(platform::is_inside("/media/lotte/STICK", "/media/lotte/STICK"));
    EXPECT_TRUE(platform::is_inside("/media/lotte/STICK/DCIM/100", "/media/lotte/STICK"));
    EXPECT_FALSE(platform::is_inside("/media/lotte", "/media/lotte/STICK"));
    EXPECT_FALSE(platform::is_inside("/media/lotte/STICK2", "/media/lotte/STICK"));
    EXPECT_FALSE(platform::is_inside("/media/lotte/STICK/../OTHER", "/media/lotte/STICK"));
}

TEST(PhotoPlaces, ChosenFolderComesFirst) {
    TemporaryFolder folder;
    const auto chosen = folder / "Workshopfoto's";
    std::filesystem::create_directories(chosen);
    setenv("OOGST_PHOTOS", (chosen.string() + "/").c_str(), 1);
    const auto places = platform::find_photo_places();
    unsetenv("OOGST_PHOTOS");
    ASSERT_FALSE(places.empty());
    EXPECT_EQ(places.front().kind, platform::Place::Kind::chosen);
    EXPECT_EQ(places.front().name, "Workshopfoto's");
    EXPECT_EQ(places.front().root, chosen);
}

TEST(PhotoPlaces, PicturesFolderOfTheHomeIsOffered) {
    TemporaryFolder home;
    std::filesystem::create_directories(home / "Afbeeldingen");
    const char* old_home = std::getenv("HOME");
    const std::string saved = old_home ? old_home : "";
    setenv("HOME", home.path().c_str(), 1);
    unsetenv("OOGST_PHOTOS");
    const auto places = platform::find_photo_places();
    setenv("HOME", saved.c_str(), 1);
    bool found = false;
    for (const auto& place : places)
        found = found || (place.kind == platform::Place::Kind::pictures && place.root == home / "Afbeeldingen");
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace oogst::testing
