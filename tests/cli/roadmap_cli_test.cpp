// oogst-cli initiative|action|case|actor|link (issue 16) with the real binary on a real
// store: each `new` prints the new id as its only line, the lists and `dump` show what
// was made, and bad input (an action without an initiative, a link to an actor that
// does not exist, an empty title) is refused with a sentence and nothing stored.
#include <gtest/gtest.h>

#include <regex>

#include "tests/cli/cli_support.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

const std::regex an_id_alone("[0-9a-f]{32}\n");

struct PlanDesk {
    TemporaryFolder folder;
    std::filesystem::path store = folder / "desk";
    std::string key, note, drawing;

    PlanDesk() {
        EXPECT_EQ(cli({"workshop", "new", "--name", "Roeselare 2030", "--languages", "nl"}, store).exit_code, 0);
        note = added("Meer bomen in de straat");
        drawing = added("Een park met bankjes");
        key = made({"key", "new", "--name", "Ademen", "--describe", "groen bomen"});
    }

    // Runs a `new` and returns the id it printed, checking it printed nothing else.
    std::string made(const std::vector<std::string>& arguments) {
        const auto result = cli(arguments, store);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_TRUE(std::regex_match(result.out, an_id_alone)) << "'" << result.out << "'";
        return result.out.substr(0, result.out.size() - 1);
    }

    std::string added(const std::string& text) {
        const auto result = cli({"add", "--text", text}, store);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        const auto open = result.out.rfind('('), close = result.out.rfind(')');
        return result.out.substr(open + 1, close - open - 1);
    }

    std::string dump() { return cli({"dump", "--format", "json"}, store).out; }

    // The command fails with a sentence naming what is wrong, and the store is unchanged.
    void refused(const std::vector<std::string>& arguments, const std::string& said) {
        const std::string before = dump();
        const auto result = cli(arguments, store);
        EXPECT_NE(result.exit_code, 0);
        EXPECT_NE(result.err.find(said), std::string::npos) << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
        EXPECT_EQ(dump(), before);
    }
};

TEST(RoadmapCli, InitiativesAndActionsArePrintedAsIdsListedAndDumped) {
    PlanDesk desk;
    const std::string plan = desk.made({"initiative", "new", "--key", "Ademen", "--title", "Bomenplan", "--owner",
                                        "Dienst Groen", "--horizon", "2030"});
    const std::string step =
        desk.made({"action", "new", "--initiative", plan.substr(0, 8), "--what", "Straten kiezen", "--who",
                   "Dienst Mobiliteit", "--due", "2027-03-01"});
    const auto linked = cli({"initiative", "link", plan, desk.note, desk.drawing}, desk.store);
    ASSERT_EQ(linked.exit_code, 0) << linked.err;
    EXPECT_NE(linked.out.find("answers 2 dreams from 1 table"), std::string::npos) << linked.out;

    const auto json = cli({"initiative", "list", "--format", "json"}, desk.store);
    ASSERT_EQ(json.exit_code, 0) << json.err;
    EXPECT_EQ(json.out.rfind(R"({"format":"oogst-initiatives-1","initiatives":[{"id":")" + plan + R"(","key":")" +
                                 desk.key + R"(","key_name":"Ademen","title":"Bomenplan","owner":"Dienst Groen",)"
                                            R"("horizon":2030,"status":"proposed")",
                             0),
              0u)
        << json.out;
    EXPECT_NE(json.out.find(R"("evidence":{"dreams":2,"tables":1,"children_works":0)"), std::string::npos) << json.out;
    EXPECT_NE(json.out.find(R"({"id":")" + step + R"(","what":"Straten kiezen","who":"Dienst Mobiliteit",)"
                                                  R"("due":"2027-03-01","status":"open"})"),
              std::string::npos)
        << json.out;
    const auto text = cli({"initiative", "list"}, desk.store);
    EXPECT_NE(text.out.find("Ademen\n  " + plan.substr(0, 8) + "  Bomenplan · proposed · Dienst Groen · 2030"),
              std::string::npos)
        << text.out;

    const std::string dump = desk.dump();
    EXPECT_NE(dump.find(R"("initiatives":[{"id":")" + plan + R"(","key":")" + desk.key), std::string::npos) << dump;
    EXPECT_NE(dump.find(R"("actions":[{"id":")" + step + R"(","initiative":")" + plan), std::string::npos) << dump;
}

TEST(RoadmapCli, CasesActorsAndLinks) {
    PlanDesk desk;
    const std::string lab = desk.made({"case", "new", "--title", "Buurtbudget", "--impact", "Meer eigenaarschap",
                                       "--owner", "Dienst Participatie", "--capture", desk.note});
    desk.made({"case", "new", "--title", "Deelbib"});
    const auto shortlisted = cli({"case", "shortlist", lab}, desk.store);
    ASSERT_EQ(shortlisted.exit_code, 0) << shortlisted.err;
    const auto cases = cli({"case", "list"}, desk.store);
    EXPECT_NE(cases.out.find("2 cases, 1 on the shortlist"), std::string::npos) << cases.out;
    EXPECT_NE(cases.out.find("  * " + lab.substr(0, 8) + "  Buurtbudget"), std::string::npos) << cases.out;

    const std::string school = desk.made({"actor", "new", "--name", "Basisschool De Linde", "--category", "associations"});
    const std::string youth = desk.made({"actor", "new", "--name", "Dienst Jeugd", "--category", "administration"});
    const std::string bridge = desk.made({"link", "new", "--from", school, "--to", youth.substr(0, 8), "--kind",
                                          "verbinden", "--competence", "luisteren", "--competence", "bemiddelen"});
    const auto actors = cli({"actor", "list"}, desk.store);
    EXPECT_NE(actors.out.find("2 actors, 1 link"), std::string::npos) << actors.out;
    EXPECT_NE(actors.out.find("verbinden → Dienst Jeugd (luisteren, bemiddelen)"), std::string::npos) << actors.out;
    const std::string dump = desk.dump();
    EXPECT_NE(dump.find(R"({"id":")" + bridge + R"(","from":")" + school + R"(","to":")" + youth +
                        R"(","kind":"verbinden","competences":["luisteren","bemiddelen"]})"),
              std::string::npos)
        << dump;
}

TEST(RoadmapCli, BadInputIsRefusedWithASentenceAndNothingStored) {
    PlanDesk desk;
    const std::string school = desk.made({"actor", "new", "--name", "Basisschool De Linde", "--category", "associations"});
    desk.refused({"action", "new", "--initiative", "0123456789abcdef", "--what", "Iets doen"}, "there is no initiative");
    desk.refused({"initiative", "new", "--key", "Ademen", "--title", "  "}, "it needs a title");
    desk.refused({"initiative", "new", "--key", "Nergens", "--title", "Bomenplan"}, "there is no key");
    desk.refused({"initiative", "new", "--key", "Ademen", "--title", "Bomenplan", "--horizon", "30"}, "a year");
    desk.refused({"link", "new", "--from", school, "--to", "0123456789abcdef", "--kind", "regie"}, "there is no actor");
    desk.refused({"link", "new", "--from", school, "--to", school, "--kind", "regie"}, "two different actors");
    desk.refused({"actor", "new", "--name", "Raad", "--category", "royalty"}, "politics, administration");
    const std::string plan = desk.made({"initiative", "new", "--key", "Ademen", "--title", "Bomenplan"});
    desk.refused({"action", "new", "--initiative", plan, "--what", "Planten", "--due", "morgen"}, "year-month-day");
    desk.refused({"initiative", "link", plan, "0123456789abcdef"}, "there is no capture");
}

}  // namespace
}  // namespace oogst
