// The hub's messages are read from bytes anyone on the network may send: they must be
// refused with one sentence, never trusted for a length or allocated from.
#include <gtest/gtest.h>

#include <map>

#include "core/errors.hpp"
#include "platform/net/hub_protocol.hpp"

namespace oogst {
namespace {

platform::Offer sample_offer() {
    return platform::Offer{"0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210", std::string(32, '\x01'),
                 std::string(32, '\x02'), 42, {std::string(64, 'a'), std::string(64, 'b')}};
}

TEST(HubProtocol, OffersAndAnswersRoundTrip) {
    const auto offer = platform::decode_offer(platform::encode_offer(sample_offer()));
    EXPECT_EQ(offer.workshop_id, sample_offer().workshop_id);
    EXPECT_EQ(offer.device_id, sample_offer().device_id);
    EXPECT_EQ(offer.device_public_key, sample_offer().device_public_key);
    EXPECT_EQ(offer.membership_proof, sample_offer().membership_proof);
    EXPECT_EQ(offer.last_sequence, 42u);
    EXPECT_EQ(offer.blob_hashes, sample_offer().blob_hashes);

    const platform::OfferAnswer answer{17, {std::string(64, 'c')}, "receipt bytes"};
    const auto read = platform::decode_offer_answer(platform::encode_offer_answer(answer));
    EXPECT_EQ(read.held_through, 17u);
    EXPECT_EQ(read.missing_blobs, answer.missing_blobs);
    EXPECT_EQ(read.receipt, answer.receipt);
}

TEST(HubProtocol, EveryTruncationIsAFormatError) {
    const auto bytes = platform::encode_offer(sample_offer());
    for (std::size_t size = 0; size < bytes.size(); ++size)
        EXPECT_THROW(platform::decode_offer(std::string_view(bytes).substr(0, size)), FormatError) << size;
    const auto answer = platform::encode_offer_answer(platform::OfferAnswer{3, {std::string(64, 'd')}, "r"});
    for (std::size_t size = 0; size < answer.size(); ++size)
        EXPECT_THROW(platform::decode_offer_answer(std::string_view(answer).substr(0, size)), FormatError) << size;
}

TEST(HubProtocol, BitFlipsNeverCrashOrAllocateWildly) {
    const auto bytes = platform::encode_offer(sample_offer());
    for (std::size_t at = 0; at < bytes.size(); ++at)
        for (int bit = 0; bit < 8; ++bit) {
            auto damaged = bytes;
            damaged[at] = static_cast<char>(damaged[at] ^ (1 << bit));
            try {
                platform::decode_offer(damaged);
            } catch (const FormatError&) {
            }
        }
}

TEST(HubProtocol, ALengthClaimingGigabytesIsRefused) {
    auto bytes = platform::encode_offer(sample_offer());
    // The workshop id's length is the 4 bytes before the id.
    const auto id_at = bytes.find(sample_offer().workshop_id);
    ASSERT_NE(id_at, std::string::npos);
    const std::size_t length_at = id_at - 4;
    for (int i = 0; i < 4; ++i) bytes[length_at + i] = '\xff';
    EXPECT_THROW(platform::decode_offer(bytes), FormatError);
}

TEST(HubProtocol, WrongMagicOrVersionIsNamed) {
    auto bytes = platform::encode_offer(sample_offer());
    EXPECT_THROW(platform::decode_offer(platform::encode_offer_answer(platform::OfferAnswer{})), FormatError);
    bytes[8] = 9;  // protocol version 9
    try {
        platform::decode_offer(bytes);
        ADD_FAILURE();
    } catch (const FormatError& error) {
        EXPECT_NE(std::string(error.what()).find("another version of Oogst"), std::string::npos) << error.what();
    }
}

TEST(HubProtocol, KeysOfTheWrongSizeAreRefused) {
    auto offer = sample_offer();
    offer.device_public_key = "short";
    EXPECT_THROW(platform::decode_offer(platform::encode_offer(offer)), FormatError);
}

TEST(HubProtocol, JoinCodesAreReadAsPeopleTypeThem) {
    EXPECT_EQ(platform::normalise_join_code("K7QM-3XTD"), "K7QM3XTD");
    EXPECT_EQ(platform::normalise_join_code("k7qm 3xtd"), "K7QM3XTD");
    EXPECT_EQ(platform::normalise_join_code("oil-1"), "0111");
}

TEST(HubProtocol, HubAddressesAreNormalised) {
    EXPECT_EQ(platform::normalise_hub_url("192.168.1.20"), "http://192.168.1.20:8620");
    EXPECT_EQ(platform::normalise_hub_url(" http://192.168.1.20:9000/ "), "http://192.168.1.20:9000");
    EXPECT_EQ(platform::normalise_hub_url("facilitator.local:8620"), "http://facilitator.local:8620");
    EXPECT_EQ(platform::normalise_hub_url("[fe80::1]:8620"), "http://[fe80::1]:8620");
    for (const char* bad : {"", "https://10.0.0.1", "http://10.0.0.1/v1", "10.0.0.1:99999", "10.0.0.1:abc",
                            "user@10.0.0.1", "10.0.0.1:"})
        EXPECT_THROW(platform::normalise_hub_url(bad), UserError) << bad;
}

// A push's credentials travel in headers a stranger writes: anything not of the right
// form is no credentials at all.
TEST(HubProtocol, PushCredentialsRoundTripThroughHeadersAndRefuseJunk) {
    const platform::PushCredentials sent{"0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210",
                               std::string(32, '\x01'), std::string(32, '\xfe'),
                                         std::string(64, 'c'), std::string(64, '\x07')};
    std::map<std::string, std::string> headers;
    for (const auto& [name, value] : platform::push_headers(sent)) headers[name] = value;
    const auto header = [&](const char* name) { return headers.count(name) ? headers.at(name) : std::string(); };
    const auto read = platform::read_push_credentials(header);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->workshop_id, sent.workshop_id);
    EXPECT_EQ(read->device_id, sent.device_id);
    EXPECT_EQ(read->device_public_key, sent.device_public_key);
    EXPECT_EQ(read->membership_proof, sent.membership_proof);
    EXPECT_EQ(read->body_hash, sent.body_hash);
    EXPECT_EQ(read->signature, sent.signature);

    const auto good = headers;
    for (const auto& [name, junk] : std::vector<std::pair<std::string, std::string>>{
             {platform::hub_device_key_header, std::string(63, 'a')},
             {platform::hub_device_key_header, std::string(62, 'a') + "zz"},
             {platform::hub_proof_header, ""},
             {platform::hub_body_hash_header, std::string(64, 'C')},
             {platform::hub_body_hash_header, std::string(62, 'c')},
             {platform::hub_signature_header, std::string(126, '0')},
             {platform::hub_device_header, ""},
             {platform::hub_device_header, "has space"},
             {platform::hub_workshop_header, std::string(500, 'w')}}) {
        headers = good;
        headers[name] = junk;
        EXPECT_FALSE(platform::read_push_credentials(header)) << name << " = " << junk;
    }
}

}  // namespace
}  // namespace oogst
