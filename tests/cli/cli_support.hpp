#pragma once
// Runs the real oogst-cli on a store folder, as the command-line tests do.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/support/run_program.hpp"

namespace oogst {

inline testing::ProgramResult cli(std::vector<std::string> arguments, const std::filesystem::path& store,
                                  const std::string& input = {}) {
    arguments.push_back("--store");
    arguments.push_back(store.string());
    return testing::run_program(OOGST_CLI, arguments, input);
}

// A file the command wrote, whole.
inline std::string read(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The contract for refusals: one line on stderr, ending in its newline.
inline bool one_line(const std::string& text) { return !text.empty() && text.find('\n') == text.size() - 1; }

}  // namespace oogst
