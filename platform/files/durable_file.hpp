#pragma once
// Files that must survive a power cut whole or not at all: bundles, join files, exports.
// Written to a temporary name beside the target, fsync'd, renamed over the target, and
// the folder fsync'd, so the name points at either the old file or the complete new one.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace oogst::platform {

// Throws UserError with a plain sentence (full disk, read-only stick, missing folder).
// mode: the new file's permissions (less the umask); 0600 for a file holding a secret,
// such as a join file's pairing token.
void write_file_durably(const std::filesystem::path& file, std::string_view bytes, unsigned mode = 0644);

// For the I/O-error tests only: called before each system call of a durable write with
// the step's name ("open", "write", "fsync", "close", "rename", "open folder", "fsync
// folder"); a non-zero errno it returns makes that step fail with it, as a full disk or
// a pulled stick would. Null, the default, injects nothing.
using DurableWriteFault = int (*)(const char* step);
void set_durable_write_fault(DurableWriteFault fault);

// Reads a whole file; refuses (UserError) a file larger than max_bytes before reading it.
std::string read_whole_file(const std::filesystem::path& file, std::uint64_t max_bytes);

}  // namespace oogst::platform
