#include "core/sense/theme_filing.hpp"

#include <algorithm>

namespace oogst {
namespace {

const std::vector<std::string> none;

void sort_unique(std::vector<std::string>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace

const std::vector<std::string>& ThemeFiling::captures(const std::string& theme_id) const {
    const auto found = captures_of.find(theme_id);
    return found == captures_of.end() ? none : found->second;
}

const std::vector<std::string>& ThemeFiling::themes(const std::string& capture_id) const {
    const auto found = themes_of.find(capture_id);
    return found == themes_of.end() ? none : found->second;
}

ThemeFiling theme_filing(const WorkshopState& state) {
    ThemeFiling filing;
    for (const auto& [id, theme] : state.theme_records()) {
        if (!theme.live()) continue;
        const std::string& root = state.theme_root(id);
        if (!state.theme(root)) continue;  // merged into a theme deleted since: filed nowhere
        for (const auto& [capture_id, member] : theme.members) {
            if (!member.value()) continue;
            const CaptureRecord* capture = state.capture(capture_id);
            if (!capture) continue;
            filing.themes_of[capture_id].push_back(root);
            filing.captures_of[root].push_back(capture_id);
        }
    }
    for (auto& [capture, themes] : filing.themes_of) sort_unique(themes);
    for (auto& [theme, captures] : filing.captures_of) sort_unique(captures);
    return filing;
}

}  // namespace oogst
