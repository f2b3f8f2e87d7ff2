// The method templates under assets/templates: every shipped one loads in Dutch, French
// and English, and a facilitator's broken edit is reported as file, line and field while
// the other templates in the folder still load.
#include <gtest/gtest.h>

#include <fstream>
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

TemplateLibrary shipped() { return TemplateLibrary::load(assets_folder() / "templates"); }

TEST(ShippedTemplates, LoadWithoutProblemsAndAreExactlyTheElevenMethods) {
    const auto library = shipped();
    EXPECT_TRUE(library.problems().empty()) << all(library.problems());
    std::set<std::string> ids;
    for (const auto& method : library.templates()) ids.insert(method.id);
    const std::set<std::string> expected = {"droomsessie",   "delight-thinking", "toekomstlab",
                                            "missie-visie-waarden", "swot-plus", "focusgroep",
                                            "maatschappelijke-waarde-canvas", "speelveld", "kinderkiosk",
                                            "stadsdebat", "online-bevraging"};
    EXPECT_EQ(ids, expected);
    EXPECT_EQ(library.templates().size(), expected.size());
}

// The three texts of a name or a prompt are three translations, not one text copied.
void expect_three_different(const LocalizedText& text, const std::string& what) {
    EXPECT_NE(text.in(Language::nl), text.in(Language::fr)) << what << " is the same in Dutch and French";
    EXPECT_NE(text.in(Language::nl), text.in(Language::en)) << what << " is the same in Dutch and English";
    EXPECT_NE(text.in(Language::fr), text.in(Language::en)) << what << " is the same in French and English";
}

void expect_filled(const LocalizedText& text, const std::string& what) {
    for (Language language : all_languages)
        EXPECT_FALSE(text.in(language).empty()) << what << " has no " << language_code(language) << " text";
}

TEST(ShippedTemplates, SpeakDutchFrenchAndEnglish) {
    const auto library = shipped();
    for (const auto& method : library.templates()) {
        SCOPED_TRACE(method.source.filename().string());
        expect_filled(method.name, "name");
        expect_filled(method.description, "description");
        expect_three_different(method.name, "the name");
        expect_three_different(method.description, "the description");
        EXPECT_FALSE(method.boards.empty());
        EXPECT_FALSE(method.capture_kinds.empty());
        for (const auto& board : method.boards) {
            expect_filled(board.title, "board " + board.id + " title");
            expect_filled(board.prompt, "board " + board.id + " prompt");
            expect_three_different(board.prompt, "the prompt of board " + board.id);
        }
        for (const auto& group : method.author_groups) expect_filled(group, "an author group");
        for (const auto& field : method.fields) {
            expect_filled(field.label, "field " + field.id);
            if (field.hint) expect_filled(*field.hint, "hint of field " + field.id);
        }
        if (method.consent) expect_three_different(method.consent->text, "the consent text");
    }
}

// French puts a space before ? ! ; : and Dutch and English do not; a prompt copied from
// one language into another usually gives itself away here.
TEST(ShippedTemplates, PunctuationFollowsEachLanguage) {
    auto check = [](const LocalizedText& text, const std::string& what) {
        for (Language language : all_languages) {
            const std::string& words = text.in(language);
            for (std::size_t at = 1; at < words.size(); ++at) {
                if (std::string_view("?!;:").find(words[at]) == std::string_view::npos) continue;
                const bool spaced = words[at - 1] == ' ';
                EXPECT_EQ(spaced, language == Language::fr)
                    << what << " (" << language_code(language) << "): \"" << words << "\"";
            }
        }
    };
    const auto library = shipped();
    for (const auto& method : library.templates()) {
        SCOPED_TRACE(method.source.filename().string());
        check(method.name, "name");
        check(method.description, "description");
        for (const auto& board : method.boards) {
            check(board.title, board.id + " title");
            check(board.prompt, board.id + " prompt");
        }
    }
}

std::vector<std::string> board_ids(const MethodTemplate& method) {
    std::vector<std::string> ids;
    for (const auto& board : method.boards) ids.push_back(board.id);
    return ids;
}

TEST(ShippedTemplates, FollowTheMethodsOfTheDesign) {
    const auto library = shipped();
    const auto* dream = library.find("droomsessie");
    ASSERT_TRUE(dream);
    EXPECT_EQ(dream->voting.style, VotingStyle::stars);
    EXPECT_EQ(dream->voting.max_stars, 5);

    const auto* delight = library.find("delight-thinking");
    ASSERT_TRUE(delight);
    EXPECT_EQ(board_ids(*delight), (std::vector<std::string>{"wonen", "bezoeken", "leren", "werken"}));
    EXPECT_EQ(delight->voting.style, VotingStyle::dots);

    const auto* lab = library.find("toekomstlab");
    ASSERT_TRUE(lab);
    EXPECT_EQ(board_ids(*lab), (std::vector<std::string>{"idee", "impact", "doelgroep", "eerste-stap", "trekker"}));

    EXPECT_EQ(library.find("missie-visie-waarden")->boards.size(), 4u);
    EXPECT_EQ(library.find("swot-plus")->boards.size(), 5u);
    EXPECT_EQ(library.find("maatschappelijke-waarde-canvas")->boards.size(), 10u);

    // Only the boards a method names can be scored: a dream session scores its ideas,
    // a stakeholder map its links.
    EXPECT_EQ(dream->voting.boards, (std::vector<std::string>{"ideeen"}));
    EXPECT_TRUE(dream->voting.scores("ideeen"));
    EXPECT_FALSE(dream->voting.scores("stad-2030"));
    EXPECT_FALSE(dream->voting.scores("waarden"));
    EXPECT_EQ(library.find("speelveld")->voting.boards, (std::vector<std::string>{"regie", "verbinden"}));
    for (const auto& method : library.templates())
        if (method.voting.style != VotingStyle::none)
            EXPECT_FALSE(method.voting.boards.empty()) << method.id << " should name the boards it scores";

    const auto* focus = library.find("focusgroep");
    ASSERT_TRUE(focus);
    EXPECT_EQ(focus->voting.style, VotingStyle::none);
    EXPECT_GE(focus->author_groups.size(), 6u) << "quotes are kept with the group that said them";

    const auto* map = library.find("speelveld");
    ASSERT_TRUE(map);
    for (const char* id : {"politiek", "administratie", "burgers", "ondernemers", "verenigingen", "experten",
                           "partners", "regie", "verbinden"})
        EXPECT_TRUE(map->board(id)) << id;

    const auto* kiosk = library.find("kinderkiosk");
    ASSERT_TRUE(kiosk);
    EXPECT_EQ(kiosk->capture_kinds,
              (std::vector<CaptureKind>{CaptureKind::drawing, CaptureKind::text, CaptureKind::photo}));
    EXPECT_EQ(kiosk->voting.style, VotingStyle::none);
    ASSERT_TRUE(kiosk->field("voornaam") && kiosk->field("klas") && kiosk->field("school"));
    EXPECT_FALSE(kiosk->field("voornaam")->required);
    EXPECT_TRUE(kiosk->field("klas")->required);
    EXPECT_TRUE(kiosk->field("school")->required);
    ASSERT_TRUE(kiosk->consent);
    EXPECT_EQ(kiosk->consent->by, ConsentGiver::teacher);
    EXPECT_FALSE(dream->consent);
    EXPECT_TRUE(dream->fields.empty());
}

// --- Broken templates, as a facilitator might leave them ------------------------------

// A small good template; the line numbers in the tests below refer to it.
const std::vector<std::string> trial = {
    "id: proef",                                                        // 1
    "name: {nl: Proef, fr: Essai, en: Trial}",                          // 2
    "description: {nl: Een proef., fr: Un essai., en: A trial.}",       // 3
    "captures: [text]",                                                 // 4
    "voting:",                                                          // 5
    "  style: dots",                                                    // 6
    "  dots: 3",                                                        // 7
    "round_minutes: 10",                                                // 8
    "boards:",                                                          // 9
    "  - id: eerste",                                                   // 10
    "    title: {nl: Eerste, fr: Premier, en: First}",                  // 11
    "    prompt: {nl: \"Wat eerst?\", fr: \"Quoi d’abord ?\", en: \"What first?\"}",  // 12
};

// The trial template with line `line` (1-based) replaced, or lines added at the end.
std::string trial_with(std::size_t line = 0, const std::string& replacement = "",
                       const std::vector<std::string>& added = {}) {
    std::string text;
    for (std::size_t i = 0; i < trial.size(); ++i) text += (i + 1 == line ? replacement : trial[i]) + "\n";
    for (const auto& more : added) text += more + "\n";
    return text;
}

// A folder with two shipped templates and the given file next to them.
class BrokenTemplate : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* name : {"droomsessie.yaml", "kinderkiosk.yaml"})
            std::filesystem::copy_file(assets_folder() / "templates" / name, folder / name);
    }

    // Loads the folder with file = text in it and returns the one problem reported.
    std::string problem_with(const std::string& file, const std::string& text) {
        write(folder / file, text);
        const auto library = TemplateLibrary::load(folder.path());
        EXPECT_EQ(library.problems().size(), 1u) << all(library.problems());
        EXPECT_TRUE(library.find("droomsessie")) << "the good templates still load";
        EXPECT_TRUE(library.find("kinderkiosk")) << "the good templates still load";
        EXPECT_FALSE(library.find("proef")) << "the broken template is left out";
        return library.problems().empty() ? "" : library.problems().front();
    }

    TemporaryFolder folder;
};

TEST_F(BrokenTemplate, TheTrialTemplateItselfIsFine) {
    write(folder / "proef.yaml", trial_with());
    const auto library = TemplateLibrary::load(folder.path());
    EXPECT_TRUE(library.problems().empty()) << all(library.problems());
    ASSERT_TRUE(library.find("proef"));
    EXPECT_EQ(library.find("proef")->board("eerste")->prompt.in(Language::fr), "Quoi d’abord ?");
    EXPECT_EQ(library.templates().size(), 3u);
}

TEST_F(BrokenTemplate, UnknownFieldNamesFileFieldAndLine) {
    const auto problem = problem_with("proef.yaml", trial_with(8, "round_minuten: 10"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 8:")) << problem;
    EXPECT_TRUE(contains(problem, "unknown field \u201cround_minuten\u201d")) << problem;
    EXPECT_TRUE(contains(problem, "round_minutes")) << "the known fields are listed: " << problem;
}

TEST_F(BrokenTemplate, UnknownFieldInABoard) {
    const auto problem = problem_with("proef.yaml", trial_with(0, "", {"    vraag: {nl: \"Wat?\", fr: \"Quoi ?\", en: \"What?\"}"}));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 13:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cvraag\u201d")) << problem;
}

TEST_F(BrokenTemplate, MissingFrenchNamesFileFieldLineAndLanguage) {
    const auto problem = problem_with("proef.yaml", trial_with(12, "    prompt: {nl: \"Wat eerst?\", en: \"What first?\"}"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 12:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cprompt\u201d")) << problem;
    EXPECT_TRUE(contains(problem, "French")) << problem;
}

TEST_F(BrokenTemplate, EmptyFrenchOnItsOwnLine) {
    const auto problem = problem_with("proef.yaml", trial_with(2, "name:\n  nl: Proef\n  fr: \"\"\n  en: Trial"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 4:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cname\u201d has no French")) << problem;
}

TEST_F(BrokenTemplate, InvalidYamlNamesFileAndLine) {
    // The parser notices the missing "}" where the next line starts.
    const auto problem = problem_with("proef.yaml", trial_with(11, "    title: {nl: Eerste, fr: Premier, en: First"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 12:")) << problem;
    EXPECT_TRUE(contains(problem, "not valid YAML: a \u201c{\u201d is not closed")) << problem;
}

TEST_F(BrokenTemplate, InvalidYamlIndentation) {
    const auto problem = problem_with("proef.yaml", trial_with(7, "    dots: 3"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 7:")) << problem;
    EXPECT_TRUE(contains(problem, "check the indentation")) << problem;
}

TEST_F(BrokenTemplate, QuestionMarkInBracesNeedsQuotes) {
    const auto problem = problem_with("proef.yaml", trial_with(12, "    prompt: {nl: Wat eerst?, fr: Quoi d’abord ?, en: What first?}"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 12:")) << problem;
    EXPECT_TRUE(contains(problem, "double quotes")) << problem;
}

TEST_F(BrokenTemplate, WrongTypeNamesTheFieldAndWhatWasWritten) {
    const auto problem = problem_with("proef.yaml", trial_with(8, "round_minutes: soon"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 8:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cround_minutes\u201d should be a whole number")) << problem;
    EXPECT_TRUE(contains(problem, "\u201csoon\u201d")) << problem;
}

TEST_F(BrokenTemplate, DuplicateBoardId) {
    const auto problem = problem_with(
        "proef.yaml", trial_with(0, "", {"  - id: eerste", "    title: {nl: Nog eens, fr: Encore, en: Again}",
                                         "    prompt: {nl: \"Wat nog?\", fr: \"Quoi encore ?\", en: \"What else?\"}"}));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 13:")) << problem;
    EXPECT_TRUE(contains(problem, "two boards have the id \u201ceerste\u201d")) << problem;
}

TEST_F(BrokenTemplate, DuplicateTemplateIdAcrossFiles) {
    write(folder / "a-proef.yaml", trial_with());
    write(folder / "b-kopie.yaml", trial_with(2, "name: {nl: Kopie, fr: Copie, en: Copy}"));
    const auto library = TemplateLibrary::load(folder.path());
    ASSERT_EQ(library.problems().size(), 1u) << all(library.problems());
    const auto& problem = library.problems().front();
    EXPECT_TRUE(contains(problem, "b-kopie.yaml, line 1:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cproef\u201d is already used by a-proef.yaml")) << problem;
    ASSERT_TRUE(library.find("proef"));
    EXPECT_EQ(library.find("proef")->name.in(Language::nl), "Proef") << "the first file keeps the id";
    EXPECT_TRUE(library.find("droomsessie") && library.find("kinderkiosk"));
}

TEST_F(BrokenTemplate, FieldGivenTwice) {
    const auto problem = problem_with("proef.yaml", trial_with(8, "round_minutes: 10\nround_minutes: 20"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 9:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cround_minutes\u201d in \u201ctemplate\u201d is given twice")) << problem;
}

TEST_F(BrokenTemplate, CountOfAnotherVotingStyle) {
    const auto problem = problem_with("proef.yaml", trial_with(7, "  max_stars: 5"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 7:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cmax_stars\u201d only goes with \u201cstyle: stars\u201d")) << problem;
}

TEST_F(BrokenTemplate, UnknownCaptureKindAndVotingStyle) {
    auto problem = problem_with("proef.yaml", trial_with(4, "captures: [text, video]"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 4:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cvideo\u201d is not a kind of capture")) << problem;
    problem = problem_with("proef.yaml", trial_with(6, "  style: sterren"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 6:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201csterren\u201d is not a voting style")) << problem;
}

TEST_F(BrokenTemplate, VotingOnBoardsTheTemplateDoesNotHave) {
    auto problem = problem_with("proef.yaml", trial_with(7, "  dots: 3\n  boards: [eerste, tweede]"));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 8:")) << problem;
    EXPECT_TRUE(contains(problem, "voting names the board \u201ctweede\u201d, which is not one of the boards")) << problem;
    std::string unscored = trial_with(6, "  style: none");
    unscored.replace(unscored.find("  dots: 3"), 9, "  boards: [eerste]");
    problem = problem_with("proef.yaml", unscored);
    EXPECT_TRUE(contains(problem, "\u201cboards\u201d only goes with")) << problem;
}

TEST(MethodTemplate, VotingWithoutBoardsScoresEveryBoard) {
    const std::string text = trial_with();
    TemporaryFolder folder;
    write(folder / "proef.yaml", text);
    const auto library = TemplateLibrary::load(folder.path());
    ASSERT_TRUE(library.find("proef")) << all(library.problems());
    EXPECT_TRUE(library.find("proef")->voting.scores("eerste"));
    EXPECT_TRUE(library.find("proef")->voting.scores("wat-dan-ook"));
}

TEST_F(BrokenTemplate, MissingBoards) {
    std::string text = trial_with();
    text = text.substr(0, text.find("boards:"));
    const auto problem = problem_with("proef.yaml", text);
    EXPECT_TRUE(contains(problem, "proef.yaml, line 1:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201cboards\u201d is missing")) << problem;
}

TEST_F(BrokenTemplate, FieldsAndConsent) {
    auto problem = problem_with("proef.yaml", trial_with(0, "", {"fields:", "  - id: klas",
                                                                 "    label: {nl: Klas, fr: Classe, en: Class}",
                                                                 "    required: misschien"}));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 16:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201crequired\u201d should be yes or no")) << problem;

    problem = problem_with("proef.yaml", trial_with(0, "", {"fields:", "  - id: klas",
                                                            "    label: {nl: Klas, en: Class}"}));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 15:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201clabel\u201d has no French")) << problem;

    problem = problem_with("proef.yaml", trial_with(0, "", {"consent:", "  by: ouder",
                                                            "  text: {nl: Ja, fr: Oui, en: Yes}"}));
    EXPECT_TRUE(contains(problem, "proef.yaml, line 14:")) << problem;
    EXPECT_TRUE(contains(problem, "\u201couder\u201d cannot give consent")) << problem;
}

TEST_F(BrokenTemplate, FieldsAndConsentThatAreRight) {
    write(folder / "proef.yaml",
          trial_with(0, "", {"fields:", "  - id: klas", "    label: {nl: Klas, fr: Classe, en: Class}", "    required: yes",
                             "consent:", "  by: participant", "  text: {nl: Dat mag, fr: C’est permis, en: That is fine}"}));
    const auto library = TemplateLibrary::load(folder.path());
    EXPECT_TRUE(library.problems().empty()) << all(library.problems());
    const auto* method = library.find("proef");
    ASSERT_TRUE(method);
    ASSERT_TRUE(method->field("klas"));
    EXPECT_TRUE(method->field("klas")->required);
    EXPECT_FALSE(method->field("klas")->hint);
    ASSERT_TRUE(method->consent);
    EXPECT_EQ(method->consent->by, ConsentGiver::participant);
}

TEST_F(BrokenTemplate, FileThatIsNotATemplateAtAll) {
    const auto problem = problem_with("notities.yaml", "- boodschappen\n- melk\n");
    EXPECT_TRUE(contains(problem, "notities.yaml")) << problem;
}

TEST(TemplateLibrary, EmptyFolderIsAProblemNotACrash) {
    TemporaryFolder folder;
    const auto library = TemplateLibrary::load(folder.path());
    EXPECT_TRUE(library.templates().empty());
    ASSERT_EQ(library.problems().size(), 1u);
    EXPECT_TRUE(contains(library.problems().front(), "no method templates")) << library.problems().front();
}

TEST(TemplateLibrary, ReadThrowsAnAssetError) {
    TemporaryFolder folder;
    write(folder / "proef.yaml", trial_with(8, "round_minutes: soon"));
    EXPECT_THROW(TemplateLibrary::read(folder / "proef.yaml"), AssetError);
}

}  // namespace
}  // namespace oogst

namespace oogst {
namespace {

std::string shipped_yaml(const std::string& id) {
    std::ifstream in(assets_folder() / "templates" / (id + ".yaml"), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(JoinFileTemplates, FillInWhatTheAssetsLackAndNeverReplaceThem) {
    testing::TemporaryFolder folder;
    std::ofstream(folder / "droomsessie.yaml") << shipped_yaml("droomsessie");
    auto library = TemplateLibrary::load(folder.path());
    ASSERT_EQ(library.find("focusgroep"), nullptr);
    library.add_missing({{"focusgroep", shipped_yaml("focusgroep")},
                         {"droomsessie", "id: droomsessie\nthis: is not read"},
                         {"speelveld", "id: [broken"},
                         {"swot-plus", shipped_yaml("focusgroep")}});
    ASSERT_NE(library.find("focusgroep"), nullptr);
    EXPECT_EQ(library.find("focusgroep")->boards.size(),
              TemplateLibrary::read(assets_folder() / "templates" / "focusgroep.yaml").boards.size());
    EXPECT_EQ(library.find("droomsessie")->source, folder / "droomsessie.yaml") << "the device's own file wins";
    EXPECT_EQ(library.find("speelveld"), nullptr);
    EXPECT_EQ(library.find("swot-plus"), nullptr) << "a template under another id is refused";
    ASSERT_EQ(library.problems().size(), 2u);
    EXPECT_NE(library.problems()[0].find("speelveld.yaml (from the workshop's join file)"), std::string::npos)
        << library.problems()[0];
}

}  // namespace
}  // namespace oogst
