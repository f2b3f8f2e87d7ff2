#pragma once
// What the app reads from assets/ at start: its words in three languages and the method
// templates. Found in $OOGST_ASSETS when set, else in the source tree it was built from.
#include <filesystem>
#include <string>
#include <vector>

#include "core/assets/method_template.hpp"
#include "core/assets/translations.hpp"

namespace oogst {

std::filesystem::path assets_folder();

struct Assets {
    Translations words;         // assets/i18n
    TemplateLibrary templates;  // assets/templates

    static Assets load(const std::filesystem::path& folder = assets_folder());
    // Every problem found while loading, one sentence each (the app lists them).
    std::vector<std::string> problems() const;
};

}  // namespace oogst
