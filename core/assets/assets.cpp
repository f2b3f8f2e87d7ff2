#include "core/assets/assets.hpp"

#include <cstdlib>

namespace oogst {

std::filesystem::path assets_folder() {
    if (const char* set = std::getenv("OOGST_ASSETS"); set && *set) return set;
    return OOGST_SOURCE_ASSETS;
}

Assets Assets::load(const std::filesystem::path& folder) {
    return {Translations::load(folder / "i18n"), TemplateLibrary::load(folder / "templates")};
}

std::vector<std::string> Assets::problems() const {
    std::vector<std::string> all = words.problems();
    all.insert(all.end(), templates.problems().begin(), templates.problems().end());
    return all;
}

}  // namespace oogst
