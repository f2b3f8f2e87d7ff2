// A "decompression bomb": a small PNG whose header says 1×1 pixel but whose image data
// inflates to 512 MiB. stb's PNG decoder would grow its buffer to hold all of it; the
// import must refuse the file without the tablet's memory ever holding it.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <string>

#include "platform/photo_import.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

std::string png_chunk(const std::string& type, const std::string& data) {
    std::string chunk;
    append_big_endian(chunk, static_cast<std::uint32_t>(data.size()));
    const std::string body = type + data;
    chunk += body;
    append_big_endian(chunk, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()),
                                                             static_cast<uInt>(body.size()))));
    return chunk;
}

// zlib data that inflates to `size` zero bytes, made in small steps (never held inflated).
std::string deflated_zeros(std::size_t size) {
    z_stream stream{};
    deflateInit(&stream, Z_BEST_COMPRESSION);
    const std::string zeros(1 << 16, '\0');
    std::string out;
    char buffer[1 << 16];
    for (std::size_t done = 0; done < size;) {
        const std::size_t step = std::min(zeros.size(), size - done);
        done += step;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
        stream.avail_in = static_cast<uInt>(step);
        const int flush = done == size ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.append(buffer, sizeof buffer - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

long peak_memory_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

TEST(PngBomb, IsRefusedWithoutInflatingIt) {
    std::string header = png_header_only(1, 1);
    std::string png = header + png_chunk("IDAT", deflated_zeros(std::size_t{512} << 20)) + png_chunk("IEND", "");
    ASSERT_LT(png.size(), 1u << 20) << "the bomb itself is small";

    // In a child process, so the peak memory measured is this import's alone.
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const long before = peak_memory_kib();
        const auto photo = platform::import_photo_bytes(png);
        const long grown_mib = (peak_memory_kib() - before) / 1024;
        _exit(photo.ok() ? 255 : static_cast<int>(std::min(grown_mib, 254L)));
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    const int grown_mib = WEXITSTATUS(status);
    EXPECT_NE(grown_mib, 255) << "the bomb was accepted as a photo";
    EXPECT_LT(grown_mib, 32) << "the import held " << grown_mib << " MiB for a 1-pixel image";
}

}  // namespace
}  // namespace oogst::testing
