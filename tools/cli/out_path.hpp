#pragma once
// Where a command may write what it makes (report, export, workshop join-code, bundle
// export): never inside the store's folder (over the workshop's database, it would
// destroy the workshop's secret key, and every sealed bundle with it), and never over a
// file or folder already there unless asked with --replace (issue 15).
#include <filesystem>

namespace oogst::cli {

// Throws UserError with one sentence, naming the option, when out may not be written.
void check_out(const std::filesystem::path& store, const std::filesystem::path& out, bool replace,
               const char* option = "--out");

}  // namespace oogst::cli
