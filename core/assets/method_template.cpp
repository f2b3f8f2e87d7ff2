#include "core/assets/method_template.hpp"

#include <algorithm>

#include "core/assets/asset_file.hpp"

namespace oogst {
namespace {

CaptureKind capture_kind(const AssetFile& file, const YAML::Node& node) {
    const std::string name = file.scalar(node, "captures");
    if (name == "text") return CaptureKind::text;
    if (name == "drawing") return CaptureKind::drawing;
    if (name == "photo") return CaptureKind::photo;
    file.fail(node, in_quotes(name) + " is not a kind of capture (use text, drawing or photo)");
}

Voting voting(const AssetFile& file, const YAML::Node& node) {
    file.require_map(node, "voting", {"style", "max_stars", "dots", "boards"});
    Voting result;
    const YAML::Node style = file.required(node, "style");
    const std::string name = file.scalar(style, "style");
    if (name == "none") result.style = VotingStyle::none;
    else if (name == "stars") result.style = VotingStyle::stars;
    else if (name == "dots") result.style = VotingStyle::dots;
    else file.fail(style, in_quotes(name) + " is not a voting style (use none, stars or dots)");
    // A count that belongs to another style is refused rather than ignored: it is most
    // likely left over from a style that was changed, and the facilitator expects it to
    // count.
    if (const YAML::Node stars = node["max_stars"]) {
        if (result.style != VotingStyle::stars) file.fail(stars, "\u201cmax_stars\u201d only goes with \u201cstyle: stars\u201d");
        // At most 5: each star is a finger-sized button under a note in a column.
        result.max_stars = file.whole_number(stars, "max_stars", 2, 5);
    }
    if (const YAML::Node dots = node["dots"]) {
        if (result.style != VotingStyle::dots) file.fail(dots, "\u201cdots\u201d only goes with \u201cstyle: dots\u201d");
        result.dots = file.whole_number(dots, "dots", 1, 20);
    }
    // Which boards are scored; checked against the template's boards once they are read.
    if (const YAML::Node boards = node["boards"]) {
        if (result.style == VotingStyle::none) file.fail(boards, "\u201cboards\u201d only goes with \u201cstyle: stars\u201d or \u201cstyle: dots\u201d");
        file.require_sequence(boards, "boards");
        for (const auto& board : boards) result.boards.push_back(file.identifier(board, "boards"));
    }
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

TemplateField field(const AssetFile& file, const YAML::Node& node) {
    file.require_map(node, "fields", {"id", "label", "hint", "required"});
    TemplateField result;
    result.id = file.identifier(file.required(node, "id"), "id");
    result.label = file.localized(file.required(node, "label"), "label");
    if (const YAML::Node hint = node["hint"]) result.hint = file.localized(hint, "hint");
    if (const YAML::Node required = node["required"]) result.required = file.yes_no(required, "required");
    return result;
}

ConsentRule consent(const AssetFile& file, const YAML::Node& node) {
    file.require_map(node, "consent", {"by", "text"});
    ConsentRule result;
    const YAML::Node by = file.required(node, "by");
    const std::string name = file.scalar(by, "by");
    if (name == "participant") result.by = ConsentGiver::participant;
    else if (name == "teacher") result.by = ConsentGiver::teacher;
    else file.fail(by, in_quotes(name) + " cannot give consent (use participant or teacher)");
    result.text = file.localized(file.required(node, "text"), "text");
    return result;
}

MethodTemplate method_template(const AssetFile& file) {
    const YAML::Node& root = file.root();
    file.require_map(root, "template",
                     {"id", "name", "description", "captures", "voting", "round_minutes", "boards", "author_groups",
                      "fields", "consent"});
    MethodTemplate result;
    result.source = file.path();
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
        if (result.board(each.id)) file.fail(node, "two boards have the id " + in_quotes(each.id));
        result.boards.push_back(std::move(each));
    }

    // A scored board the template does not have is a typo: nothing would be scored.
    const YAML::Node scored = root["voting"]["boards"];
    for (std::size_t i = 0; i < result.voting.boards.size(); ++i) {
        const std::string& id = result.voting.boards[i];
        if (!result.board(id)) file.fail(scored[i], "voting names the board " + in_quotes(id) + ", which is not one of the boards");
        if (std::count(result.voting.boards.begin(), result.voting.boards.begin() + i, id) > 0)
            file.fail(scored[i], "voting names the board " + in_quotes(id) + " twice");
    }

    if (const YAML::Node groups = root["author_groups"]) {
        file.require_sequence(groups, "author_groups");
        for (const auto& node : groups) result.author_groups.push_back(file.localized(node, "author_groups"));
    }

    if (const YAML::Node fields = root["fields"]) {
        file.require_sequence(fields, "fields");
        for (const auto& node : fields) {
            TemplateField each = field(file, node);
            if (result.field(each.id)) file.fail(node, "two fields have the id " + in_quotes(each.id));
            result.fields.push_back(std::move(each));
        }
    }

    if (const YAML::Node rule = root["consent"]) result.consent = consent(file, rule);
    return result;
}

}  // namespace

bool Voting::scores(std::string_view board) const {
    if (style == VotingStyle::none) return false;
    return boards.empty() || std::find(boards.begin(), boards.end(), board) != boards.end();
}

bool MethodTemplate::allows(CaptureKind kind) const {
    return std::find(capture_kinds.begin(), capture_kinds.end(), kind) != capture_kinds.end();
}

const TemplateBoard* MethodTemplate::board(std::string_view board_id) const {
    for (const auto& each : boards)
        if (each.id == board_id) return &each;
    return nullptr;
}

const TemplateField* MethodTemplate::field(std::string_view field_id) const {
    for (const auto& each : fields)
        if (each.id == field_id) return &each;
    return nullptr;
}

MethodTemplate TemplateLibrary::read(const std::filesystem::path& path) { return method_template(AssetFile(path)); }

TemplateLibrary TemplateLibrary::load(const std::filesystem::path& folder) {
    TemplateLibrary library;
    const auto files = asset_files_in(folder);
    if (files.empty()) library.problems_.push_back(folder.string() + ": no method templates (.yaml) found");
    for (const auto& path : files) {
        try {
            const AssetFile file(path);
            MethodTemplate method = method_template(file);
            // Sessions name their method by id, so two files with one id would make it a
            // matter of file order which method a table gets.
            if (const MethodTemplate* other = library.find(method.id))
                file.fail(file.root()["id"], "the id " + in_quotes(method.id) + " is already used by " +
                                                 other->source.filename().string());
            library.templates_.push_back(std::move(method));
        } catch (const AssetError& problem) {
            library.problems_.push_back(problem.what());
        }
    }
    return library;
}

void TemplateLibrary::add_missing(const std::map<std::string, std::string>& yaml_by_id) {
    for (const auto& [id, yaml] : yaml_by_id) {
        if (find(id)) continue;
        try {
            const AssetFile file(id + ".yaml (from the workshop's join file)", yaml);
            MethodTemplate method = method_template(file);
            if (method.id != id) file.fail(file.root()["id"], "the id should be " + in_quotes(id));
            templates_.push_back(std::move(method));
        } catch (const AssetError& problem) {
            problems_.push_back(problem.what());
        }
    }
}

const MethodTemplate* TemplateLibrary::find(std::string_view id) const {
    for (const auto& method : templates_)
        if (method.id == id) return &method;
    return nullptr;
}

}  // namespace oogst
