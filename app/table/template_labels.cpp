#include "app/table/template_labels.hpp"

namespace oogst::app {
namespace {

// The first letter in upper case, for ids shown as written ("swot" → "Swot").
std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

}  // namespace

std::string method_label(const Ui& ui, const std::string& method_id) {
    const MethodTemplate* method = ui.assets.templates.find(method_id);
    return method ? ui.in_language(method->name) : capitalised(method_id);
}

std::string board_label(const Ui& ui, const std::string& method_id, const std::string& board_id) {
    const MethodTemplate* method = ui.assets.templates.find(method_id);
    const TemplateBoard* board = method ? method->board(board_id) : nullptr;
    return board ? ui.in_language(board->title) : capitalised(board_id);
}

std::string notes_count(const Ui& ui, std::size_t count) {
    return count == 1 ? ui.tr("notes.count.one") : ui.tr("notes.count.many", {{"count", std::to_string(count)}});
}

}  // namespace oogst::app
