#include "core/store/store_location.hpp"

#include <cstdlib>

namespace oogst {

std::filesystem::path default_store_folder() {
    if (const char* explicit_store = std::getenv("OOGST_STORE"); explicit_store && *explicit_store)
        return explicit_store;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return std::filesystem::path(data) / "oogst" / "store";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "oogst" / "store";
    return "oogst-store";
}

}  // namespace oogst
