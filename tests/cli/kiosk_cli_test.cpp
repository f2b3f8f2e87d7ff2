// oogst-cli kiosk set|pin|show with the real binary on a real store: a kiosk set up from
// the command line, the PIN read from standard input, and bad input refused with one
// line and exit code 2, the settings left as they were.
#include <gtest/gtest.h>

#include <algorithm>
#include "tests/cli/cli_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST(KioskCli, SetsUpAKioskAndItsPinAndShowsIt) {
    TemporaryFolder folder;
    const auto store = folder / "kiosk";
    auto set = cli({"kiosk", "set", "--title", "Mijn droomstad", "--school", "De Regenboog: 5A, 5B", "--school",
                    "Sint-Jozef: 6", "--idle", "60", "--camera", "/media/camera"},
                   store);
    ASSERT_EQ(set.exit_code, 0) << set.err;
    EXPECT_NE(set.out.find("2 schools"), std::string::npos) << set.out;
    EXPECT_NE(set.out.find("no PIN yet"), std::string::npos) << set.out;

    auto pin = cli({"kiosk", "pin"}, store, "4821\n");
    ASSERT_EQ(pin.exit_code, 0) << pin.err;

    auto show = cli({"kiosk", "show"}, store);
    ASSERT_EQ(show.exit_code, 0) << show.err;
    EXPECT_NE(show.out.find("Kiosk \"Mijn droomstad\""), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("De Regenboog: 5A, 5B"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("after 60 s"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("/media/camera"), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("PIN: set"), std::string::npos) << show.out;
    EXPECT_EQ(show.out.find("4821"), std::string::npos) << "the PIN itself is never shown";

    // Only what is given changes.
    auto retitle = cli({"kiosk", "set", "--title", "Onze stad"}, store);
    ASSERT_EQ(retitle.exit_code, 0) << retitle.err;
    show = cli({"kiosk", "show"}, store);
    EXPECT_NE(show.out.find("Kiosk \"Onze stad\""), std::string::npos) << show.out;
    EXPECT_NE(show.out.find("Sint-Jozef: 6"), std::string::npos) << show.out;
}

TEST(KioskCli, BadInputIsOneLineAndChangesNothing) {
    TemporaryFolder folder;
    const auto store = folder / "kiosk";
    ASSERT_EQ(cli({"kiosk", "set", "--title", "Mijn droomstad", "--school", "De Regenboog: 5A"}, store).exit_code, 0);
    ASSERT_EQ(cli({"kiosk", "pin"}, store, "4821\n").exit_code, 0);
    const auto before = cli({"kiosk", "show"}, store).out;

    const std::pair<std::vector<std::string>, std::string> refused[] = {
        {{"kiosk", "set", "--school", "Sint-Jozef"}, "needs its classes"},
        {{"kiosk", "set", "--idle", "3"}, "between 15 and 3600"},
        {{"kiosk", "set", "--title", " "}, "needs a title"},
        {{"kiosk", "set", "--school", "A: 1", "--school", "A: 2"}, "listed twice"},
    };
    for (const auto& [arguments, words] : refused) {
        const auto result = cli(arguments, store);
        EXPECT_EQ(result.exit_code, 2) << words;
        EXPECT_EQ(lines(result.err), 1u) << result.err;
        EXPECT_NE(result.err.find(words), std::string::npos) << result.err;
    }
    for (const std::string pin : {"12\n", "12ab\n", "", "123456789\n", "1234\n", "0000\n"}) {
        const auto result = cli({"kiosk", "pin"}, store, pin);
        EXPECT_EQ(result.exit_code, 2) << pin;
        EXPECT_EQ(lines(result.err), 1u) << result.err;
    }
    EXPECT_EQ(cli({"kiosk", "show"}, store).out, before);

    const auto none = cli({"kiosk", "show"}, folder / "empty");
    EXPECT_EQ(none.exit_code, 2);
}

TEST(KioskCli, TheDemoKioskCountsItsWorks) {
    TemporaryFolder folder;
    const auto store = folder / "demo";
    auto demo = cli({"demo", "--tables", "1", "--captures", "3", "--kiosk", "12", "--seed", "2"}, store);
    ASSERT_EQ(demo.exit_code, 0) << demo.err;
    EXPECT_NE(demo.out.find("7 works shown, 3 waiting, 1 hidden, 1 draft"), std::string::npos) << demo.out;
    auto show = cli({"kiosk", "show"}, store);
    EXPECT_NE(show.out.find("works: 7 shown, 3 waiting, 1 hidden; 1 draft left unfinished"), std::string::npos)
        << show.out;
}

}  // namespace
}  // namespace oogst
