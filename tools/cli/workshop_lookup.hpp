#pragma once
// Finding what a command names in the facilitator's store: the workshop itself, a key by
// id, id start or name, captures by id or id start. Every name is checked, and a name
// that fits nothing or several says so in one sentence (a UserError).
#include <filesystem>
#include <string>
#include <vector>

#include "core/store/store.hpp"

namespace oogst::cli {

// The store at folder, refused when it holds no workshop yet.
Store open_workshop(const std::filesystem::path& folder);
// A key by its id, the start of its id (8 characters or more, as `key list` shows it),
// or its name when one key has it: the root id of the key.
std::string find_key(const WorkshopState& state, const std::string& given);
// Captures by id, or the start of an id (8 characters or more); every one must exist.
std::vector<std::string> find_captures(const WorkshopState& state, const std::vector<std::string>& given);
// One of ids by the whole id or its start (8 characters or more); what ("initiative")
// and list_command ("oogst-cli initiative list") name it in the error.
std::string find_among(const std::vector<std::string>& ids, const std::string& given, const std::string& what,
                       const std::string& list_command);

}  // namespace oogst::cli
