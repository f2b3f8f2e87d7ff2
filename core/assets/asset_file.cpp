#include "core/assets/asset_file.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace oogst {
namespace {

std::string location(const std::filesystem::path& path, int line) {
    return path.filename().string() + ", line " + std::to_string(line + 1);
}

std::string_view language_in_english(Language language) {
    switch (language) {
        case Language::nl: return "Dutch";
        case Language::fr: return "French";
        case Language::en: return "English";
    }
    return "";
}

// yaml-cpp's messages speak of tokens and flows; say what the facilitator should look
// for, and keep the original after it for whoever helps them.
std::string advice_for(const std::string& message) {
    if (message == YAML::ErrorMsg::END_OF_MAP_FLOW) return "a \u201c{\u201d is not closed by a \u201c}\u201d";
    if (message == YAML::ErrorMsg::END_OF_SEQ_FLOW) return "a \u201c[\u201d is not closed by a \u201c]\u201d";
    if (message == YAML::ErrorMsg::EOF_IN_SCALAR) return "a quote is opened but not closed";
    if (message == YAML::ErrorMsg::UNKNOWN_TOKEN)
        return "put a text that holds ? : # { } [ ] or a comma in double quotes";
    if (message.rfind(YAML::ErrorMsg::TAB_IN_INDENTATION, 0) == 0) return "indent with spaces, not tabs";
    if (message == YAML::ErrorMsg::END_OF_MAP || message == YAML::ErrorMsg::END_OF_SEQ ||
        message == YAML::ErrorMsg::MAP_VALUE || message == YAML::ErrorMsg::MAP_KEY ||
        message == YAML::ErrorMsg::BLOCK_ENTRY)
        return "check the indentation: fields of one level start in the same column";
    return "";
}

}  // namespace

AssetFile::AssetFile(std::filesystem::path path) : path_(std::move(path)) {
    std::ifstream in(path_, std::ios::binary);
    if (!in) throw AssetError(path_.filename().string() + ": the file cannot be read");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    parse(bytes.str());
}

AssetFile::AssetFile(std::filesystem::path name, const std::string& text) : path_(std::move(name)) { parse(text); }

void AssetFile::parse(const std::string& text) {
    try {
        root_ = YAML::Load(text);
    } catch (const YAML::Exception& error) {
        const std::string advice = advice_for(error.msg);
        throw AssetError(location(path_, error.mark.line) + ": this is not valid YAML" +
                         (advice.empty() ? "" : ": " + advice) + " (" + error.msg + ")");
    }
    if (!root_.IsMap()) throw AssetError(path_.filename().string() + ": the file should be a list of fields, "
                                                                      "one \u201cname: value\u201d per line");
}

void AssetFile::fail(const YAML::Node& node, const std::string& sentence) const {
    throw AssetError(location(path_, node.Mark().line) + ": " + sentence);
}

void AssetFile::require_map(const YAML::Node& node, std::string_view what,
                            std::initializer_list<std::string_view> known) const {
    if (!node.IsMap()) fail(node, in_quotes(what) + " should hold fields (name: value)");
    std::vector<std::string> seen;
    for (const auto& entry : node) {
        const std::string key = entry.first.Scalar();
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            fail(entry.first, "the field " + in_quotes(key) + " in " + in_quotes(what) + " is given twice");
        seen.push_back(key);
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string list;
        for (std::string_view name : known) list += (list.empty() ? "" : ", ") + std::string(name);
        fail(entry.first, "unknown field " + in_quotes(key) + " in " + in_quotes(what) + " (known fields: " + list + ")");
    }
}

YAML::Node AssetFile::required(const YAML::Node& map, std::string_view field) const {
    const YAML::Node node = map[std::string(field)];
    if (!node) fail(map, "the field " + in_quotes(field) + " is missing");
    return node;
}

std::string AssetFile::scalar(const YAML::Node& node, std::string_view field) const {
    if (!node.IsScalar() || node.Scalar().empty()) fail(node, in_quotes(field) + " should be a single value");
    return node.Scalar();
}

int AssetFile::whole_number(const YAML::Node& node, std::string_view field, int low, int high) const {
    const std::string text = scalar(node, field);
    int value = 0;
    std::size_t used = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < low || value > high)
        fail(node, in_quotes(field) + " should be a whole number from " + std::to_string(low) + " to " +
                       std::to_string(high) + ", not " + in_quotes(text));
    return value;
}

bool AssetFile::yes_no(const YAML::Node& node, std::string_view field) const {
    const std::string text = scalar(node, field);
    if (text == "yes" || text == "true") return true;
    if (text == "no" || text == "false") return false;
    fail(node, in_quotes(field) + " should be yes or no, not " + in_quotes(text));
}

std::string AssetFile::identifier(const YAML::Node& node, std::string_view field) const {
    const std::string text = scalar(node, field);
    const bool fine = std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!fine) fail(node, in_quotes(field) + " should use only lower-case letters, digits and dashes, not " + in_quotes(text));
    return text;
}

LocalizedText AssetFile::localized(const YAML::Node& node, std::string_view field) const {
    require_map(node, field, {"nl", "fr", "en"});
    LocalizedText result;
    for (Language language : all_languages) {
        const YAML::Node text = node[std::string(language_code(language))];
        if (!text || !text.IsScalar() || text.Scalar().empty())
            fail(text ? text : node, in_quotes(field) + " has no " + std::string(language_in_english(language)) + " (" +
                                         std::string(language_code(language)) + ") text");
        result.in(language) = text.Scalar();
    }
    return result;
}

void AssetFile::require_sequence(const YAML::Node& node, std::string_view field, bool may_be_empty) const {
    if (!node.IsSequence()) fail(node, in_quotes(field) + " should be a list (lines starting with \u201c- \u201d)");
    if (!may_be_empty && node.size() == 0) fail(node, in_quotes(field) + " should not be empty");
}

std::string in_quotes(std::string_view text) { return "\u201c" + std::string(text) + "\u201d"; }

std::vector<std::filesystem::path> asset_files_in(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace oogst
