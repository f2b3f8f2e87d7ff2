#include "app/template_labels.hpp"

#include <map>

namespace oogst::app {
namespace {

// The first letter in upper case, for ids shown as written ("swot" → "Swot").
std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string lookup(const std::map<std::string, std::string, std::less<>>& labels, const std::string& id) {
    const auto found = labels.find(id);
    return found == labels.end() ? capitalised(id) : found->second;
}

}  // namespace

std::string method_label(const std::string& method_id) {
    static const std::map<std::string, std::string, std::less<>> labels = {
        {"droomsessie", "Droomsessie"},
        {"delight-thinking", "Delight thinking"},
        {"toekomstlab", "Toekomstlab"},
        {"swot-plus", "SWOT+"},
        {"focusgroep", "Focusgroep"},
        {"kinderkiosk", "Kinderkiosk"},
    };
    return lookup(labels, method_id);
}

std::string board_label(const std::string& board_id) {
    static const std::map<std::string, std::string, std::less<>> labels = {
        {"stad-2030", "De stad in 2030"},
        {"waarden", "Waarden en kwaliteiten"},
        {"ideeen", "Ideeën"},
    };
    return lookup(labels, board_id);
}

std::string first_note_board(const std::string& method_id) { return method_id == "droomsessie" ? "ideeen" : ""; }

}  // namespace oogst::app
