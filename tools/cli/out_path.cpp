#include "tools/cli/out_path.hpp"

#include <algorithm>
#include <string>

#include "core/errors.hpp"

namespace oogst::cli {

void check_out(const std::filesystem::path& store, const std::filesystem::path& out, bool replace, const char* option) {
    const std::filesystem::path store_folder = std::filesystem::weakly_canonical(store);
    const std::filesystem::path target = std::filesystem::weakly_canonical(out);
    const auto [store_end, target_end] = std::mismatch(store_folder.begin(), store_folder.end(), target.begin(), target.end());
    if (store_end == store_folder.end())
        throw UserError(std::string(option) + " " + out.string() +
                        " lies inside the workshop's store folder; choose a place outside it");
    if (std::filesystem::exists(out) && !replace)
        throw UserError(out.string() + " already exists; choose another " + option + ", or add --replace to write over it");
}

}  // namespace oogst::cli
