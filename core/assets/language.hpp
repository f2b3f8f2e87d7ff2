#pragma once
// The languages Oogst speaks. Dutch first (the municipalities it was made for), then
// French and English; every template and every UI string exists in all three.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace oogst {

enum class Language { nl, fr, en };

inline constexpr std::array<Language, 3> all_languages = {Language::nl, Language::fr, Language::en};

// "nl", "fr", "en": the codes the asset files use.
std::string_view language_code(Language language);
// The language's own name ("Nederlands", "Français", "English") for the switcher.
std::string_view language_name(Language language);
std::optional<Language> parse_language(std::string_view code);

// A text in every language, as the asset files give it.
struct LocalizedText {
    std::array<std::string, all_languages.size()> text;

    const std::string& in(Language language) const { return text[static_cast<std::size_t>(language)]; }
    std::string& in(Language language) { return text[static_cast<std::size_t>(language)]; }
};

}  // namespace oogst
