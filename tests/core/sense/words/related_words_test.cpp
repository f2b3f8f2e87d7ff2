// Words related in meaning from FreeDict's dictionaries (core/sense/words/related_words.hpp):
// read from dictd files this test writes, and from Debian's own (tools/setup installs them).
#include <gtest/gtest.h>

#include <zlib.h>

#include <algorithm>

#include "core/sense/words/compound_words.hpp"
#include "core/sense/words/related_words.hpp"
#include "core/sense/words/stemmer.hpp"
#include "core/sense/words/text_features.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using Words = std::vector<std::string>;

// A .dict.dz as dictd keeps it: gzip of the entries' text.
void write_dict(const std::filesystem::path& path, const std::string& text) {
    gzFile file = gzopen(path.c_str(), "wb");
    ASSERT_NE(file, nullptr);
    ASSERT_EQ(gzwrite(file, text.data(), static_cast<unsigned>(text.size())), static_cast<int>(text.size()));
    gzclose(file);
}

// In FreeDict's layout: a header entry, then "word /pronunciation/" and its translations,
// numbered when there are several senses.
const char* const dutch_english =
    "00-database-info\nThis is a test dictionary.\n"
    "bioscoop /bijɔskop/\ncinema, movietheatre\n"
    "cinema /sinema/\ncinema\n"
    "fier /fir/\nproud\n"
    "trots /trɔts/\n1. proud\n2. pride\n"
    "bewaren voor /bəwarənvor/\nguard, proud\n"  // two words: not a headword of a note
    "maken /makən/\nmake\n"
    "doen /dun/\nmake, do\n"
    "bouwen /bɑuwən/\nmake\n"
    "scheppen /sxɛpən/\nmake\n"
    "vormen /vɔrmən/\nmake\n"
    "fiets /fits/\n1. bike, bicycle\n"
    "rĳwiel /rɛiwil/\nbicycle\n";
const char* const french_dutch = "vélo /velo/\n1. fiets, rĳwiel, tweewieler\narbre /arbr/\nboom\n";

TEST(RelatedWords, DutchWordsThatShareANarrowTranslationAreRelated) {
    testing::TemporaryFolder folder;
    write_dict(folder / "freedict-nld-eng.dict.dz", dutch_english);
    write_dict(folder / "freedict-fra-nld.dict.dz", french_dutch);
    const RelatedWords words(folder.path());
    EXPECT_EQ(words.related("nl", "bioscoop", "bioscop"), (Words{"cinema"}));
    EXPECT_EQ(words.related("nl", "cinema", "cinema"), (Words{"bioscoop"}));
    EXPECT_EQ(words.related("nl", "fier", "fier"), (Words{"trots"}));
    // "ĳ" folded to "ij", as in the notes.
    EXPECT_EQ(words.related("nl", "fiets", "fiet"), (Words{"rijwiel"}));
    // "make" translates five Dutch words: too broad to relate any of them.
    EXPECT_TRUE(words.related("nl", "maken", "mak").empty());
    // A form the dictionary does not list is found by its stem.
    Stemmers stemmers;
    EXPECT_EQ(words.related("nl", "fietsen", stemmers.stem("nl", "fietsen")), (Words{"rijwiel"}));
    // French: a word's Dutch translations, by the word or its stem.
    EXPECT_EQ(words.related("fr", "velo", stemmers.stem("fr", "velo")), (Words{"fiets", "rijwiel", "tweewieler"}));
    EXPECT_EQ(words.related("fr", "arbres", stemmers.stem("fr", "arbres")), (Words{"boom"}));
    // Snowball keeps the s of "velos": the plural is looked up as its singular.
    EXPECT_EQ(words.related("fr", "velos", stemmers.stem("fr", "velos")), (Words{"fiets", "rijwiel", "tweewieler"}));
    // Other languages, and words no entry knows, have none.
    EXPECT_TRUE(words.related("en", "cinema", "cinema").empty());
    EXPECT_TRUE(words.related("nl", "zwerfvuil", "zwerfvuil").empty());
}

TEST(RelatedWords, WithoutTheDictionariesNoWordIsRelated) {
    testing::TemporaryFolder folder;
    const RelatedWords words(folder.path());
    EXPECT_TRUE(words.empty());
    EXPECT_TRUE(words.related("nl", "bioscoop", "bioscop").empty());
    // A file that holds no dictionary's entries (zlib reads a file that is not gzip as it is).
    write_dict(folder / "freedict-nld-eng.dict.dz", "not a dictionary at all");
    EXPECT_TRUE(RelatedWords(folder.path()).related("nl", "bioscoop", "bioscop").empty());
}

TEST(RelatedWords, ANoteCarriesTheStemsOfItsWordsRelatedWords) {
    testing::TemporaryFolder folder;
    write_dict(folder / "freedict-nld-eng.dict.dz", dutch_english);
    write_dict(folder / "freedict-fra-nld.dict.dz", french_dutch);
    const RelatedWords words(folder.path());
    const CompoundWords compounds({}, nullptr);
    TextPreparation preparation(Stopwords::standard(), compounds, &words);
    const PreparedText dutch = preparation.prepare("Een bioscoop", "nl");
    ASSERT_EQ(dutch.words.size(), 1u);
    EXPECT_EQ(dutch.words[0].related_stems, (Words{"cinema"}));
    const PreparedText french = preparation.prepare("Un vélo", "fr");
    ASSERT_EQ(french.words.size(), 1u);
    EXPECT_EQ(french.words[0].related_stems, (Words{"fiet", "rijwiel", "tweewieler"}));  // stemmed as Dutch
}

// tools/setup installs dict-freedict-nld-eng and dict-freedict-fra-nld.
TEST(RelatedWords, DebiansDictionariesRelateWhatANoteMeans) {
    const RelatedWords& words = RelatedWords::debian();
    ASSERT_FALSE(words.empty()) << "run tools/setup: Debian's FreeDict dictionaries are missing";
    const auto has = [](const Words& list, const std::string& word) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    EXPECT_TRUE(has(words.related("nl", "bioscoop", "bioscop"), "cinema"));
    EXPECT_TRUE(has(words.related("nl", "fier", "fier"), "trots"));
    EXPECT_TRUE(has(words.related("nl", "buurt", "buurt"), "wijk"));
    EXPECT_TRUE(has(words.related("fr", "velo", "velo"), "fiets"));
}

}  // namespace
}  // namespace oogst
