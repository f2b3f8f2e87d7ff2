// oogst-cli's subcommands for the workshop's keys (its themes: Ademen, Ontmoeten, …) on
// the facilitator's machine: key new|list|show|file|unfile|merge. Each goes through
// core/sense's ThemeActions, as the wall does, so a script files exactly as a tap.
#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/store/store.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/text_options.hpp"
#include "tools/cli/workshop_lookup.hpp"

namespace oogst::cli {
namespace {

struct KeyWords {
    std::string key, into, from;
    ThemeWords words;
    std::vector<std::string> captures;
};

std::string key_said(const WorkshopState& state, const std::string& id) {
    return "\"" + state.theme(id)->details.value().name + "\"";
}

std::string captures_said(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " capture" : " captures");
}

void new_key(const std::filesystem::path& folder, const KeyWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    UndoHistory history;
    // Only the id on stdout: scripts take it as it is.
    out << ThemeActions(store, history).create(given.words) << "\n";
}

void list_keys(const std::filesystem::path& folder, std::ostream& out) {
    auto store = open_workshop(folder);
    const WorkshopState& state = store.state();
    const ThemeFiling filing = theme_filing(state);
    std::size_t live = 0;
    for (const auto& [id, capture] : state.capture_records()) live += capture.live() ? 1 : 0;
    out << state.workshop().name << ": " << state.themes().size() << " keys, " << filing.themes_of.size() << " of "
        << captures_said(live) << " filed\n";
    for (const ThemeRecord* theme : state.themes()) {
        const ThemeSet& key = theme->details.value();
        out << "  " << key.id.substr(0, 8) << "  " << key.name << " · " << theme_colour(key) << ": "
            << captures_said(filing.captures(key.id).size()) << "\n";
    }
}

void show_key(const std::filesystem::path& folder, const KeyWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const WorkshopState& state = store.state();
    const std::string id = find_key(state, given.key);
    const ThemeSet& key = state.theme(id)->details.value();
    out << key.name << " (" << key.id << ") · " << theme_colour(key) << "\n";
    if (!key.needs.empty()) out << "  needs: " << key.needs << "\n";
    if (!key.core_values.empty()) out << "  core values: " << key.core_values << "\n";
    if (!key.future_images.empty()) out << "  future images: " << key.future_images << "\n";
    const ThemeFiling filing = theme_filing(state);
    const auto& captures = filing.captures(id);
    out << "  " << captures_said(captures.size()) << "\n";
    for (const std::string& capture_id : captures) {
        const CaptureRecord* capture = state.capture(capture_id);
        const SessionSet* session = state.session(state.session_root(capture->origin->session_id));
        std::string text = capture->text.value();
        std::replace(text.begin(), text.end(), '\n', ' ');
        out << "    " << capture_id << "  " << (text.empty() ? "(a drawing or photo)" : text);
        if (session) out << " · " << session->table_name;
        out << "\n";
    }
}

void file(const std::filesystem::path& folder, const KeyWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const std::string id = find_key(store.state(), given.key);
    const auto captures = find_captures(store.state(), given.captures);
    UndoHistory history;
    ThemeActions(store, history).file(id, captures);
    out << "Filed " << captures_said(captures.size()) << " under " << key_said(store.state(), id) << "\n";
}

void unfile(const std::filesystem::path& folder, const KeyWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const std::string id = find_key(store.state(), given.key);
    const auto captures = find_captures(store.state(), given.captures);
    UndoHistory history;
    ThemeActions(store, history).unfile(id, captures);
    out << "Took " << captures_said(captures.size()) << " out of " << key_said(store.state(), id) << "\n";
}

void merge_keys(const std::filesystem::path& folder, const KeyWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const std::string into = find_key(store.state(), given.into);
    const std::string from = find_key(store.state(), given.from);
    const std::string from_name = key_said(store.state(), from);
    UndoHistory history;
    ThemeActions(store, history).merge(into, from);
    out << "Merged " << from_name << " into " << key_said(store.state(), into) << ": "
        << captures_said(theme_filing(store.state()).captures(into).size()) << "\n";
}

}  // namespace

void add_key_commands(CommandLine& cli) {
    auto given = std::make_shared<KeyWords>();
    CLI::App* key = cli.group("key", "the workshop's keys (its themes) and what is filed under each");
    key->require_subcommand(1);

    CLI::App* made = cli.command(key, "new", "make a key; prints its id", [given](const auto& store, auto& out) {
        new_key(store, *given, out);
    });
    made->add_option("--name", given->words.name, "its name (Ademen, Ontmoeten, …)")->check(one_line_text())->required();
    made->add_option("--describe", given->words.needs, "the needs behind its dreams, in a few words")->check(text_lines());
    made->add_option("--values", given->words.core_values, "its core values")->check(text_lines());
    made->add_option("--future", given->words.future_images, "its future images")->check(text_lines());
    made->add_option("--colour", given->words.colour, "its colour on the wall, #rrggbb")->check(one_line_text());

    cli.command(key, "list", "the keys, with how many captures each holds",
                [](const auto& store, auto& out) { list_keys(store, out); });

    CLI::App* show = cli.command(key, "show", "a key's words and its captures",
                                 [given](const auto& store, auto& out) { show_key(store, *given, out); });
    show->add_option("ID", given->key, "the key: its id (or its first 8 characters) or its name")->required();

    CLI::App* filed = cli.command(key, "file", "file captures under a key (moved from any other)",
                                  [given](const auto& store, auto& out) { file(store, *given, out); });
    filed->add_option("ID", given->key, "the key")->required();
    filed->add_option("CAPTURE", given->captures, "capture ids, as in 'oogst-cli dump'")->required();

    CLI::App* unfiled = cli.command(key, "unfile", "take captures out of a key",
                                    [given](const auto& store, auto& out) { unfile(store, *given, out); });
    unfiled->add_option("ID", given->key, "the key")->required();
    unfiled->add_option("CAPTURE", given->captures, "capture ids")->required();

    CLI::App* merged = cli.command(key, "merge", "merge key FROM into key INTO",
                                   [given](const auto& store, auto& out) { merge_keys(store, *given, out); });
    merged->add_option("INTO", given->into, "the key that stays")->required();
    merged->add_option("FROM", given->from, "the key merged into it")->required();
}

}  // namespace oogst::cli
