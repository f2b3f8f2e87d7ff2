// 'oogst-cli hub' as a facilitator runs it (a process, stopped with SIGTERM) and
// 'oogst-cli push' from a device store against it.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <thread>

#include "platform/net/hub_client.hpp"
#include "tests/platform/net/hub_fixture.hpp"
#include "tests/support/run_program.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;
using namespace std::chrono_literals;

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// The hub in its own process, its output in a file the test reads while it runs.
class HubProcess {
public:
    HubProcess(const std::filesystem::path& store, const std::filesystem::path& output) : output_(output) {
        pid_ = fork();
        if (pid_ == 0) {
            const int out = open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            dup2(out, STDOUT_FILENO);
            dup2(out, STDERR_FILENO);
            execl(OOGST_CLI, OOGST_CLI, "hub", "--port", "0", "--host", "127.0.0.1", "--store", store.c_str(),
                  static_cast<char*>(nullptr));
            _exit(127);
        }
    }
    ~HubProcess() {
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    // Waits for the line naming the address; empty when the hub never got there.
    std::string wait_for_url() {
        const std::regex listening(R"(listening on (http://127\.0\.0\.1:[0-9]+))");
        for (int i = 0; i < 200; ++i) {
            std::smatch match;
            const auto text = slurp(output_);
            if (std::regex_search(text, match, listening)) return match[1];
            std::this_thread::sleep_for(50ms);
        }
        return {};
    }
    std::string join_code() {
        std::smatch match;
        const auto text = slurp(output_);
        static const std::regex code(R"(Join code: ([0-9A-Z]{4}-[0-9A-Z]{4}))");
        return std::regex_search(text, match, code) ? std::string(match[1]) : std::string();
    }
    // SIGTERM, as a service manager or Ctrl+C would stop it; returns the exit code.
    int stop() {
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::string output() const { return slurp(output_); }

private:
    std::filesystem::path output_;
    pid_t pid_ = -1;
};

TEST(HubCli, ADevicePushesToTheHubProcessAndTheHubStopsCleanly) {
    TemporaryFolder folder;
    {
        auto facilitator = Store::open_or_create(folder / "facilitator");
        facilitator.record(WorkshopSet{new_id(), "Roeselare 2030", "droomsessie", "Roeselare"});
    }
    HubProcess hub(folder / "facilitator", folder / "hub.txt");
    const auto url = hub.wait_for_url();
    ASSERT_FALSE(url.empty()) << hub.output();
    const auto code = hub.join_code();
    ASSERT_FALSE(code.empty()) << hub.output();

    {
        auto device = Store::open_or_create(folder / "tablet");
        join_workshop(device, platform::fetch_join_file(url, code));
        testing::add_notes(device, testing::add_table(device, "Tafel 1: Beveren"), 12);
    }
    auto pushed = testing::run_program(OOGST_CLI, {"push", "--store", (folder / "tablet").string()});
    ASSERT_EQ(pushed.exit_code, 0) << pushed.err;
    EXPECT_NE(pushed.out.find("Sent to " + url + ": 13 operations, 3 photos or drawings"), std::string::npos)
        << pushed.out;
    EXPECT_NE(pushed.out.find("Receipt: the facilitator holds operations 1-13"), std::string::npos) << pushed.out;
    EXPECT_NE(pushed.out.find("Everything this device made is with the facilitator."), std::string::npos);

    pushed = testing::run_program(OOGST_CLI, {"push", "--hub", url, "--store", (folder / "tablet").string()});
    ASSERT_EQ(pushed.exit_code, 0) << pushed.err;
    EXPECT_NE(pushed.out.find("Nothing new"), std::string::npos) << pushed.out;

    EXPECT_EQ(hub.stop(), 0) << hub.output();
    const auto output = hub.output();
    EXPECT_NE(output.find("13 new operations"), std::string::npos) << output;
    EXPECT_NE(output.find("Hub stopped; pushes answered: 1"), std::string::npos) << output;

    auto facilitator = Store::open(folder / "facilitator");
    auto device = Store::open(folder / "tablet");
    EXPECT_EQ(facilitator.held_through(device.device().id), 13u);
}

TEST(HubCli, PushExitsTwoWithOneLineWhenTheHubIsAwayOrRefuses) {
    TemporaryFolder folder;
    {
        auto stranger = Store::open_or_create(folder / "stranger");
        testing::add_notes(stranger, testing::add_table(stranger, "Tafel 9"), 2);
    }
    auto result = testing::run_program(OOGST_CLI, {"push", "--hub", "http://127.0.0.1:9", "--store",
                                                   (folder / "stranger").string()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("has not joined a workshop"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;

    testing::Facilitator facilitator;
    {
        auto device = testing::joined_device(folder / "tablet", facilitator.join_file());
        testing::add_notes(device, testing::add_table(device, "Tafel 1"), 2);
    }
    const auto port = facilitator.hub().port();
    facilitator.hub().stop();
    result = testing::run_program(OOGST_CLI, {"push", "--hub", "http://127.0.0.1:" + std::to_string(port),
                                              "--store", (folder / "tablet").string()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("cannot be reached"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;

    result = testing::run_program(OOGST_CLI, {"hub", "--port", "0", "--store", (folder / "tablet").string()});
    EXPECT_EQ(result.exit_code, 2) << "a device's store cannot serve as hub";
    EXPECT_NE(result.err.find("facilitator's machine"), std::string::npos) << result.err;
}

// The join file holds the pairing token: whoever reads it can push as a member. On a
// shared machine it is for its owner only, also when it replaces an older one.
TEST(HubCli, TheJoinFileIsReadableOnlyByItsOwner) {
    TemporaryFolder folder;
    const auto store = (folder / "facilitator").string();
    auto made = testing::run_program(OOGST_CLI, {"workshop", "new", "--name", "Roeselare 2030", "--store", store});
    ASSERT_EQ(made.exit_code, 0) << made.err;
    const auto file = folder / "workshop.oogst-join";
    for (int round = 0; round < 2; ++round) {
        if (round == 1) std::filesystem::permissions(file, std::filesystem::perms(0644));
        // Written again over a file made readable to all (--replace: issue 15's rule): 0600 again.
        std::vector<std::string> words{"workshop", "join-code", "--out", file.string(), "--hub", "http://10.0.0.5:8620",
                                       "--store", store};
        if (round == 1) words.push_back("--replace");
        const auto written = testing::run_program(OOGST_CLI, words);
        ASSERT_EQ(written.exit_code, 0) << written.err;
        struct stat info {};
        ASSERT_EQ(stat(file.c_str(), &info), 0);
        EXPECT_EQ(info.st_mode & 0777, 0600u) << "round " << round;
    }
}

}  // namespace
}  // namespace oogst
