#include "core/model/merge_roots.hpp"

#include <algorithm>

namespace oogst {

std::unordered_map<std::string, std::string> merge_roots(std::vector<MergeLink> links) {
    std::erase_if(links, [](const MergeLink& link) { return !link.into->written() || link.into->value().empty(); });
    std::sort(links.begin(), links.end(),
              [](const MergeLink& a, const MergeLink& b) { return a.into->order() < b.into->order(); });
    std::unordered_map<std::string, std::string> parent;
    const auto root_of = [&parent](std::string id) {
        for (auto up = parent.find(id); up != parent.end(); up = parent.find(id)) id = up->second;
        return id;
    };
    for (const MergeLink& link : links)
        if (root_of(link.into->value()) != *link.from) parent.emplace(*link.from, link.into->value());
    std::unordered_map<std::string, std::string> roots;
    for (const auto& [from, into] : parent) roots.emplace(from, root_of(from));
    return roots;
}

}  // namespace oogst
