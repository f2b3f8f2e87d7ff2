#include "app/prepare/method_preview.hpp"

#include <cfloat>
#include <string>

#include "app/harvest/harvest_widgets.hpp"
#include "app/shell/theme.hpp"

namespace oogst::app {
namespace {

std::string kinds_text(const Ui& ui, const MethodTemplate& method) {
    std::string text;
    for (CaptureKind kind : method.capture_kinds) {
        const char* word = kind == CaptureKind::text      ? ui.tr("prepare.method.kind.text")
                           : kind == CaptureKind::drawing ? ui.tr("prepare.method.kind.drawing")
                                                          : ui.tr("prepare.method.kind.photo");
        text += (text.empty() ? "" : ", ") + std::string(word);
    }
    return text;
}

std::string voting_text(const Ui& ui, const Voting& voting) {
    switch (voting.style) {
        case VotingStyle::none: return ui.tr("prepare.method.voting.none");
        case VotingStyle::stars: return ui.tr("prepare.method.voting.stars", {{"count", std::to_string(voting.max_stars)}});
        case VotingStyle::dots: return ui.tr("prepare.method.voting.dots", {{"count", std::to_string(voting.dots)}});
    }
    return "";
}

}  // namespace

void draw_method_preview(Ui& ui, const MethodTemplate& method, float width) {
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(ui.in_language(method.name).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    paragraph(ui.in_language(method.description), width, colour::muted);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    // One card per board, as the table will see its columns: the title and its question.
    const ImVec2 pad(ui.px(16), ui.px(12));
    for (const TemplateBoard& board : method.boards) {
        ImFont* bold = ui.fonts.bold;
        ImFont* body = ui.fonts.body;
        const std::string& title = ui.in_language(board.title);
        const std::string& prompt = ui.in_language(board.prompt);
        const float wrap = width - 2 * pad.x;
        const float title_height = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, wrap, title.c_str()).y;
        const float prompt_height = body->CalcTextSizeA(body->FontSize, FLT_MAX, wrap, prompt.c_str()).y;
        const float height = title_height + ui.px(4) + prompt_height + 2 * pad.y;
        // Recorded like the app's widgets, so a test sees which boards are shown.
        const std::string name = "prepare.preview.board." + board.id;
        ImGui::InvisibleButton(name.c_str(), ImVec2(width, height));
        ui.touch.record_last_item(name);
        const ImVec2 min = ImGui::GetItemRectMin();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(min, ImVec2(min.x + width, min.y + height), colour::column, ui.px(12));
        draw->AddText(bold, bold->FontSize, ImVec2(min.x + pad.x, min.y + pad.y), colour::text, title.c_str(), nullptr, wrap);
        draw->AddText(body, body->FontSize, ImVec2(min.x + pad.x, min.y + pad.y + title_height + ui.px(4)), colour::muted,
                      prompt.c_str(), nullptr, wrap);
    }
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    paragraph(ui.tr("prepare.method.adds", {{"kinds", kinds_text(ui, method)}}), width, colour::text);
    paragraph(voting_text(ui, method.voting), width, colour::text);
    if (!method.fields.empty()) {
        std::string fields;
        for (const TemplateField& field : method.fields) fields += (fields.empty() ? "" : ", ") + ui.in_language(field.label);
        paragraph(ui.tr("prepare.method.fields", {{"fields", fields}}), width, colour::text);
    }
}

}  // namespace oogst::app
