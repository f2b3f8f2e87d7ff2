#pragma once
// The app's words in Dutch, French and English, read from assets/i18n/*.yaml. Each file
// is a list of "key: {nl: …, fr: …, en: …}"; files are split by screen so each screen's
// words sit together. Texts may hold placeholders such as {count}, filled by format().
#include <filesystem>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/assets/language.hpp"

namespace oogst {

class Translations {
public:
    // Reads every .yaml file in folder. A broken file is skipped and its problem kept
    // in problems(), so the app still starts with the words of the other files.
    static Translations load(const std::filesystem::path& folder);

    // The text for key; a missing key gives the key itself, which a test or a screenshot
    // then shows plainly.
    const std::string& text(Language language, std::string_view key) const;
    // The text with each {name} replaced by its value.
    std::string format(Language language, std::string_view key,
                       std::initializer_list<std::pair<std::string_view, std::string>> values) const;

    bool has(std::string_view key) const { return words_.find(key) != words_.end(); }
    const std::vector<std::string>& problems() const { return problems_; }
    std::size_t size() const { return words_.size(); }

private:
    std::map<std::string, LocalizedText, std::less<>> words_;
    std::vector<std::string> problems_;
    mutable std::map<std::string, std::string, std::less<>> missing_;  // keeps returned references valid
};

}  // namespace oogst
