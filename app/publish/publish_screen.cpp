#include "app/publish/publish_screen.hpp"

#include <algorithm>
#include <array>
#include <chrono>

#include "app/publish/publish_place.hpp"
#include "app/roadmap/panel_text.hpp"
#include "app/shell/theme.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/errors.hpp"
#include "platform/files/published_files.hpp"
#include "platform/texture_cache.hpp"

namespace oogst::app {
namespace {

constexpr int preview_pixels = 900;  // sharp on the desk's half of a laptop screen

struct Choice {
    const char* name;   // the widget's name, for the tests
    const char* label;  // its words' key
};

constexpr std::array<std::pair<ReportKind, Choice>, 5> kinds{{
    {ReportKind::note, {"publish.kind.note", "publish.kind.note"}},
    {ReportKind::newspaper, {"publish.kind.newspaper", "publish.kind.newspaper"}},
    {ReportKind::memorandum, {"publish.kind.memorandum", "publish.kind.memorandum"}},
    {ReportKind::gallery, {"publish.kind.gallery", "publish.kind.gallery"}},
    {ReportKind::table, {"publish.kind.table", "publish.kind.table"}},
}};

// A row of choices: the chosen one green, the others sand. True when one was tapped.
template <class Value, std::size_t N>
bool choice_row(Ui& ui, const std::array<std::pair<Value, Choice>, N>& choices, Value& chosen, float width,
                bool translate = true) {
    bool changed = false;
    const float gap = ui.px(8);
    const float each = (width - gap * (N - 1)) / N;
    for (std::size_t i = 0; i < N; ++i) {
        if (i) ImGui::SameLine(0, gap);
        const auto& [value, choice] = choices[i];
        const char* label = translate ? ui.tr(choice.label) : choice.label;
        if (touch_button(ui, choice.name, label, ImVec2(each, 0),
                         value == chosen ? ButtonLook::primary : ButtonLook::secondary) &&
            value != chosen) {
            chosen = value;
            changed = true;
        }
    }
    return changed;
}

void section(Ui& ui, const char* key) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(ui.tr(key));
    ImGui::PopFont();
}

std::string file_name(const PublishState& publish) {
    const char* names[] = {"orientatienota", "krant-van-de-toekomst", "memorandum", "tentoonstelling", "tafels"};
    std::string name = names[static_cast<int>(publish.request.kind)];
    name += "-" + std::string(language_code(publish.request.language));
    if (publish.request.kind == ReportKind::gallery) return name;
    if (publish.request.format == ReportFormat::pdf) name += "-" + std::string(publish.request.paper == Paper::a3 ? "a3" : "a4");
    return name + "." + std::string(extension_of(publish.request.format));
}


void write_publication(Store& store, AppState& state, Ui& ui) {
    PublishState& publish = state.publish;
    publish.problem.clear();
    try {
        const std::vector<PublishedFile> files = make_report(store, ui.assets, publish.request);
        const std::filesystem::path target = platform::free_path(chosen_place(store, state.desk.usb, state.publish.place) / file_name(publish));
        platform::write_published_files(target, files, publish.request.kind == ReportKind::gallery);
        publish.written = target;
        state.error.clear();
    } catch (const UserError& error) {
        publish.problem = error.what();
    } catch (const std::filesystem::filesystem_error& error) {
        publish.problem = ui.tr("publish.cannot_write", {{"path", error.path1().string()}});
    } catch (const std::exception&) {
        publish.problem = ui.tr("publish.cannot_write", {{"path", chosen_place(store, state.desk.usb, state.publish.place).string()}});
    }
    if (!publish.problem.empty()) state.error = publish.problem;  // floated where every screen's errors are
}

// The preview of the page asked for: made on a thread of its own from a copy of the
// publication, so the desk keeps answering while a long note is laid out.
void follow_preview(const Store& store, PublishState& publish, Ui& ui) {
    if (publish.drawing && publish.drawing->wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        try {
            publish.preview = publish.drawing->get();
        } catch (const std::exception&) {
            publish.preview = {};
        }
        publish.preview_key = publish.wanted_key;
        publish.drawing.reset();
        if (publish.preview.pages) publish.page = std::min(publish.page, publish.preview.pages);
    }
    const ReportRequest& request = publish.request;
    const std::string key = std::to_string(store.revision()) + ":" + std::string(name_of(request.kind)) + ":" +
                            std::string(language_code(request.language)) + ":" + (request.paper == Paper::a3 ? "a3" : "a4") +
                            ":" + std::to_string(publish.page);
    if (publish.drawing || key == publish.wanted_key) return;
    publish.wanted_key = key;
    PageDrawer draw = report_pages(store, ui.assets, request);
    if (!draw) {
        publish.preview = {};
        publish.preview_key = key;
        return;
    }
    const int page = publish.page;
    std::function<void()> wake = ui.wake;
    publish.drawing = std::make_shared<std::future<PublishPreview>>(
        std::async(std::launch::async, [draw = std::move(draw), page, wake] {
            PublishPreview made;
            made.png = draw(page, preview_pixels, made.pages);
            if (wake) wake();
            return made;
        }));
}

void draw_choices(Store& store, AppState& state, Ui& ui, float width) {
    PublishState& publish = state.publish;
    ReportRequest& request = publish.request;
    section(ui, "publish.what");
    // Two to a row, so the choices below stay in sight on a laptop's screen.
    const float gap = ui.px(8);
    const float half = (width - gap) * 0.5f;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const auto& [kind, choice] = kinds[i];
        if (i % 2) ImGui::SameLine(0, gap);
        if (touch_button(ui, choice.name, ui.tr(choice.label), ImVec2(half, 0),
                         kind == request.kind ? ButtonLook::primary : ButtonLook::secondary) &&
            kind != request.kind) {
            request.kind = kind;
            publish.page = 1;
        }
    }
    if (request.kind != ReportKind::gallery) {
        section(ui, "publish.format");
        choice_row(ui,
                   std::array<std::pair<ReportFormat, Choice>, 3>{{{ReportFormat::pdf, {"publish.format.pdf", "PDF"}},
                                                                   {ReportFormat::html, {"publish.format.html", "HTML"}},
                                                                   {ReportFormat::md, {"publish.format.md", "Markdown"}}}},
                   request.format, width, false);
    }
    section(ui, "publish.language");
    if (choice_row(ui,
                   std::array<std::pair<Language, Choice>, 3>{{{Language::nl, {"publish.lang.nl", "Nederlands"}},
                                                               {Language::fr, {"publish.lang.fr", "Français"}},
                                                               {Language::en, {"publish.lang.en", "English"}}}},
                   request.language, width, false))
        publish.language_chosen = true;
    if (request.kind != ReportKind::gallery && request.format == ReportFormat::pdf) {
        section(ui, "publish.paper");
        if (choice_row(ui,
                       std::array<std::pair<Paper, Choice>, 2>{{{Paper::a4, {"publish.paper.a4", "A4"}},
                                                                {Paper::a3, {"publish.paper.a3", "A3"}}}},
                       request.paper, width, false))
            publish.page = 1;
    }
    draw_place_choice(ui, "publish.place", store, state.desk.usb, publish.place, width);
}

// "Make it", at the foot of the pages where the eye ends: a tap shows "Making it…"
// for a whole frame, and the frame after that writes (a large newspaper or gallery takes
// a moment, and the desk says it is at work meanwhile).
void draw_write(Store& store, AppState& state, Ui& ui, float right_edge) {
    PublishState& publish = state.publish;
    const bool busy = publish.write_countdown > 0;
    const char* label = ui.tr(busy ? "publish.writing" : "publish.write");
    const float width = std::max(button_width(ui, ui.tr("publish.write")), button_width(ui, ui.tr("publish.writing")));
    ImGui::SetCursorPosX(right_edge - width);
    if (touch_button(ui, "publish.write", label, ImVec2(width, 0)) && !busy) {
        publish.write_countdown = 2;
        publish.written.clear();
        publish.problem.clear();
    }
    if (publish.write_countdown > 0) {
        ui.animating = true;
        if (--publish.write_countdown == 0) write_publication(store, state, ui);
    }
}

// The page, and under it ← page 3 of 21 →; true when there is a page to leaf through.
bool draw_preview(Ui& ui, PublishState& publish, ImVec2 room) {
    const PublishPreview& preview = publish.preview;
    const float bar = ui.touch_size() + ui.px(8);
    if (publish.preview_key != publish.wanted_key && preview.png.empty()) {
        muted_text(ui.tr("publish.drawing"));
        ImGui::SetCursorPosY(room.y - bar);
        return false;
    }
    if (preview.png.empty()) {
        muted_text(ui.tr(publish.request.kind == ReportKind::gallery ? "publish.no_preview_gallery" : "publish.no_preview"));
        ImGui::SetCursorPosY(room.y - bar);
        return false;
    }
    // The page, as large as the room allows at its paper's shape.
    const PaperSize paper = size_of(publish.request.paper);
    float height = room.y - bar - ui.px(24);
    float width = height * static_cast<float>(paper.width / paper.height);
    if (width > room.x) width = room.x, height = width * static_cast<float>(paper.height / paper.width);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 corner(at.x + (room.x - width) * 0.5f, at.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(corner.x + ui.px(4), corner.y + ui.px(4)),
                        ImVec2(corner.x + width + ui.px(4), corner.y + height + ui.px(4)), colour::shadow);
    draw->AddRectFilled(corner, ImVec2(corner.x + width, corner.y + height), colour::surface);
    if (ui.textures) {
        const platform::Picture picture = ui.textures->bytes("publish:" + publish.preview_key, preview.png, preview_pixels * 2);
        if (picture.texture)
            draw->AddImage(reinterpret_cast<ImTextureID>(picture.texture), corner, ImVec2(corner.x + width, corner.y + height));
    }
    ui.touch.record_text("publish.preview", std::to_string(publish.page) + "/" + std::to_string(preview.pages),
                         ImRect(corner, ImVec2(corner.x + width, corner.y + height)), ImRect());
    ImGui::Dummy(ImVec2(room.x, height + ui.px(8)));

    // Leafing through, at the page's left under it: ← page 3 of 21 →.
    const std::string where = ui.tr("publish.page_of", {{"page", std::to_string(publish.page)},
                                                        {"pages", std::to_string(std::max(1, preview.pages))}});
    if (touch_button(ui, "publish.previous", "←", ImVec2(ui.touch_size(), 0), ButtonLook::secondary) && publish.page > 1)
        --publish.page;
    ImGui::SameLine(0, ui.px(8));
    const float row_y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(row_y + (ui.touch_size() - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextUnformatted(where.c_str());
    ui.touch.record_text("publish.page", where, ImRect(), ImRect());
    ImGui::SameLine(0, ui.px(8));
    ImGui::SetCursorPosY(row_y);
    if (touch_button(ui, "publish.next", "→", ImVec2(ui.touch_size(), 0), ButtonLook::secondary) &&
        publish.page < preview.pages)
        ++publish.page;
    return true;
}

}  // namespace


void draw_publish_screen(Store& store, AppState& state, Ui& ui) {
    PublishState& publish = state.publish;
    if (!publish.language_chosen) publish.request.language = workshop_language(store);
    // The header's line says what the last write did, else whose workshop this is.
    std::string detail = store.state().has_workshop() ? store.state().workshop().name : "";
    if (!publish.problem.empty()) detail = publish.problem;
    else if (!publish.written.empty()) detail = ui.tr("publish.written", {{"path", publish.written.string()}});
    ui.touch.record_text("publish.result", detail, ImRect(), ImRect());
    if (screen_header(ui, "publish.back", ui.tr("publish.back"), ui.tr("publish.title"), detail.c_str())) {
        state.screen = Screen::desk;
        return;
    }
    follow_preview(store, publish, ui);

    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float gap = ui.px(28);
    const float left = std::clamp(room.x * 0.5f, ui.px(320), ui.px(640));
    ImGui::BeginChild("publish.choices", ImVec2(left, room.y), false, ImGuiWindowFlags_NoScrollbar);
    draw_choices(store, state, ui, ImGui::GetContentRegionAvail().x);
    drag_to_scroll(ui);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("publish.pages", ImVec2(room.x - left - gap, room.y), false, ImGuiWindowFlags_NoScrollbar);
    const ImVec2 pages_room = ImGui::GetContentRegionAvail();
    const bool leafing = draw_preview(ui, publish, pages_room);
    if (leafing) ImGui::SameLine(0, ui.px(16));
    draw_write(store, state, ui, pages_room.x);
    ImGui::EndChild();
    if (publish.drawing && !ui.wake) ui.animating = true;  // headless: no wake comes, so keep asking until it is drawn
}

}  // namespace oogst::app
