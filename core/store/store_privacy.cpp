#include "core/store/store_privacy.hpp"

namespace oogst {
namespace {

using std::filesystem::perms;

// Takes away what group and others may do; the owner keeps what it has.
void tighten(const std::filesystem::path& path, perms wanted) {
    std::error_code error;
    const perms now = std::filesystem::status(path, error).permissions();
    if (error || (now & (perms::group_all | perms::others_all)) == perms::none) return;
    std::filesystem::permissions(path, wanted, std::filesystem::perm_options::replace, error);
}

}  // namespace

void keep_store_private(const std::filesystem::path& folder) {
    tighten(folder, perms::owner_all);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error))
        if (entry.is_regular_file(error)) tighten(entry.path(), perms::owner_read | perms::owner_write);
}

}  // namespace oogst
