#pragma once
// What the photo picker remembers between frames, and between photos (the next photo
// starts in the folder the last one came from), and the moves the picker makes: to a
// place, into a folder, up, to a photo. The screen draws this; it holds no drawing.
#include <filesystem>
#include <memory>
#include <vector>

#include "platform/files/photo_folder.hpp"
#include "platform/files/places.hpp"
#include "platform/photo_import.hpp"

namespace oogst::app {

struct PhotoPicking {
    bool open = false;  // the picker is on screen (false: it is set up afresh when shown)

    std::vector<platform::Place> places;  // the starting places, looked for again every few seconds
    double places_found_at = -1;     // the UI clock's time of that look

    platform::Place place;              // the place the open folder is in; place.root empty: choosing a place
    std::filesystem::path folder;  // the open folder, inside place.root
    platform::FolderListing listing;         // what the open folder holds

    std::filesystem::path chosen;  // the photo shown large; empty: the folder's photos
    // The chosen photo, read and checked, with its preview: what "Toevoegen" stores.
    std::shared_ptr<const platform::ImportedPhoto> imported;

    bool choosing_place() const { return place.root.empty(); }

    // Called when the picker is shown: looks for places, and reopens the last folder
    // when it is still there (else its place's root, else the list of places).
    void start(double now);
    // Looks for places again when seconds have passed since the last look (a stick
    // put in while the list is shown appears by itself).
    void refresh_places(double now, double seconds);
    void open_place(const platform::Place& chosen_place);
    // Opens a subfolder of the open folder, by name.
    void open_subfolder(std::string name);
    // One folder up; from a place's root, back to the list of places.
    void go_up();
    // The photo is shown large, ready to add.
    void choose(const std::filesystem::path& file, platform::ImportedPhoto photo);
    void forget_choice();
    void close();  // leaving the picker; the folder is kept
};

}  // namespace oogst::app
