// Files written whole or not at all, on a real small disk that fills up and one that is
// read-only: the error says which, in a form the screens can translate.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "core/errors.hpp"
#include "platform/files/durable_file.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

class SmallStick : public ::testing::Test {
protected:
    void SetUp() override {
        if (geteuid() != 0) GTEST_SKIP() << "mounting a test disk needs root";
        ASSERT_EQ(mount("tmpfs", stick_.path().c_str(), "tmpfs", 0, "size=256k"), 0) << strerror(errno);
        mounted_ = true;
    }
    void TearDown() override {
        if (mounted_) umount2(stick_.path().c_str(), MNT_DETACH);
    }
    std::filesystem::path stick() const { return stick_.path(); }

private:
    testing::TemporaryFolder stick_;
    bool mounted_ = false;
};

std::size_t files_in(const std::filesystem::path& folder) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder), {}));
}

TEST_F(SmallStick, AFullStickSaysSoAndKeepsTheEarlierFileWhole) {
    platform::write_file_durably(stick() / "bundle.oogst", std::string(1000, 'a'));
    try {
        platform::write_file_durably(stick() / "bundle.oogst", std::string(1 << 20, 'b'));
        FAIL() << "a megabyte fitted on a 256 KiB disk";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.problem(), StoreProblem::full) << error.what();
        EXPECT_EQ(error.folder(), stick().string());
        EXPECT_NE(std::string(error.what()).find("full"), std::string::npos) << error.what();
    }
    std::ifstream in(stick() / "bundle.oogst", std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), std::string(1000, 'a'));
    EXPECT_EQ(files_in(stick()), 1u) << "no temporary file is left behind";
}

TEST_F(SmallStick, AReadOnlyStickCannotBeWritten) {
    ASSERT_EQ(mount("tmpfs", stick().c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=256k"), 0) << strerror(errno);
    try {
        platform::write_file_durably(stick() / "bundle.oogst", "bytes");
        FAIL() << "wrote to a read-only disk";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.problem(), StoreProblem::cannot_write) << error.what();
    }
}

}  // namespace
}  // namespace oogst
