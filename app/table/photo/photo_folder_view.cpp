#include "app/table/photo/photo_folder_view.hpp"

#include <algorithm>
#include <cfloat>
#include <optional>

#include "app/shell/theme.hpp"
#include "app/table/photo/photo_capture.hpp"
#include "app/widgets/photo_view.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "platform/texture_cache.hpp"

namespace oogst::app {
namespace {

// What a tap in the grid asks for; done after the grid is drawn, since it changes the
// listing the grid is drawn from.
struct Tap {
    enum class Kind { up, folder, photo } kind;
    std::size_t index = 0;
};

// label cut with "…" to fit width.
std::string fitting(ImFont* font, std::string label, float width) {
    if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x <= width) return label;
    while (!label.empty()) {
        // Drop one UTF-8 character: its continuation bytes (10xxxxxx), then its first byte.
        while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xc0) == 0x80) label.pop_back();
        if (!label.empty()) label.pop_back();
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, (label + "…").c_str()).x <= width) return label + "…";
    }
    return "…";
}

// A big square tile with a picture area and a name under it. Returns whether it was
// tapped; picture is where the caller draws, visible whether it is on screen at all.
bool folder_tile(Ui& ui, const std::string& name, const std::string& label, float width, ImRect& picture, bool& visible) {
    const float label_height = ui.fonts.body->FontSize + ui.px(16);
    const ImVec2 size(width, width + label_height - ui.px(10));
    const bool pressed = ImGui::InvisibleButton(name.c_str(), size);
    ui.touch.record_last_item(name);
    visible = ImGui::IsItemVisible();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float pad = ui.px(10);
    picture = ImRect(ImVec2(min.x + pad, min.y + pad), ImVec2(max.x - pad, min.y + width - pad));
    if (!visible) return pressed;

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = ui.px(14);
    draw->AddRectFilled(ImVec2(min.x, min.y + ui.px(3)), ImVec2(max.x, max.y + ui.px(3)), colour::shadow, rounding);
    draw->AddRectFilled(min, max, ImGui::IsItemActive() ? colour::secondary_pressed : colour::surface, rounding);
    ImFont* font = ui.fonts.body;
    const std::string text = fitting(font, label, width - 2 * pad);
    const float text_width = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x;
    draw->AddText(font, font->FontSize, ImVec2(min.x + (width - text_width) * 0.5f, picture.Max.y + ui.px(6)),
                  colour::text, text.c_str());
    return pressed;
}

// A folder: a tab and a body, in the sand of the secondary buttons.
void draw_folder_glyph(const Ui& ui, const ImRect& area) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float w = area.GetWidth() * 0.62f, h = w * 0.7f;
    const ImVec2 min(area.Min.x + (area.GetWidth() - w) * 0.5f, area.Min.y + (area.GetHeight() - h) * 0.5f);
    const ImU32 fill = colour::secondary_pressed;
    draw->AddRectFilled(ImVec2(min.x, min.y - h * 0.12f), ImVec2(min.x + w * 0.42f, min.y + h * 0.2f), fill, ui.px(6));
    draw->AddRectFilled(min, ImVec2(min.x + w, min.y + h), fill, ui.px(8));
    draw->AddRectFilled(ImVec2(min.x, min.y + h * 0.18f), ImVec2(min.x + w, min.y + h), colour::secondary, ui.px(8));
}

// An arrow up, for the way back out of a folder.
void draw_up_glyph(const ImRect& area) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 c = area.GetCenter();
    const float s = area.GetWidth() * 0.22f;
    draw->AddTriangleFilled(ImVec2(c.x, c.y - s), ImVec2(c.x - s, c.y), ImVec2(c.x + s, c.y), colour::muted);
    draw->AddRectFilled(ImVec2(c.x - s * 0.3f, c.y - 1), ImVec2(c.x + s * 0.3f, c.y + s), colour::muted);
}

void draw_thumbnail(Ui& ui, const platform::PhotoFile& photo, const ImRect& area) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.Min, area.Max, colour::column, ui.px(6));
    if (ui.textures) {
        // A thumbnail's short side must cover the square tile; two sizes, so a tile a few
        // pixels wider or narrower keeps its cached thumbnail.
        const int side = area.GetWidth() * 4 / 3 <= 256 ? 256 : 512;
        const platform::Picture picture = ui.textures->file(photo.path, photo.modified, side);
        if (draw_cropped_picture(picture, area.Min, area.Max, ui.px(6))) return;
    }
    draw_photo_placeholder(ui, area.Min, area.Max, colour::column, colour::secondary_pressed, "");
}

// "USB-STICK / DCIM / 100CANON": where the open folder is.
std::string trail(const PhotoPicking& pick) {
    std::string text = pick.place.name;
    const auto relative = pick.folder.lexically_normal().lexically_relative(pick.place.root.lexically_normal());
    for (const auto& part : relative)
        if (part != "." && !part.empty()) text += " / " + part.string();
    return text;
}

void choose_photo(AppState& state, const Ui& ui, const platform::PhotoFile& photo) {
    platform::PhotoResult<platform::ImportedPhoto> imported = platform::import_photo(photo.path);
    if (!imported) {
        // Nothing is stored and the folder stays open for another photo.
        state.error = photo_problem_sentence(ui, photo.name, imported.failure());
        return;
    }
    state.error.clear();
    state.photo.choose(photo.path, std::move(imported.value()));
}

}  // namespace

void draw_photo_folder(AppState& state, Ui& ui, const std::string& column) {
    PhotoPicking& pick = state.photo;
    const platform::FolderListing& listing = pick.listing;
    const bool at_root = pick.folder.lexically_normal() == pick.place.root.lexically_normal();
    std::string detail = (at_root ? std::string() : trail(pick) + " · ") +
                         (listing.photos.size() == 1 ? std::string(ui.tr("photo.count.one"))
                                                     : ui.tr("photo.count.many", {{"count", std::to_string(listing.photos.size())}}));
    if (!column.empty()) detail += " · " + ui.tr("photo.for_column", {{"board", column}});
    const std::string heading = at_root ? pick.place.name : pick.folder.filename().string();
    if (screen_header(ui, "photo.back", ui.tr("common.back"), heading.c_str(), detail.c_str())) {
        pick.close();
        state.screen = Screen::board;
        return;
    }

    std::optional<Tap> tap;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(16), ui.px(16)));
    ImGui::BeginChild("photo.grid", ImGui::GetContentRegionAvail(), false);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x - ui.px(4);  // room for the tiles' shadow
    const int per_row = std::max(1, static_cast<int>((avail + gap) / (ui.px(200) + gap)));
    const float width = (avail - gap * (per_row - 1)) / per_row;
    int placed = 0;
    const auto next_place = [&] {
        if (placed++ % per_row != 0) ImGui::SameLine();
    };

    ImRect area;
    bool visible = false;
    next_place();
    if (folder_tile(ui, "photo.up", at_root ? ui.tr("photo.other_place") : ui.tr("photo.up"), width, area, visible))
        tap = Tap{Tap::Kind::up};
    if (visible) draw_up_glyph(area);
    for (std::size_t i = 0; i < listing.folders.size(); ++i) {
        next_place();
        ImGui::PushID(static_cast<int>(i));
        if (folder_tile(ui, "photo.folder." + listing.folders[i], listing.folders[i], width, area, visible))
            tap = Tap{Tap::Kind::folder, i};
        if (visible) draw_folder_glyph(ui, area);
        ImGui::PopID();
    }
    for (std::size_t i = 0; i < listing.photos.size(); ++i) {
        next_place();
        ImGui::PushID(static_cast<int>(listing.folders.size() + i));
        if (folder_tile(ui, "photo.file." + listing.photos[i].name, listing.photos[i].name, width, area, visible))
            tap = Tap{Tap::Kind::photo, i};
        if (visible) draw_thumbnail(ui, listing.photos[i], area);
        ImGui::PopID();
    }
    if (!listing.readable || (listing.folders.empty() && listing.photos.empty())) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(avail, ui.px(760)));
        ImGui::TextUnformatted(ui.tr(listing.readable ? "photo.folder.empty" : "photo.folder.unreadable"));
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::PopStyleVar();

    if (!tap) return;
    switch (tap->kind) {
        case Tap::Kind::up: pick.go_up(); break;
        case Tap::Kind::folder: pick.open_subfolder(listing.folders[tap->index]); break;
        case Tap::Kind::photo: choose_photo(state, ui, listing.photos[tap->index]); break;
    }
}

}  // namespace oogst::app
