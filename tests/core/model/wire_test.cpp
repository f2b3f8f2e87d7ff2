// Payload bytes: round trips, class versions, and hostile input that must fail cleanly
// without a large allocation.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"

namespace oogst {
namespace {

CaptureAdded drawing() {
    CaptureAdded added;
    added.id = "c1";
    added.session_id = "s1";
    added.capture_kind = CaptureKind::drawing;
    added.text = "Mijn droomstad";
    added.strokes = {Stroke{0xff0000ffu, 0.02f, {{0.1f, 0.2f}, {0.3f, 0.4f}}}, Stroke{0xff00ff00u, 0.05f, {}}};
    added.preview_blob = "abc";
    added.prompt = "stad-2030";
    added.board = "stad-2030";
    added.x = 1.5f;
    added.y = -2;
    added.colour = 0xff8ae8ff;
    added.author_label = "Lotte, 5B";
    added.consent = consent::publish | consent::exhibit;
    return added;
}

TEST(Wire, CaptureRoundTripKeepsEveryField) {
    const auto original = drawing();
    const auto copy = wire::decode<CaptureAdded>(wire::encode(original));
    EXPECT_EQ(copy.id, original.id);
    EXPECT_EQ(copy.capture_kind, CaptureKind::drawing);
    EXPECT_EQ(copy.text, original.text);
    ASSERT_EQ(copy.strokes.size(), 2u);
    EXPECT_EQ(copy.strokes[0].colour, 0xff0000ffu);
    ASSERT_EQ(copy.strokes[0].points.size(), 2u);
    EXPECT_FLOAT_EQ(copy.strokes[0].points[1].y, 0.4f);
    EXPECT_EQ(copy.author_label, "Lotte, 5B");
    EXPECT_EQ(copy.consent, original.consent);
    EXPECT_FLOAT_EQ(copy.y, -2);
}

TEST(Wire, EncodingIsLittleEndianAndStable) {
    // Byte 0 is cereal's endianness flag, then the class version (1) as 4 little-endian
    // bytes, then the first string's 32-bit length.
    const auto bytes = wire::encode(CaptureTextEdited{"ab", "c"});
    ASSERT_GE(bytes.size(), 9u);
    EXPECT_EQ(bytes.substr(1, 4), std::string("\x01\x00\x00\x00", 4));
    EXPECT_EQ(bytes.substr(5, 4), std::string("\x02\x00\x00\x00", 4));
}

TEST(Wire, NewerClassVersionIsRefusedWithAClearMessage) {
    auto bytes = wire::encode(CaptureTextEdited{"c1", "tekst"});
    bytes[1] = 2;  // class version 2: made by a future Oogst
    try {
        wire::decode<CaptureTextEdited>(bytes);
        FAIL() << "a newer version must not decode";
    } catch (const FormatError& error) {
        EXPECT_NE(std::string(error.what()).find("newer"), std::string::npos) << error.what();
    }
}

TEST(Wire, EveryTruncationFailsCleanly) {
    const auto bytes = wire::encode(drawing());
    for (std::size_t length = 0; length < bytes.size(); ++length)
        EXPECT_THROW(wire::decode<CaptureAdded>(bytes.substr(0, length)), FormatError) << "cut at " << length;
}

TEST(Wire, LengthClaimingGigabytesIsRefusedBeforeAllocating) {
    auto bytes = wire::encode(CaptureTextEdited{"c1", "tekst"});
    // The id's length field: claim 4 GiB - 1.
    bytes.replace(5, 4, std::string("\xff\xff\xff\xff", 4));
    try {
        wire::decode<CaptureTextEdited>(bytes);
        FAIL() << "a huge length must be refused";
    } catch (const FormatError& error) {
        EXPECT_NE(std::string(error.what()).find("larger than the data"), std::string::npos) << error.what();
    }
}

TEST(Wire, HugeStrokeCountIsRefused) {
    CaptureAdded added;
    added.strokes = {Stroke{}};
    auto bytes = wire::encode(added);
    // Layout: flag, version, id length, session length, kind, text length, then the
    // stroke count at offset 18: inflate it to 1 Gi strokes.
    ASSERT_EQ(bytes.substr(18, 4), std::string("\x01\x00\x00\x00", 4));
    bytes.replace(18, 4, std::string("\x00\x00\x00\x40", 4));
    EXPECT_THROW(wire::decode<CaptureAdded>(bytes), FormatError);
}

TEST(Wire, UnknownCaptureKindIsRefused) {
    CaptureAdded added;
    auto bytes = wire::encode(added);
    // Layout: flag, version, id (len 0), session (len 0), kind byte.
    ASSERT_EQ(bytes[13], '\0');
    bytes[13] = 7;
    EXPECT_THROW(wire::decode<CaptureAdded>(bytes), FormatError);
}

TEST(Wire, TrailingBytesAreRefused) {
    auto bytes = wire::encode(CaptureTextEdited{"c1", "tekst"});
    bytes += "extra";
    EXPECT_THROW(wire::decode<CaptureTextEdited>(bytes), FormatError);
}

}  // namespace
}  // namespace oogst
