#include "core/method_template.hpp"

#include <algorithm>
#include <set>

#include "core/asset_file.hpp"

namespace oogst {
namespace {

CaptureKind capture_kind(const AssetFile& file, const YAML::Node& node) {
    const std::string name = file.scalar(node, "captures");
    if (name == "text") return CaptureKind::text;
    if (name == "drawing") return CaptureKind::drawing;
    if (name == "photo") return CaptureKind::photo;
    file.fail(node, "\u201c" + name + "\u201d is not a kind of capture (use text, drawing or photo)");
}

Voting voting(const AssetFile& file, const YAML::Node& node) {
    file.require_map(node, "voting", {"style", "max_stars", "dots"});
    Voting result;
    const YAML::Node style = file.required(node, "style");
    const std::string name = file.scalar(style, "style");
    if (name == "none") result.style = VotingStyle::none;
    else if (name == "stars") result.style = VotingStyle::stars;
    else if (name == "dots") result.style = VotingStyle::dots;
    else file.fail(style, "\u201c" + name + "\u201d is not a voting style (use none, stars or dots)");
    if (node["max_stars"]) result.max_stars = file.whole_number(node["max_stars"], "max_stars", 2, 10);
    if (node["dots"]) result.dots = file.whole_number(node["dots"], "dots", 1, 20);
    return result;
}

TemplateBoard board(const AssetFile& file, const YAML::Node& node) {
    file.require_map(node, "boards", {"id", "title", "prompt"});
    TemplateBoard result;
    result.id = file.identifier(file.required(node, "id"), "id");
    result.title = file.localized(file.required(node, "title"), "title");
    result.prompt = file.localized(file.required(node, "prompt"), "prompt");
    return result;
}

}  // namespace

bool MethodTemplate::allows(CaptureKind kind) const {
    return std::find(capture_kinds.begin(), capture_kinds.end(), kind) != capture_kinds.end();
}

const TemplateBoard* MethodTemplate::board(std::string_view board_id) const {
    for (const auto& each : boards)
        if (each.id == board_id) return &each;
    return nullptr;
}

MethodTemplate TemplateLibrary::read(const std::filesystem::path& path) {
    const AssetFile file(path);
    const YAML::Node& root = file.root();
    file.require_map(root, "template",
                     {"id", "name", "description", "captures", "voting", "round_minutes", "boards", "author_groups"});
    MethodTemplate result;
    result.source = path;
    result.id = file.identifier(file.required(root, "id"), "id");
    result.name = file.localized(file.required(root, "name"), "name");
    result.description = file.localized(file.required(root, "description"), "description");

    const YAML::Node captures = file.required(root, "captures");
    file.require_sequence(captures, "captures");
    for (const auto& node : captures) {
        const CaptureKind kind = capture_kind(file, node);
        if (result.allows(kind)) file.fail(node, "a kind of capture is listed twice");
        result.capture_kinds.push_back(kind);
    }

    result.voting = voting(file, file.required(root, "voting"));
    if (root["round_minutes"]) result.round_minutes = file.whole_number(root["round_minutes"], "round_minutes", 1, 240);

    const YAML::Node boards = file.required(root, "boards");
    file.require_sequence(boards, "boards");
    for (const auto& node : boards) {
        TemplateBoard each = board(file, node);
        if (result.board(each.id)) file.fail(node, "two boards have the id \u201c" + each.id + "\u201d");
        result.boards.push_back(std::move(each));
    }

    if (const YAML::Node groups = root["author_groups"]) {
        file.require_sequence(groups, "author_groups");
        for (const auto& node : groups) result.author_groups.push_back(file.localized(node, "author_groups"));
    }
    return result;
}

TemplateLibrary TemplateLibrary::load(const std::filesystem::path& folder) {
    TemplateLibrary library;
    const auto files = asset_files_in(folder);
    if (files.empty()) library.problems_.push_back(folder.string() + ": no method templates (.yaml) found");
    for (const auto& path : files) {
        try {
            MethodTemplate method = read(path);
            if (const MethodTemplate* other = library.find(method.id))
                throw AssetError(path.filename().string() + ": the id \u201c" + method.id + "\u201d is already used by " +
                                 other->source.filename().string());
            library.templates_.push_back(std::move(method));
        } catch (const AssetError& problem) {
            library.problems_.push_back(problem.what());
        }
    }
    return library;
}

const MethodTemplate* TemplateLibrary::find(std::string_view id) const {
    for (const auto& method : templates_)
        if (method.id == id) return &method;
    return nullptr;
}

}  // namespace oogst
