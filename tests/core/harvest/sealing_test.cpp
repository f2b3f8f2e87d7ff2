// Sealing to the workshop and opening again (core/harvest/workshop_keys.hpp). A sealed
// bundle is opened in place, over its own bytes, chunk by chunk (64 KB): the plain bytes
// must come out whole at every size around the chunks' edges, wherever the sealed bytes
// start in the file, and a changed or missing byte anywhere must be refused.
#include <gtest/gtest.h>

#include <random>

#include "core/errors.hpp"
#include "core/harvest/workshop_keys.hpp"

namespace oogst {
namespace {

std::string random_bytes(std::size_t size, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::string bytes(size, '\0');
    for (auto& c : bytes) c = static_cast<char>(random());
    return bytes;
}

constexpr std::size_t chunk = 64 * 1024;
const std::vector<std::size_t> sizes{0, 1, 100, chunk - 1, chunk, chunk + 1, 3 * chunk + 5};

TEST(Sealing, OpeningInPlaceGivesWhatWasSealedAtEverySize) {
    const auto keys = make_workshop_keys("w");
    for (const auto size : sizes) {
        const auto plain = random_bytes(size, size);
        const auto sealed = seal_to_workshop(keys, plain);
        EXPECT_EQ(open_sealed(keys, sealed), plain) << size;
        // After a wrapper of 37 bytes, as a sealed bundle's file has one.
        const std::string wrapper(37, 'W');
        EXPECT_EQ(open_sealed(keys, wrapper + sealed, wrapper.size()), plain) << size;
    }
}

TEST(Sealing, AChangedOrMissingByteAnywhereIsRefused) {
    const auto keys = make_workshop_keys("w");
    const auto sealed = seal_to_workshop(keys, random_bytes(3 * chunk + 5, 7));
    // A byte in the sealed key (0-79), the stream header (80-103), the size (104-111),
    // the first chunk and its tag (112-65664), the second chunk, the third, the last tag.
    for (const std::size_t at : {std::size_t{0}, std::size_t{60}, std::size_t{100}, std::size_t{104}, std::size_t{111},
                                 std::size_t{130}, std::size_t{65650}, std::size_t{65700}, 2 * chunk + 200,
                                 sealed.size() - 1}) {
        auto changed = sealed;
        changed[at] ^= 0x01;
        EXPECT_THROW(open_sealed(keys, std::move(changed), 0), FormatError) << at;
    }
    EXPECT_THROW(open_sealed(keys, sealed.substr(0, sealed.size() - 1)), FormatError);
    EXPECT_THROW(open_sealed(keys, sealed + "x"), FormatError);
    EXPECT_THROW(open_sealed(keys, std::string(sealed), sealed.size() + 1), FormatError);
    EXPECT_THROW(open_sealed(make_workshop_keys("w"), sealed), FormatError);  // another workshop's keys
}

}  // namespace
}  // namespace oogst
