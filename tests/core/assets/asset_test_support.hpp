#pragma once
// What the asset tests share: writing a broken file into a folder, and reading the
// problems the loader reported as one text.
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace oogst::testing {

inline void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary) << text;
}

// The reported problems, one per line.
inline std::string all(const std::vector<std::string>& problems) {
    std::string text;
    for (const auto& problem : problems) text += problem + "\n";
    return text;
}

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace oogst::testing
