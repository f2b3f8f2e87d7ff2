#pragma once
// Where a command may write what it makes (oogst-cli report, oogst-cli export): never
// inside the store's folder (it would sit beside, or over, the workshop's database), and
// never over a file or folder already there unless asked with --replace.
#include <filesystem>

namespace oogst::cli {

// Throws UserError with one sentence when out may not be written.
void check_out(const std::filesystem::path& store, const std::filesystem::path& out, bool replace);

}  // namespace oogst::cli
