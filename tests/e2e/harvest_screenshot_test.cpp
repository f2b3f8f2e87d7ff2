// The Harvest screen and the facilitator's desk, rendered by the real app on
// stores the real CLI made: a facilitator's workshop, a device that joined it with the
// join file and exported its bundle to a "stick" ($OOGST_USB), and a damaged bundle
// beside it. The desk's screenshot imports the stick first, so its store must then hold
// exactly what the device made.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

// stb_image decodes the PNGs (Debian's libstb, linked, as the app links it).
#include <stb_image.h>

namespace oogst::testing {
namespace {

namespace fs = std::filesystem;

ProgramResult run(const std::vector<std::string>& arguments) {
    return run_program(arguments.front(), {arguments.begin() + 1, arguments.end()});
}

std::vector<std::uint32_t> load_png(const fs::path& file, int& width, int& height) {
    int channels = 0;
    unsigned char* data = stbi_load(file.c_str(), &width, &height, &channels, 4);
    if (!data) return {};
    const auto* rgba = reinterpret_cast<const std::uint32_t*>(data);
    std::vector<std::uint32_t> pixels(rgba, rgba + static_cast<std::size_t>(width) * height);
    stbi_image_free(data);
    return pixels;
}

// Pixels of one colour, given as r, g, b (RGBA bytes read as a little-endian word).
std::size_t pixels_of(const std::vector<std::uint32_t>& pixels, std::uint8_t r, std::uint8_t g, std::uint8_t b) {
    const std::uint32_t wanted = 0xff000000u | (std::uint32_t{b} << 16) | (std::uint32_t{g} << 8) | r;
    std::size_t count = 0;
    for (const std::uint32_t pixel : pixels) count += pixel == wanted;
    return count;
}

class HarvestScreenshot : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(usb);
        expect_ok({OOGST_CLI, "workshop", "new", "--name", "Roeselare 2030", "--store", facilitator.string()});
        expect_ok({OOGST_CLI, "workshop", "join-code", "--out", (usb / "roeselare.oogst-join").string(), "--hub",
                   "http://192.168.1.20:8620", "--store", facilitator.string()});
        expect_ok({OOGST_CLI, "workshop", "join", (usb / "roeselare.oogst-join").string(), "--store", device.string()});
        expect_ok({OOGST_CLI, "demo", "--tables", "2", "--captures", "15", "--seed", "4", "--store", device.string()});
        expect_ok({OOGST_CLI, "bundle", "export", "--out", usb.string(), "--store", device.string()});
        // A stick pulled out while a bundle was copied onto it.
        std::ofstream(usb / "tafel-9.oogst", std::ios::binary) << "OOGSTSLD and then nothing";
        setenv("OOGST_USB", usb.c_str(), 1);
    }
    void TearDown() override { unsetenv("OOGST_USB"); }

    void expect_ok(const std::vector<std::string>& arguments) {
        const ProgramResult result = run(arguments);
        ASSERT_EQ(result.exit_code, 0) << arguments[1] << ": " << result.err;
    }

    std::vector<std::uint32_t> shoot(const std::string& screen, const fs::path& store) {
        const fs::path png = folder / (screen + ".png");
        const ProgramResult app =
            run({OOGST_APP, "--screenshot", png.string(), "--screen", screen, "--store", store.string()});
        EXPECT_EQ(app.exit_code, 0) << app.err;
        int width = 0, height = 0;
        auto pixels = load_png(png, width, height);
        EXPECT_EQ(width, 1280);
        EXPECT_EQ(height, 800);
        return pixels;
    }

    TemporaryFolder folder;
    fs::path usb = folder / "usb", facilitator = folder / "facilitator", device = folder / "device";
};

TEST_F(HarvestScreenshot, ADeviceShowsWhatTheFacilitatorHasNotYetReceived) {
    const auto pixels = shoot("harvest", device);
    // The panel of work still on the device is amber; the green cards write to the stick.
    EXPECT_GT(pixels_of(pixels, 253, 241, 214), 40000u);
    EXPECT_GT(pixels_of(pixels, 47, 107, 63), 20000u);
    EXPECT_EQ(pixels_of(pixels, 222, 240, 224), 0u) << "nothing is acknowledged yet";
}

TEST_F(HarvestScreenshot, TheDeskImportsTheStickAndReportsTheDamagedFile) {
    const auto pixels = shoot("facilitator", facilitator);
    // One row merged (green pill) and one refused (red pill).
    EXPECT_GT(pixels_of(pixels, 222, 240, 224), 1000u);
    EXPECT_GT(pixels_of(pixels, 251, 228, 225), 1000u);
    // The facilitator now holds exactly the device's workshop.
    const ProgramResult desk = run({OOGST_CLI, "dump", "--format", "json", "--store", facilitator.string()});
    const ProgramResult table = run({OOGST_CLI, "dump", "--format", "json", "--store", device.string()});
    ASSERT_EQ(desk.exit_code, 0) << desk.err;
    ASSERT_EQ(table.exit_code, 0) << table.err;
    EXPECT_EQ(desk.out, table.out);
}

TEST_F(HarvestScreenshot, TheDesksHubShowsItsJoinCodeAsAQrCode) {
    const auto pixels = shoot("hub", facilitator);
    // The QR code's dark modules: nothing else on the desk is pure black.
    EXPECT_GT(pixels_of(pixels, 0, 0, 0), 5000u);
    EXPECT_GT(pixels_of(pixels, 222, 240, 224), 1000u) << "the stick was imported as well";
}

}  // namespace
}  // namespace oogst::testing
