#pragma once
// Where a store lives when nobody says: $OOGST_STORE, else the XDG data folder.
#include <filesystem>

namespace oogst {

std::filesystem::path default_store_folder();

}  // namespace oogst
