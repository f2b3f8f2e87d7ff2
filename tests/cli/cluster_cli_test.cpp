// oogst-cli cluster --suggest|--accept with the real binary on a real store. The keys
// are recorded in the store by the test itself until `oogst-cli key new` (the key
// work of issue 13) is merged; then this test can make them with the command line.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/store/store.hpp"
#include "tests/cli/cli_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

// The id "add" prints: "Note saved in "Tafel 1" (ID)".
std::string added(const std::filesystem::path& store, const std::string& text) {
    const auto result = cli({"add", "--text", text}, store);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto open = result.out.rfind('('), close = result.out.rfind(')');
    return result.out.substr(open + 1, close - open - 1);
}

struct Workshop {
    TemporaryFolder folder;
    std::filesystem::path store = folder / "desk";
    std::string trees, trees_again, cycling, pool;

    Workshop() {
        EXPECT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030", "--languages", "nl"}, store).exit_code, 0);
        trees = added(store, "Meer bomen in het park");
        trees_again = added(store, "meer boomen in het park!!");
        cycling = added(store, "Veilige fietspaden naar school");
        pool = added(store, "Een zwembad");
        auto desk = Store::open(store);
        desk.record(ThemeSet{"k-ademen", "Ademen", "groen, bomen, natuur, parken", "rust", ""});
        desk.record(ThemeSet{"k-bewegen", "Bewegen", "fietsen, verkeer, sport", "veiligheid", ""});
    }
};

TEST(ClusterCli, SuggestsAsJsonTheSameBytesEachTime) {
    Workshop workshop;
    const auto json = cli({"cluster", "--suggest", "--format", "json"}, workshop.store);
    ASSERT_EQ(json.exit_code, 0) << json.err;
    EXPECT_EQ(json.out.rfind(R"({"format":"oogst-suggestions-1","filing":[)", 0), 0u) << json.out;
    EXPECT_NE(json.out.find(R"({"capture":")" + workshop.trees + R"(","key":"k-ademen","confidence":)"),
              std::string::npos)
        << json.out;
    EXPECT_NE(json.out.find(R"("piles":[{"captures":[)"), std::string::npos) << json.out;
    EXPECT_EQ(json.out, cli({"cluster", "--suggest", "--format", "json"}, workshop.store).out);
}

TEST(ClusterCli, SuggestsAsTextOneLineEach) {
    Workshop workshop;
    const auto text = cli({"cluster", "--suggest"}, workshop.store);
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("file " + workshop.cycling + " under \"Bewegen\""), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("\"Veilige fietspaden naar school\""), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("pile of 2: "), std::string::npos) << text.out;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

std::string filed_line(std::size_t n) { return "Filed " + std::to_string(n) + (n == 1 ? " capture " : " captures "); }

TEST(ClusterCli, AcceptFilesWhatWasSuggestedAboveTheConfidence) {
    Workshop workshop;
    const auto before = cli({"cluster", "--suggest", "--format", "json"}, workshop.store).out;
    const auto sure = cli({"cluster", "--accept", "--min-confidence", "1"}, workshop.store);
    ASSERT_EQ(sure.exit_code, 0) << sure.err;
    EXPECT_NE(sure.out.find(filed_line(count(before, R"("confidence":1,)"))), std::string::npos) << sure.out << before;

    const auto left = cli({"cluster", "--suggest", "--format", "json"}, workshop.store).out;
    const auto rest = cli({"cluster", "--accept", "--min-confidence", "0"}, workshop.store);
    ASSERT_EQ(rest.exit_code, 0) << rest.err;
    EXPECT_NE(rest.out.find(filed_line(count(left, R"({"capture":)"))), std::string::npos) << rest.out << left;

    const auto state = Store::open(workshop.store);
    const auto ademen = state.state().theme_records().at("k-ademen").capture_ids();
    EXPECT_NE(std::find(ademen.begin(), ademen.end(), workshop.trees), ademen.end());
    const auto bewegen = state.state().theme_records().at("k-bewegen").capture_ids();
    EXPECT_NE(std::find(bewegen.begin(), bewegen.end(), workshop.cycling), bewegen.end());

    // Filed captures are not proposed again; the pool matched no word and waits.
    const auto after = cli({"cluster", "--suggest", "--format", "json"}, workshop.store).out;
    EXPECT_EQ(after.find(R"("capture":")" + workshop.trees), std::string::npos) << after;
    EXPECT_EQ(after.find(R"("capture":")" + workshop.pool), std::string::npos) << after;
}

TEST(ClusterCli, BadInputIsOneLine) {
    Workshop workshop;
    for (const std::vector<std::string>& words :
         {std::vector<std::string>{"cluster"}, {"cluster", "--suggest", "--accept"}, {"cluster", "--suggest", "--k", "0"},
          {"cluster", "--suggest", "--format", "xml"}, {"cluster", "--accept", "--min-confidence", "2"}}) {
        const auto result = cli(words, workshop.store);
        EXPECT_EQ(result.exit_code, 2) << words.back();
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    }
}

}  // namespace
}  // namespace oogst
