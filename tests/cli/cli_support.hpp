#pragma once
// Runs the real oogst-cli on a store folder, as the command-line tests do.
#include <filesystem>
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

}  // namespace oogst
