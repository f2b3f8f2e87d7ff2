#pragma once
// A publication's files written where the facilitator chose: one file at out, or a
// folder at out holding every file under its relative path (a gallery). Each is written
// durably (durable_file.hpp); missing folders are made.
#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/publish/published_file.hpp"

namespace oogst::platform {

// Throws UserError (durable_file.hpp) or std::filesystem::filesystem_error (a folder
// that cannot be made). Returns the bytes written.
std::uintmax_t write_published_files(const std::filesystem::path& out, const std::vector<PublishedFile>& files,
                                     bool as_folder);

// A path beside what is there: "note.pdf", then "note (2).pdf": a publication or an
// export written again never replaces the one already handed round.
std::filesystem::path free_path(const std::filesystem::path& wanted);

}  // namespace oogst::platform
