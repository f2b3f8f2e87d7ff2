#pragma once
// The method templates a workshop uses, as YAML text, for the join file: a device with
// older assets then still shows this workshop's boards.
#include <filesystem>
#include <map>
#include <string>

#include "core/model/workshop_state.hpp"

namespace oogst {

// Template id -> YAML of the workshop's method and every session's, as found in the
// templates folder (assets/templates by default). Unknown methods are left out.
std::map<std::string, std::string> templates_in_use(const WorkshopState& state,
                                                     const std::filesystem::path& templates_folder);
std::map<std::string, std::string> templates_in_use(const WorkshopState& state);

}  // namespace oogst
