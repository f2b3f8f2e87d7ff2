#include "core/sense/wall_piles.hpp"

#include <algorithm>
#include <map>

#include "core/table/same_text.hpp"

namespace oogst {

std::vector<std::vector<std::string>> wall_piles(const WorkshopState& state) {
    // Notes that say the same once case, accents and outer punctuation are folded.
    // (The near-duplicate engine, with stems and character n-grams, takes this place.)
    std::map<std::string, std::vector<std::string>> by_text;
    for (const auto& [id, capture] : state.capture_records()) {
        if (!capture.live() || capture.kept_apart.value()) continue;
        const std::string folded = folded_text(capture.text.value());
        if (!folded.empty()) by_text[folded].push_back(id);
    }
    std::vector<std::vector<std::string>> piles;
    for (auto& [text, ids] : by_text) {
        if (ids.size() < 2) continue;
        std::sort(ids.begin(), ids.end());
        piles.push_back(std::move(ids));
    }
    std::sort(piles.begin(), piles.end());
    return piles;
}

}  // namespace oogst
