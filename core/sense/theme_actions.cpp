#include "core/sense/theme_actions.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "core/errors.hpp"
#include "core/model/ids.hpp"
#include "core/model/plain_text.hpp"

namespace oogst {
namespace {

ThemeSet theme_set(std::string id, const ThemeWords& words) {
    if (blank(words.name)) throw ThemeError(ThemeProblem::no_name);
    if (!words.colour.empty() && !is_theme_colour(words.colour)) throw ThemeError(ThemeProblem::bad_colour);
    return {std::move(id), words.name, words.needs, words.core_values, words.future_images, words.colour};
}

}  // namespace

const ThemeRecord& ThemeActions::live_theme(const std::string& theme_id) const {
    // A theme merged into another on a second laptop meanwhile: act on the one it is now.
    const ThemeRecord* theme = store_.state().theme(store_.state().theme_root(theme_id));
    if (!theme) throw ThemeError(ThemeProblem::gone);
    return *theme;
}

void ThemeActions::filing_operations(const std::string& theme_id, const std::vector<std::string>& capture_ids,
                                     std::vector<ThemeMembershipSet>& changes, std::vector<Revert>& reverts) const {
    const WorkshopState& state = store_.state();
    for (const std::string& capture_id : capture_ids) {
        if (!state.capture(capture_id)) continue;  // deleted elsewhere meanwhile: nothing to file
        bool there = false;
        for (const auto& [id, theme] : state.theme_records()) {
            const auto member = theme.members.find(capture_id);
            if (!theme.live() || member == theme.members.end() || !member->second.value()) continue;
            if (state.theme_root(id) == theme_id) {
                there = true;
                continue;
            }
            changes.push_back({id, capture_id, false});
            reverts.emplace_back(ThemeMembershipSet{id, capture_id, true});
        }
        if (there) continue;
        changes.push_back({theme_id, capture_id, true});
        reverts.emplace_back(ThemeMembershipSet{theme_id, capture_id, false});
    }
}

void ThemeActions::record_all(const std::vector<ThemeMembershipSet>& changes) {
    for (const ThemeMembershipSet& change : changes) store_.record(change);
}

std::string ThemeActions::create(const ThemeWords& words, const std::vector<std::string>& capture_ids) {
    ThemeSet theme = theme_set(new_id(), words);
    // A colour of its own, written with it: the first of the palette no other key has.
    if (theme.colour.empty()) {
        std::set<std::string> taken;
        for (const ThemeRecord* other : store_.state().themes()) taken.insert(theme_colour(other->details.value()));
        const auto free = std::find_if(theme_palette.begin(), theme_palette.end(),
                                       [&](const char* colour) { return !taken.count(colour); });
        theme.colour = free != theme_palette.end() ? *free : theme_colour(theme);
    }
    std::vector<ThemeMembershipSet> changes;
    std::vector<Revert> reverts{ThemeDeleted{theme.id}};
    filing_operations(theme.id, capture_ids, changes, reverts);
    store_.batch([&] {
        store_.record(theme);
        record_all(changes);
    });
    history_.remember({capture_ids.empty() ? "undo.key_created" : "undo.key_split", std::move(reverts)});
    return theme.id;
}

std::string ThemeActions::split_off(const std::vector<std::string>& capture_ids, const ThemeWords& words) {
    return create(words, capture_ids);
}

void ThemeActions::describe(const std::string& theme_id, const ThemeWords& words) {
    const ThemeSet before = live_theme(theme_id).details.value();
    const ThemeSet after = theme_set(before.id, words);
    if (std::tie(before.name, before.needs, before.core_values, before.future_images, before.colour) ==
        std::tie(after.name, after.needs, after.core_values, after.future_images, after.colour))
        return;
    store_.record(after);
    history_.remember({"undo.key_described", {before}});
}

void ThemeActions::file(const std::string& theme_id, const std::vector<std::string>& capture_ids) {
    const std::string id = live_theme(theme_id).details.value().id;
    std::vector<ThemeMembershipSet> changes;
    std::vector<Revert> reverts;
    filing_operations(id, capture_ids, changes, reverts);
    if (changes.empty()) return;
    store_.batch([&] { record_all(changes); });
    history_.remember({"undo.filed", std::move(reverts)});
}

void ThemeActions::unfile(const std::string& theme_id, const std::vector<std::string>& capture_ids) {
    const std::string root = live_theme(theme_id).details.value().id;
    const WorkshopState& state = store_.state();
    std::vector<ThemeMembershipSet> changes;
    std::vector<Revert> reverts;
    for (const std::string& capture_id : capture_ids)
        for (const auto& [id, theme] : state.theme_records()) {
            const auto member = theme.members.find(capture_id);
            if (member == theme.members.end() || !member->second.value() || state.theme_root(id) != root) continue;
            changes.push_back({id, capture_id, false});
            reverts.emplace_back(ThemeMembershipSet{id, capture_id, true});
        }
    if (changes.empty()) return;
    store_.batch([&] { record_all(changes); });
    history_.remember({"undo.unfiled", std::move(reverts)});
}

void ThemeActions::merge(const std::string& into, const std::string& from) {
    const std::string into_id = live_theme(into).details.value().id;
    const std::string from_id = live_theme(from).details.value().id;
    if (into_id == from_id) throw ThemeError(ThemeProblem::same_theme);
    store_.record(ThemeMerged{from_id, into_id});
    history_.remember({"undo.key_merged", {ThemeMerged{from_id, ""}}});
}

void ThemeActions::remove(const std::string& theme_id) {
    const std::string id = live_theme(theme_id).details.value().id;
    const OperationId deletion = store_.record(ThemeDeleted{id});
    history_.remember({"undo.key_deleted", {ThemeRestored{id, deletion.device, deletion.sequence}}});
}

void ThemeActions::reject(const std::string& theme_id, const std::vector<std::string>& capture_ids) {
    const ThemeRecord& theme = live_theme(theme_id);
    const std::string id = theme.details.value().id;
    std::vector<ThemeSuggestionRejected> changes;
    std::vector<Revert> reverts;
    for (const std::string& capture_id : capture_ids) {
        if (theme.rejects(capture_id)) continue;
        changes.push_back({id, capture_id, true});
        reverts.emplace_back(ThemeSuggestionRejected{id, capture_id, false});
    }
    if (changes.empty()) return;
    store_.batch([&] {
        for (const ThemeSuggestionRejected& change : changes) store_.record(change);
    });
    history_.remember({"undo.suggestion_rejected", std::move(reverts)});
}

void ThemeActions::keep_apart(const std::vector<std::string>& capture_ids, bool apart) {
    std::vector<CaptureKeptApart> changes;
    std::vector<Revert> reverts;
    for (const std::string& capture_id : capture_ids) {
        const CaptureRecord* capture = store_.state().capture(capture_id);
        if (!capture || capture->kept_apart.value() == apart) continue;
        changes.push_back({capture_id, apart});
        reverts.emplace_back(CaptureKeptApart{capture_id, !apart});
    }
    if (changes.empty()) return;
    store_.batch([&] {
        for (const CaptureKeptApart& change : changes) store_.record(change);
    });
    history_.remember({apart ? "undo.kept_apart" : "undo.piled", std::move(reverts)});
}

bool is_theme_colour(const std::string& colour) {
    return colour.size() == 7 && colour[0] == '#' &&
           std::all_of(colour.begin() + 1, colour.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

std::string theme_colour(const ThemeSet& theme) {
    if (is_theme_colour(theme.colour)) return theme.colour;
    // A theme made without one (by an older Oogst): picked by the id so every laptop
    // draws it alike.
    unsigned hash = 2166136261u;
    for (unsigned char c : theme.id) hash = (hash ^ c) * 16777619u;
    return theme_palette[hash % theme_palette.size()];
}

}  // namespace oogst
