#include "core/assets/translations.hpp"

#include "core/assets/asset_file.hpp"

namespace oogst {

Translations Translations::load(const std::filesystem::path& folder) {
    Translations result;
    const auto files = asset_files_in(folder);
    if (files.empty()) result.problems_.push_back(folder.string() + ": no translation files (.yaml) found");
    std::map<std::string, std::string, std::less<>> file_of;  // key -> the file that gave it, for messages
    for (const auto& path : files) {
        try {
            const AssetFile file(path);
            std::map<std::string, LocalizedText, std::less<>> words;  // all of a file, or none of it
            for (const auto& entry : file.root()) {
                const std::string key = entry.first.Scalar();
                if (words.count(key)) file.fail(entry.first, "the key \u201c" + key + "\u201d is given twice");
                if (const auto other = file_of.find(key); other != file_of.end())
                    file.fail(entry.first, "the key \u201c" + key + "\u201d is already given in " + other->second);
                words.emplace(key, file.localized(entry.second, key));
            }
            for (const auto& [key, text] : words) file_of.emplace(key, path.filename().string());
            result.words_.merge(words);
        } catch (const AssetError& problem) {
            result.problems_.push_back(problem.what());
        }
    }
    return result;
}

const std::string& Translations::text(Language language, std::string_view key) const {
    const auto found = words_.find(key);
    if (found != words_.end()) return found->second.in(language);
    auto missing = missing_.find(key);
    if (missing == missing_.end()) missing = missing_.emplace(std::string(key), std::string(key)).first;
    return missing->second;
}

std::string Translations::format(Language language, std::string_view key,
                                 std::initializer_list<std::pair<std::string_view, std::string>> values) const {
    std::string result = text(language, key);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + std::string(name) + "}";
        for (auto at = result.find(placeholder); at != std::string::npos;
             at = result.find(placeholder, at + value.size()))
            result.replace(at, placeholder.size(), value);
    }
    return result;
}

}  // namespace oogst
