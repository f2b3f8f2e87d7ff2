// A camera's photo made into what the screens show: a 12-megapixel JPEG (4000 x 3000)
// decoded for a 512-pixel texture, as the photo picker and the texture cache do.
// libjpeg-turbo scales by 1/8 while it decodes (platform/jpeg_decoder.hpp); the
// baseline in the same run decodes every pixel and scales afterwards, as the app did
// with stb_image before.
#include <benchmark/benchmark.h>

#include <random>

#include "platform/image_codec.hpp"
#include "platform/jpeg_decoder.hpp"

namespace oogst {
namespace {

// A photo-like picture: smooth light across, with grain, so the JPEG is not trivially
// small (about 2-3 MB at quality 90, as phones write them).
const std::string& camera_photo() {
    static const std::string jpeg = [] {
        platform::Pixels image;
        image.width = 4000, image.height = 3000, image.channels = 3;
        image.data.resize(static_cast<std::size_t>(image.width) * image.height * 3);
        std::mt19937 grain(12);
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x) {
                std::uint8_t* pixel = &image.data[(static_cast<std::size_t>(y) * image.width + x) * 3];
                const int noise = static_cast<int>(grain() % 24);
                pixel[0] = static_cast<std::uint8_t>(std::min(255, x * 200 / image.width + noise));
                pixel[1] = static_cast<std::uint8_t>(std::min(255, y * 180 / image.height + noise));
                pixel[2] = static_cast<std::uint8_t>(std::min(255, 90 + noise));
            }
        return platform::encode_jpeg(image, 90);
    }();
    return jpeg;
}

void ThumbnailScaledWhileDecoding(benchmark::State& state) {
    const std::string& jpeg = camera_photo();
    for (auto _ : state) benchmark::DoNotOptimize(platform::decode_rgb(jpeg, 512));
    state.counters["jpeg_MB"] = static_cast<double>(jpeg.size()) / 1e6;
}
BENCHMARK(ThumbnailScaledWhileDecoding)->Unit(benchmark::kMillisecond);

void ThumbnailFullDecodeThenScale(benchmark::State& state) {  // the baseline
    const std::string& jpeg = camera_photo();
    for (auto _ : state) benchmark::DoNotOptimize(platform::fit_within(*platform::decode_jpeg(jpeg, 0), 512));
}
BENCHMARK(ThumbnailFullDecodeThenScale)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace oogst

BENCHMARK_MAIN();
