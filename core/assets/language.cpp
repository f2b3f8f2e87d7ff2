#include "core/assets/language.hpp"

namespace oogst {

std::string_view language_code(Language language) {
    switch (language) {
        case Language::nl: return "nl";
        case Language::fr: return "fr";
        case Language::en: return "en";
    }
    return "nl";
}

std::string_view language_name(Language language) {
    switch (language) {
        case Language::nl: return "Nederlands";
        case Language::fr: return "Français";
        case Language::en: return "English";
    }
    return "Nederlands";
}

std::optional<Language> parse_language(std::string_view code) {
    for (Language language : all_languages)
        if (language_code(language) == code) return language;
    return std::nullopt;
}

}  // namespace oogst
