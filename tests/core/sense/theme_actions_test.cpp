// Themes (the workshop's keys) on a real store: created, described, filed, merged,
// split, deleted, rejected and kept apart, each undone; two facilitator laptops' filings
// folded in any order give one state.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "core/assets/assets.hpp"
#include "core/assets/translations.hpp"
#include "core/errors.hpp"
#include "core/model/canonical_json.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

using Ids = std::vector<std::string>;

class ThemeActionsTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(SessionSet{"s", "droomsessie", "Tafel 1", "", "", 0, 6});
        for (const char* id : {"c1", "c2", "c3", "c4"}) {
            CaptureAdded note;
            note.id = id;
            note.session_id = "s";
            note.text = std::string("idee ") + id;
            note.board = "ideeen";
            store.record(note);
        }
    }

    Ids filed_under(const std::string& theme) const { return theme_filing(store.state()).captures(theme); }
    Ids listed() const {
        Ids names;
        for (const ThemeRecord* theme : store.state().themes()) names.push_back(theme->details.value().name);
        return names;
    }

    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    UndoHistory history;
    ThemeActions actions{store, history};
};

TEST_F(ThemeActionsTest, ACreatedThemeHoldsWhatWasFiledAndUndoTakesItAway) {
    const std::string ademen = actions.create({"Ademen", "rust", "groen", "parken", "#2f6b3f"}, {"c1", "c2"});
    EXPECT_EQ(listed(), Ids{"Ademen"});
    EXPECT_EQ(filed_under(ademen), (Ids{"c1", "c2"}));
    EXPECT_EQ(store.state().theme(ademen)->details.value().colour, "#2f6b3f");
    history.undo(store);
    EXPECT_TRUE(listed().empty());
    EXPECT_FALSE(theme_filing(store.state()).filed("c1"));
}

TEST_F(ThemeActionsTest, FilingMovesACardAndUndoPutsItBack) {
    const std::string ademen = actions.create({"Ademen"}, {"c1"});
    const std::string bewegen = actions.create({"Bewegen"});
    actions.file(bewegen, {"c1", "c2"});
    EXPECT_EQ(filed_under(bewegen), (Ids{"c1", "c2"}));
    EXPECT_TRUE(filed_under(ademen).empty());
    EXPECT_EQ(history.last().what, "undo.filed");
    history.undo(store);
    EXPECT_EQ(filed_under(ademen), Ids{"c1"});
    EXPECT_TRUE(filed_under(bewegen).empty());
    EXPECT_FALSE(theme_filing(store.state()).filed("c2"));
}

TEST_F(ThemeActionsTest, UnfilingTakesCardsOutOfOneKeyAndItsMergedOnes) {
    const std::string ademen = actions.create({"Ademen"}, {"c1", "c2"});
    const std::string groen = actions.create({"Groen"}, {"c3"});
    actions.merge(ademen, groen);
    actions.unfile(ademen, {"c1", "c3"});
    EXPECT_EQ(filed_under(ademen), Ids{"c2"});
    history.undo(store);
    EXPECT_EQ(filed_under(ademen), (Ids{"c1", "c2", "c3"}));
}

TEST_F(ThemeActionsTest, FilingWhatIsAlreadyThereRecordsNothing) {
    const std::string ademen = actions.create({"Ademen"}, {"c1"});
    const auto before = store.operation_count();
    actions.file(ademen, {"c1"});
    EXPECT_EQ(store.operation_count(), before);
    EXPECT_EQ(history.size(), 1u);
}

TEST_F(ThemeActionsTest, AMergedThemeLeavesTheListAndItsCardsCountUnderTheOther) {
    const std::string ademen = actions.create({"Ademen"}, {"c1"});
    const std::string groen = actions.create({"Groen"}, {"c2", "c3"});
    actions.merge(ademen, groen);
    EXPECT_EQ(listed(), Ids{"Ademen"});
    EXPECT_EQ(filed_under(ademen), (Ids{"c1", "c2", "c3"}));
    // Filing into the merged theme files into the one it went into.
    actions.file(groen, {"c4"});
    EXPECT_EQ(filed_under(ademen), (Ids{"c1", "c2", "c3", "c4"}));
    history.undo(store);
    history.undo(store);
    EXPECT_EQ(listed(), (Ids{"Ademen", "Groen"}));
    EXPECT_EQ(filed_under(groen), (Ids{"c2", "c3"}));
    EXPECT_THROW(actions.merge(ademen, ademen), ThemeError);
}

TEST_F(ThemeActionsTest, ASplitTakesTheSelectionIntoANewTheme) {
    const std::string ontmoeten = actions.create({"Ontmoeten"}, {"c1", "c2", "c3"});
    const std::string spelen = actions.split_off({"c2", "c3"}, {"Spelen"});
    EXPECT_EQ(filed_under(ontmoeten), Ids{"c1"});
    EXPECT_EQ(filed_under(spelen), (Ids{"c2", "c3"}));
    EXPECT_EQ(history.last().what, "undo.key_split");
    history.undo(store);
    EXPECT_EQ(filed_under(ontmoeten), (Ids{"c1", "c2", "c3"}));
    EXPECT_EQ(listed(), Ids{"Ontmoeten"});
}

TEST_F(ThemeActionsTest, ADeletedThemeComesBackWithItsCards) {
    const std::string ademen = actions.create({"Ademen"}, {"c1", "c2"});
    actions.remove(ademen);
    EXPECT_TRUE(listed().empty());
    EXPECT_FALSE(theme_filing(store.state()).filed("c1"));
    EXPECT_THROW(actions.file(ademen, {"c3"}), ThemeError);
    history.undo(store);
    EXPECT_EQ(filed_under(ademen), (Ids{"c1", "c2"}));
}

TEST_F(ThemeActionsTest, DescribingKeepsTheIdAndUndoGivesTheOldWords) {
    const std::string ademen = actions.create({"Ademen", "rust"});
    actions.describe(ademen, {"Ademen", "rust en ruimte", "groen", "een park in elke wijk", "#c0562b"});
    EXPECT_EQ(store.state().theme(ademen)->details.value().future_images, "een park in elke wijk");
    history.undo(store);
    EXPECT_EQ(store.state().theme(ademen)->details.value().needs, "rust");
    EXPECT_THROW(actions.describe(ademen, {"  "}), ThemeError);
    EXPECT_THROW(actions.create({"Bewegen", "", "", "", "groen"}), ThemeError);
}

TEST_F(ThemeActionsTest, ARejectedSuggestionIsRememberedUntilUndone) {
    const std::string ademen = actions.create({"Ademen"});
    actions.reject(ademen, {"c1"});
    EXPECT_TRUE(store.state().theme(ademen)->rejects("c1"));
    history.undo(store);
    EXPECT_FALSE(store.state().theme(ademen)->rejects("c1"));
}

TEST_F(ThemeActionsTest, ACardKeptApartFromItsPileComesBackOnUndo) {
    actions.keep_apart({"c1", "c2"}, true);
    EXPECT_TRUE(store.state().capture("c1")->kept_apart.value());
    history.undo(store);
    EXPECT_FALSE(store.state().capture("c2")->kept_apart.value());
}

TEST_F(ThemeActionsTest, EveryUndoStepHasItsWordsInEveryLanguage) {
    const std::string ademen = actions.create({"Ademen"});
    const std::string groen = actions.create({"Groen"}, {"c1"});
    actions.describe(ademen, {"Ademen", "rust"});
    actions.file(ademen, {"c2"});
    actions.unfile(ademen, {"c2"});
    actions.split_off({"c1"}, {"Bomen"});
    actions.merge(ademen, groen);
    actions.reject(ademen, {"c3"});
    actions.keep_apart({"c3"}, true);
    actions.keep_apart({"c3"}, false);
    actions.remove(ademen);
    const Translations words = Translations::load(assets_folder() / "i18n");
    for (; !history.empty(); history.undo(store)) {
        EXPECT_TRUE(words.has(history.last().what)) << history.last().what;
        for (Language language : all_languages) EXPECT_NE(words.text(language, history.last().what), "");
    }
    EXPECT_TRUE(listed().empty());
}

// Two facilitators file on their own laptops at once, then exchange their work: in any
// order the two folds are one state, and a card filed differently on each shows under
// both keys until someone files it again.
TEST_F(ThemeActionsTest, TwoLaptopsFilingsFoldToOneStateInAnyOrder) {
    const std::string ademen = actions.create({"Ademen"}, {"c1"});
    // This laptop goes on filing and merging.
    const std::string bewegen = actions.create({"Bewegen"}, {"c2"});
    actions.file(ademen, {"c3"});
    actions.merge(ademen, bewegen);
    // Meanwhile a second laptop (a store and device of its own) makes a key, files c3
    // under it and refuses a suggestion for Ademen.
    TemporaryFolder second_folder;
    Store second = Store::open_or_create(second_folder.path());
    UndoHistory second_history;
    ThemeActions second_actions{second, second_history};
    const std::string ontmoeten = second_actions.create({"Ontmoeten"});
    second.record(ThemeMembershipSet{ontmoeten, "c3", true});
    second.record(ThemeSuggestionRejected{ademen, "c4", true});

    std::vector<Operation> all = store.operations();
    for (const Operation& op : second.operations()) all.push_back(op);
    WorkshopState forward;
    for (const Operation& op : all) forward.apply(op);
    const std::string expected = canonical_json(forward);
    std::mt19937 random(7);
    for (int order = 0; order < 20; ++order) {
        std::shuffle(all.begin(), all.end(), random);
        WorkshopState shuffled;
        for (const Operation& op : all) shuffled.apply(op);
        ASSERT_EQ(canonical_json(shuffled), expected) << "order " << order;
    }
    const ThemeFiling filing = theme_filing(forward);
    EXPECT_EQ(filing.themes("c3").size(), 2u);  // Ademen here, Ontmoeten there
    EXPECT_EQ(filing.captures(ademen), (Ids{"c1", "c2", "c3"}));
    EXPECT_TRUE(forward.theme(ademen)->rejects("c4"));
}

}  // namespace
}  // namespace oogst::testing
