// The make step's photos: what the kiosk's camera saved during this child's turn, as big
// thumbnails, newest first. A tapped photo is checked and stored as blobs at once, so a
// draft keeps it; one that cannot be used is explained and the child stays here.
#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <functional>

#include "app/kiosk/child/kiosk_child_turn.hpp"
#include "app/kiosk/child/kiosk_child_widgets.hpp"
#include "app/kiosk/child/kiosk_make.hpp"
#include "app/shell/error_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/photo_view.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "platform/files/photo_folder.hpp"
#include "platform/files/places.hpp"
#include "platform/photo_import.hpp"
#include "platform/texture_cache.hpp"

namespace oogst::app {
namespace {

namespace fs = std::filesystem;

// How often the folder is listed again: a photo just taken shows within this.
constexpr double relist_seconds = 2;
// Cameras save into subfolders (DCIM/100CANON); deeper than this is not a camera's.
constexpr int deepest_folder = 3;

// When the file arrived on this disk (its status change time), by the kiosk's own
// clock. Not the modified time: a camera with its clock ahead, or a copy that keeps
// times (cp -p, rsync -a, gphoto2), would set that in the future, and the photo would
// then be shown to every later child.
std::int64_t arrived_ms(const fs::path& file) {
    struct stat info {};
    if (stat(file.c_str(), &info) != 0) return 0;
    return static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1000 + info.st_ctim.tv_nsec / 1'000'000;
}

const char* photo_problem(const Ui& ui, platform::PhotoProblem problem) {
    switch (problem) {
        case platform::PhotoProblem::not_an_image: return ui.tr("kiosk.photo.not_an_image");
        case platform::PhotoProblem::too_large:
        case platform::PhotoProblem::file_too_big: return ui.tr("kiosk.photo.too_big");
        case platform::PhotoProblem::truncated:
        case platform::PhotoProblem::unreadable: break;
    }
    return ui.tr("kiosk.photo.broken");
}

void choose(Store& store, KioskChild& child, const Ui& ui, const KioskCameraPhoto& photo) {
    platform::PhotoResult<platform::ImportedPhoto> imported = platform::import_photo(photo.path);
    if (!imported) {
        child.message = photo_problem(ui, imported.failure().problem);
        child.message_is_hint = false;
        return;
    }
    try {
        const platform::ImportedPhoto& picture = imported.value();
        const std::string original = store.put_blob(picture.original, picture.original_media_type());
        const std::string preview = store.put_blob(picture.preview, "image/jpeg");
        child.work.photo_blob = original;
        child.work.photo_preview_blob = preview;
        child.chosen_photo = photo.path.string();
        child.message.clear();
    } catch (const std::exception& error) {
        child.message = ui.tr("kiosk.photo.not_kept", {{"reason", error_text(ui, error)}});
        child.message_is_hint = false;
    }
}

// A big square tile with the photo cut to fit; orange with a tick when chosen.
bool photo_tile(Ui& ui, const KioskCameraPhoto& photo, float side, bool chosen) {
    const std::string name = "kiosk.photo." + photo.name;
    const bool tapped = ImGui::InvisibleButton(name.c_str(), ImVec2(side, side));
    ui.touch.record_last_item(name);
    if (!ImGui::IsItemVisible()) return tapped;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float frame = chosen ? ui.px(10) : ui.px(6);
    draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(4)), ImVec2(max.x, max.y + ui.px(4)), colour::shadow, ui.px(16));
    draw->AddRectFilled(min, max, chosen ? kiosk_colour::chosen : colour::surface, ui.px(16));
    const ImVec2 inner_min(min.x + frame, min.y + frame), inner_max(max.x - frame, max.y - frame);
    bool drawn = false;
    if (ui.textures) {
        const platform::Picture picture = ui.textures->file(photo.path, photo.arrived_ms, side * 4 / 3 <= 256 ? 256 : 512);
        drawn = draw_cropped_picture(picture, inner_min, inner_max, ui.px(10));
    }
    if (!drawn) draw_photo_placeholder(ui, inner_min, inner_max, colour::column, colour::muted, "");
    if (chosen) {
        const ImVec2 badge(max.x - ui.px(34), min.y + ui.px(34));
        draw->AddCircleFilled(badge, ui.px(28), kiosk_colour::go, 32);
        draw_kiosk_icon(draw, KioskIcon::check, badge, ui.px(36), colour::on_primary);
    }
    return tapped;
}

void nothing_yet(const Ui& ui, ImVec2 min, ImVec2 max) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float cx = (min.x + max.x) * 0.5f;
    const float side = std::min(ui.px(200), (max.y - min.y) * 0.45f);
    const float top = min.y + (max.y - min.y) * 0.12f;
    draw_kiosk_icon(draw, KioskIcon::camera, ImVec2(cx, top + side * 0.5f), side, colour::text);
    kiosk_centred_text(draw, ui.fonts.heading, ui.tr("kiosk.photo.none"), cx, top + side + ui.px(28), colour::text,
                       std::min(max.x - min.x, ui.px(760)));
}

}  // namespace

fs::path kiosk_camera_folder(const KioskSettings& settings) {
    if (!settings.camera_folder.empty()) return settings.camera_folder;
    if (const char* chosen = std::getenv("OOGST_PHOTOS"); chosen && *chosen) return chosen;
    const char* home = std::getenv("HOME");
    return fs::path(home ? home : "") / "Pictures";
}

std::vector<KioskCameraPhoto> list_kiosk_camera_photos(const fs::path& folder, std::int64_t after_ms) {
    std::vector<KioskCameraPhoto> photos;
    const std::function<void(const fs::path&, int)> visit = [&](const fs::path& at, int depth) {
        const platform::FolderListing listing = platform::list_photo_folder(at);
        for (const platform::PhotoFile& file : listing.photos) {
            const std::int64_t ms = arrived_ms(file.path);
            if (ms > after_ms) photos.push_back({file.name, file.path, ms});
        }
        if (depth < deepest_folder)
            for (const std::string& sub : listing.folders) visit(at / sub, depth + 1);
    };
    visit(folder, 1);
    std::stable_sort(photos.begin(), photos.end(),
                     [](const KioskCameraPhoto& a, const KioskCameraPhoto& b) { return a.arrived_ms > b.arrived_ms; });
    return photos;
}

void draw_kiosk_photos(Store& store, KioskState& kiosk, Ui& ui, ImVec2 min, ImVec2 max) {
    KioskChild& child = kiosk.child;
    const double now = kiosk_now();
    if (child.photos_listed < 0 || now - child.photos_listed >= relist_seconds) {
        std::int64_t after = child.turn_ended_ms;
        try {
            after = std::max(after, store.kiosk_turn_ended_ms());
        } catch (const std::exception&) {
            // The store could not be read: the time kept in memory still hides older photos.
        }
        child.photos = list_kiosk_camera_photos(kiosk_camera_folder(*kiosk.settings), after);
        child.photos_listed = now;
    }
    if (child.photos.empty()) {
        nothing_yet(ui, min, max);
        return;
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float heading = kiosk_centred_text(draw, ui.fonts.title, ui.tr("kiosk.photo.title"), (min.x + max.x) * 0.5f,
                                             min.y, colour::text) + ui.px(20);
    min.y += heading;

    // As big as they fit: a few photos side by side, more in rows that scroll.
    const float gap = ui.px(24);
    const float width = max.x - min.x;
    const int count = static_cast<int>(child.photos.size());
    const int per_row = std::clamp(count, 1, std::clamp(static_cast<int>((width + gap) / (ui.px(280) + gap)), 1, 4));
    const float side = std::min({(width - gap * (per_row - 1)) / per_row - ui.px(4), max.y - min.y - ui.px(12), ui.px(420)});
    const int rows = (count + per_row - 1) / per_row;
    const float grid_height = rows * side + (rows - 1) * gap;
    if (grid_height < max.y - min.y) min.y += (max.y - min.y - grid_height) * 0.4f;  // a lone row sits in the middle
    ImGui::SetCursorScreenPos(min);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    ImGui::BeginChild("kiosk.photos", ImVec2(width, max.y - min.y), false, ImGuiWindowFlags_NoScrollbar);
    const KioskCameraPhoto* tapped = nullptr;
    for (int i = 0; i < count; ++i) {
        if (i % per_row == 0) {
            const int in_row = std::min(per_row, count - i);
            ImGui::SetCursorPosX((width - (in_row * side + (in_row - 1) * gap)) * 0.5f);
        } else {
            ImGui::SameLine();
        }
        ImGui::PushID(i);
        const KioskCameraPhoto& photo = child.photos[static_cast<std::size_t>(i)];
        if (photo_tile(ui, photo, side, photo.path.string() == child.chosen_photo && !child.work.photo_blob.empty())) tapped = &photo;
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, ui.px(8)));  // the last row's shadow
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    if (tapped) choose(store, child, ui, *tapped);
}

}  // namespace oogst::app
