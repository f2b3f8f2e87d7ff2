// The app's words under assets/i18n: every file loads, every key speaks Dutch, French
// and English with the same placeholders, every key the app's screens ask for exists,
// and a broken file is reported with its file and line while the others still load.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>

#include "core/assets/asset_file.hpp"
#include "core/assets/assets.hpp"
#include "tests/core/assets/asset_test_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::all;
using testing::contains;
using testing::TemporaryFolder;
using testing::write;

std::filesystem::path shipped_folder() { return assets_folder() / "i18n"; }

// Every key of the shipped files, read straight from the YAML so the test does not
// depend on what Translations chose to keep.
std::vector<std::string> shipped_keys() {
    std::vector<std::string> keys;
    for (const auto& path : asset_files_in(shipped_folder())) {
        const AssetFile file(path);
        for (const auto& entry : file.root()) keys.push_back(entry.first.Scalar());
    }
    return keys;
}

TEST(ShippedTranslations, EveryFileLoadsWithoutProblems) {
    ASSERT_FALSE(asset_files_in(shipped_folder()).empty());
    const auto words = Translations::load(shipped_folder());
    EXPECT_TRUE(words.problems().empty()) << all(words.problems());
    EXPECT_EQ(words.size(), shipped_keys().size());
}

TEST(ShippedTranslations, EveryKeyHasThreeTexts) {
    const auto words = Translations::load(shipped_folder());
    for (const auto& key : shipped_keys()) {
        ASSERT_TRUE(words.has(key)) << key;
        for (Language language : all_languages) {
            const std::string& text = words.text(language, key);
            EXPECT_FALSE(text.empty()) << key << " (" << language_code(language) << ")";
            EXPECT_NE(text, key) << key << " (" << language_code(language) << ") is only its key";
        }
    }
}

std::multiset<std::string> placeholders(const std::string& text) {
    static const std::regex placeholder(R"(\{[a-z_]+\})");
    std::multiset<std::string> found;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder); it != std::sregex_iterator(); ++it)
        found.insert(it->str());
    return found;
}

std::string listed(const std::multiset<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : " ") + name;
    return text.empty() ? "none" : text;
}

TEST(ShippedTranslations, PlaceholdersAreTheSameInEveryLanguage) {
    const auto words = Translations::load(shipped_folder());
    for (const auto& key : shipped_keys()) {
        const auto dutch = placeholders(words.text(Language::nl, key));
        for (Language language : {Language::fr, Language::en})
            EXPECT_EQ(placeholders(words.text(language, key)), dutch)
                << key << ": Dutch has " << listed(dutch) << ", " << language_code(language) << " has "
                << listed(placeholders(words.text(language, key)));
    }
}

TEST(Translations, FormatFillsEveryPlaceholder) {
    const auto words = Translations::load(shipped_folder());
    ASSERT_TRUE(words.has("start.footer"));
    const auto text = words.format(Language::fr, "start.footer", {{"folder", "/tmp/x"}, {"count", "12"}});
    EXPECT_EQ(text.find('{'), std::string::npos) << text;
    EXPECT_NE(text.find("12"), std::string::npos) << text;
}

// --- The keys the app asks for ----------------------------------------------------------

// The string literals in the first argument of every tr(…) call in a source file: both
// keys of `tr(kiosk ? "start.kiosk" : "start.facilitator")` and the key of
// `tr("composer.not_saved", {{"reason", …}})`, but not "reason".
std::set<std::string> keys_asked_for(const std::string& source) {
    static const std::regex call(R"((^|[^A-Za-z0-9_])tr\()");
    static const std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
    std::set<std::string> keys;
    for (auto it = std::sregex_iterator(source.begin(), source.end(), call); it != std::sregex_iterator(); ++it) {
        std::size_t at = static_cast<std::size_t>(it->position() + it->length());
        // The first argument ends at the first comma or closing parenthesis outside
        // nested brackets and string literals.
        const std::size_t start = at;
        int depth = 0;
        for (bool in_string = false; at < source.size(); ++at) {
            const char c = source[at];
            if (in_string) {
                if (c == '\\') ++at;
                else if (c == '"') in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '(' || c == '{' || c == '[') {
                ++depth;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth-- == 0) break;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        const std::string argument = source.substr(start, at - start);
        for (auto key = std::sregex_iterator(argument.begin(), argument.end(), literal); key != std::sregex_iterator();
             ++key)
            keys.insert((*key)[1].str());
    }
    return keys;
}

TEST(AppKeys, TheScannerFindsKeysInTernariesButNotPlaceholderNames) {
    const auto keys = keys_asked_for(
        R"(ui.tr(kiosk ? "start.kiosk" : "start.facilitator"); ui_.tr("composer.not_saved", {{"reason", e.what()}});
           x.c_str("not.a.key"); tr("a.b"); ImGui::TextUnformatted(ui.tr("x.y", {{"n", f("q")}}));)");
    EXPECT_EQ(keys, (std::set<std::string>{"start.kiosk", "start.facilitator", "composer.not_saved", "a.b", "x.y"}));
}

TEST(AppKeys, EveryKeyTheScreensAskForExists) {
    const std::filesystem::path sources = OOGST_APP_SOURCES;
    ASSERT_TRUE(std::filesystem::is_directory(sources)) << sources;
    const auto words = Translations::load(shipped_folder());
    std::size_t asked = 0;
    std::string missing;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(sources)) {
        const auto extension = entry.path().extension();
        if (extension != ".cpp" && extension != ".hpp") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string source{std::istreambuf_iterator<char>(in), {}};
        for (const auto& key : keys_asked_for(source)) {
            ++asked;
            if (!words.has(key)) missing += "\n  " + key + " (" + entry.path().filename().string() + ")";
        }
    }
    EXPECT_GT(asked, 20u) << "the scan found almost no keys: has the way screens call tr() changed?";
    EXPECT_TRUE(missing.empty()) << "keys used in app/ but not in assets/i18n:" << missing;
}

// --- Broken translation files ---------------------------------------------------------

class BrokenTranslations : public ::testing::Test {
protected:
    void SetUp() override {
        write(folder / "goed.yaml", "# Good words.\n"
                                    "goed.ja: {nl: \"Ja\", fr: \"Oui\", en: \"Yes\"}\n"
                                    "goed.aantal: {nl: \"{count} notities\", fr: \"{count} notes\", en: \"{count} notes\"}\n");
    }

    // Loads the folder with file = text beside the good file; returns the one problem.
    std::string problem_with(const std::string& file, const std::string& text) {
        write(folder / file, text);
        words = Translations::load(folder.path());
        EXPECT_EQ(words.problems().size(), 1u) << all(words.problems());
        EXPECT_TRUE(words.has("goed.ja")) << "the good file still loads";
        EXPECT_EQ(words.text(Language::fr, "goed.ja"), "Oui");
        return words.problems().empty() ? "" : words.problems().front();
    }

    TemporaryFolder folder;
    Translations words;
};

TEST_F(BrokenTranslations, MissingFrenchNamesFileLineKeyAndLanguage) {
    const auto problem = problem_with("kapot.yaml", "kapot.een: {nl: \"Een\", fr: \"Un\", en: \"One\"}\n"
                                                    "\n"
                                                    "kapot.twee: {nl: \"Twee\", en: \"Two\"}\n");
    EXPECT_TRUE(contains(problem, "kapot.yaml, line 3:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201ckapot.twee\u201d has no French")) << problem;
    EXPECT_FALSE(words.has("kapot.een")) << "a broken file gives none of its words, so it is noticed";
}

TEST_F(BrokenTranslations, InvalidYaml) {
    const auto problem = problem_with("kapot.yaml", "kapot.een: {nl: \"Een\", fr: \"Un\", en: \"One\"}\n"
                                                    "kapot.twee: {nl: \"Twee\", fr: \"Deux, en: \"Two\"}\n");
    EXPECT_TRUE(contains(problem, "kapot.yaml, line ")) << problem;
    EXPECT_TRUE(contains(problem, "not valid YAML")) << problem;
}

TEST_F(BrokenTranslations, UnknownLanguage) {
    const auto problem =
        problem_with("kapot.yaml", "kapot.een: {nl: \"Een\", fr: \"Un\", en: \"One\", de: \"Eins\"}\n");
    EXPECT_TRUE(contains(problem, "kapot.yaml, line 1:")) << problem;
    EXPECT_TRUE(contains(problem, "unknown field \u201cde\u201d")) << problem;
}

TEST_F(BrokenTranslations, KeyGivenTwiceInOneFile) {
    const auto problem = problem_with("kapot.yaml", "kapot.een: {nl: \"Een\", fr: \"Un\", en: \"One\"}\n"
                                                    "kapot.een: {nl: \"Eén\", fr: \"Un\", en: \"One\"}\n");
    EXPECT_TRUE(contains(problem, "kapot.yaml, line 2:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201ckapot.een\u201d is given twice")) << problem;
}

TEST_F(BrokenTranslations, KeyAlreadyGivenInAnotherFile) {
    const auto problem = problem_with("kapot.yaml", "kapot.een: {nl: \"Een\", fr: \"Un\", en: \"One\"}\n"
                                                    "goed.ja: {nl: \"Jawel\", fr: \"Si\", en: \"Yes indeed\"}\n");
    EXPECT_TRUE(contains(problem, "kapot.yaml, line 2:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cgoed.ja\u201d is already given in goed.yaml")) << problem;
    EXPECT_EQ(words.text(Language::nl, "goed.ja"), "Ja");
}

TEST_F(BrokenTranslations, TextThatIsNotALanguageMap) {
    const auto problem = problem_with("kapot.yaml", "kapot.een: \"Een\"\n");
    EXPECT_TRUE(contains(problem, "kapot.yaml, line 1:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201ckapot.een\u201d")) << problem;
}

TEST(Translations, MissingKeyShowsTheKey) {
    const auto words = Translations::load(shipped_folder());
    EXPECT_EQ(words.text(Language::nl, "bestaat.niet"), "bestaat.niet");
}

}  // namespace
}  // namespace oogst
