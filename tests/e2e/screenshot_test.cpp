// Runs the real app on a store the real CLI made, and checks what it drew.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

// stb_image decodes the PNGs (Debian's libstb, linked, as the app links it).
#include <stb_image.h>

namespace oogst::testing {
namespace {

// Runs a program (no shell, so paths need no quoting).
ProgramResult run(const std::vector<std::string>& arguments) {
    return run_program(arguments.front(), {arguments.begin() + 1, arguments.end()});
}

struct Image {
    int width = 0, height = 0;
    std::vector<std::uint32_t> pixels;  // RGBA packed
};

Image load_png(const std::filesystem::path& file) {
    Image image;
    int channels = 0;
    unsigned char* data = stbi_load(file.c_str(), &image.width, &image.height, &channels, 4);
    if (!data) return image;
    const auto* rgba = reinterpret_cast<const std::uint32_t*>(data);
    image.pixels.assign(rgba, rgba + static_cast<std::size_t>(image.width) * image.height);
    stbi_image_free(data);
    return image;
}

class Screenshot : public ::testing::Test {
protected:
    void SetUp() override {
        const ProgramResult demo = run({OOGST_CLI, "demo", "--store", store.string(), "--tables", "3", "--captures", "40",
                              "--seed", "7"});
        ASSERT_EQ(demo.exit_code, 0) << demo.err;
    }

    // Renders screen, requires success, and returns the image.
    Image shoot(const std::string& screen) {
        const auto png = folder / (screen + ".png");
        const ProgramResult app =
            run({OOGST_APP, "--screenshot", png.string(), "--screen", screen, "--store", store.string()});
        EXPECT_EQ(app.exit_code, 0) << app.err;
        return load_png(png);
    }

    TemporaryFolder folder;
    std::filesystem::path store = folder / "store";
};

void expect_drawn(const Image& image, const char* screen) {
    ASSERT_EQ(image.width, 1280) << screen;
    ASSERT_EQ(image.height, 800) << screen;
    const std::set<std::uint32_t> colours(image.pixels.begin(), image.pixels.end());
    // Text is antialiased and notes have five fills: a drawn screen has hundreds of
    // colours, a blank or failed one a handful.
    EXPECT_GT(colours.size(), 200u) << screen;
}

// Pixels filled with one of the sticky-note colours the demo gives its notes.
std::size_t note_pixels(const Image& image) {
    // 0xAABBGGRR, which is also how RGBA bytes read as a little-endian word.
    const std::set<std::uint32_t> palette = {0xff8ae8ffu, 0xffc8a8ffu, 0xffa8e8b0u, 0xfff0d0a0u, 0xff80c0ffu};
    return std::count_if(image.pixels.begin(), image.pixels.end(), [&](auto p) { return palette.count(p) > 0; });
}

TEST_F(Screenshot, BoardShowsTheFirstSessionsNotes) {
    const Image board = shoot("board");
    expect_drawn(board, "board");
    // Notes cover a good part of the board; the start screen has none.
    EXPECT_GT(note_pixels(board), board.pixels.size() / 5);
    EXPECT_EQ(note_pixels(shoot("start")), 0u);
}

TEST_F(Screenshot, StartAndSessionsScreensRender) {
    expect_drawn(shoot("start"), "start");
    expect_drawn(shoot("sessions"), "sessions");
}

// The keyboard's keys are white on the sand background; the scores' rows are bars in
// note colours. Each screen must differ from the plain board it starts from.
TEST_F(Screenshot, KeyboardScoresAndAmbassadorScreensRender) {
    const Image board = shoot("board");
    for (const char* screen : {"keyboard", "scores", "ambassador"}) {
        const Image image = shoot(screen);
        expect_drawn(image, screen);
        ASSERT_EQ(image.pixels.size(), board.pixels.size());
        std::size_t differ = 0;
        for (std::size_t i = 0; i < image.pixels.size(); ++i) differ += image.pixels[i] != board.pixels[i];
        EXPECT_GT(differ, image.pixels.size() / 5) << screen;
    }
    // The keyboard's lower third is mostly white keys.
    const Image keyboard = shoot("keyboard");
    std::size_t white = 0;
    for (std::size_t i = keyboard.pixels.size() * 2 / 3; i < keyboard.pixels.size(); ++i) white += keyboard.pixels[i] == 0xffffffffu;
    EXPECT_GT(white, keyboard.pixels.size() / 9);
}

TEST_F(Screenshot, BoardDiffersFromStart) {
    const Image start = shoot("start"), board = shoot("board");
    ASSERT_EQ(start.pixels.size(), board.pixels.size());
    std::size_t differ = 0;
    for (std::size_t i = 0; i < start.pixels.size(); ++i) differ += start.pixels[i] != board.pixels[i];
    EXPECT_GT(differ, start.pixels.size() / 10);
}

TEST_F(Screenshot, StoreThatIsNotAStoreIsRefusedWithOneLine) {
    const auto not_a_store = folder / "not-a-store";
    std::filesystem::create_directories(not_a_store);
    std::ofstream(not_a_store / "oogst.db") << "this is not a database";
    for (const auto& bad : {not_a_store, folder / "missing"}) {
        const ProgramResult app = run({OOGST_APP, "--screenshot", (folder / "x.png").string(), "--screen", "start",
                             "--store", bad.string()});
        EXPECT_EQ(app.exit_code, 2) << bad << ": " << app.err;
        EXPECT_EQ(std::count(app.err.begin(), app.err.end(), '\n'), 1) << app.err;
        EXPECT_FALSE(std::filesystem::exists(folder / "x.png"));
    }
}

TEST_F(Screenshot, ProblemScreenExplainsADamagedStore) {
    const auto damaged = folder / "damaged";
    std::filesystem::create_directories(damaged);
    std::ofstream(damaged / "oogst.db") << "this is not a database";
    const auto png = folder / "problem.png";
    const ProgramResult app =
        run({OOGST_APP, "--screenshot", png.string(), "--screen", "problem", "--store", damaged.string()});
    EXPECT_EQ(app.exit_code, 2) << "a damaged store is bad input, whatever is shown: " << app.err;
    EXPECT_NE(app.err.find("damaged"), std::string::npos) << app.err;
    const Image image = load_png(png);
    expect_drawn(image, "problem");
    std::ifstream in(damaged / "oogst.db");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "this is not a database");
}

TEST_F(Screenshot, BadOptionIsRefused) {
    const ProgramResult app = run({OOGST_APP, "--screen", "nowhere", "--store", store.string()});
    EXPECT_EQ(app.exit_code, 2);
    EXPECT_NE(app.err.find("nowhere"), std::string::npos) << app.err;
}

}  // namespace
}  // namespace oogst::testing
