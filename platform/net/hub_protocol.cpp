#include "platform/net/hub_protocol.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/errors.hpp"
#include "core/model/ids.hpp"
#include "core/model/wire.hpp"

namespace oogst::platform {
namespace {

constexpr std::string_view offer_magic = "OOGSTOFR";
constexpr std::string_view answer_magic = "OOGSTOAN";
constexpr std::size_t key_bytes = 32;
constexpr std::size_t signature_bytes = 64;
constexpr std::size_t max_id_chars = 128;

// A list of strings, each length-checked: cereal's own std::string loader trusts the
// size it reads, so it must never see bytes from the network.
template <class Archive>
void text_list(Archive& ar, std::vector<std::string>& items) {
    if constexpr (Archive::is_loading::value) {
        std::uint32_t count = 0;
        ar(count);
        items.clear();
        items.resize(wire::checked_count(count, sizeof(std::uint32_t)));
    } else {
        ar(static_cast<std::uint32_t>(items.size()));
    }
    for (auto& item : items) wire::text(ar, item);
}

void put_u32(std::string& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::uint32_t get_u32(std::string_view bytes) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
    return value;
}

template <class T>
std::string framed(std::string_view magic, const T& value) {
    std::string out(magic);
    put_u32(out, hub_protocol_version);
    out += wire::encode(value);
    return out;
}

template <class T>
T unframed(std::string_view magic, std::string_view bytes, const char* what) {
    if (bytes.size() < magic.size() + 4 || bytes.substr(0, magic.size()) != magic)
        throw FormatError(std::string("the hub received something that is not ") + what);
    const auto version = get_u32(bytes.substr(magic.size()));
    if (version != hub_protocol_version)
        throw FormatError(std::string("this ") + what + " comes from another version of Oogst (protocol " +
                          std::to_string(version) + "); update Oogst on both machines");
    return wire::decode<T>(bytes.substr(magic.size() + 4));
}

void require(bool ok, const char* what) {
    if (!ok) throw FormatError(std::string("the ") + what + " in the message is not valid");
}

bool plausible_id(const std::string& id) { return !id.empty() && id.size() <= max_id_chars; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Exactly `bytes` bytes written as hex, or nothing.
std::optional<std::string> from_hex(std::string_view hex, std::size_t bytes) {
    if (hex.size() != 2 * bytes) return std::nullopt;
    std::string out(bytes, '\0');
    for (std::size_t i = 0; i < bytes; ++i) {
        const int high = hex_digit(hex[2 * i]), low = hex_digit(hex[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out[i] = static_cast<char>(high * 16 + low);
    }
    return out;
}

// Ids travel as text in a header: printable, no spaces, bounded.
bool plausible_header_id(const std::string& id) {
    return plausible_id(id) && std::all_of(id.begin(), id.end(), [](char c) { return c > ' ' && c < 127; });
}

}  // namespace

template <class Archive>
void serialize(Archive& ar, Offer& offer, std::uint32_t version) {
    wire::require_version(version, 1, "offer");
    wire::text(ar, offer.workshop_id), wire::text(ar, offer.device_id);
    wire::text(ar, offer.device_public_key), wire::text(ar, offer.membership_proof);
    ar(offer.last_sequence);
    text_list(ar, offer.blob_hashes);
}

template <class Archive>
void serialize(Archive& ar, OfferAnswer& answer, std::uint32_t version) {
    wire::require_version(version, 1, "offer answer");
    ar(answer.held_through);
    text_list(ar, answer.missing_blobs);
    wire::text(ar, answer.receipt);
}

}  // namespace oogst::platform

CEREAL_CLASS_VERSION(oogst::platform::Offer, 1)
CEREAL_CLASS_VERSION(oogst::platform::OfferAnswer, 1)

namespace oogst::platform {

std::string encode_offer(const Offer& offer) { return framed(offer_magic, offer); }

Offer decode_offer(std::string_view bytes) {
    auto offer = unframed<Offer>(offer_magic, bytes, "an offer");
    require(plausible_id(offer.workshop_id), "workshop id");
    require(plausible_id(offer.device_id), "device id");
    require(offer.device_public_key.size() == key_bytes, "device key");
    require(offer.membership_proof.size() == key_bytes, "membership proof");
    for (const auto& hash : offer.blob_hashes) require(plausible_id(hash), "blob hash");
    return offer;
}

std::string encode_offer_answer(const OfferAnswer& answer) { return framed(answer_magic, answer); }

OfferAnswer decode_offer_answer(std::string_view bytes) {
    auto answer = unframed<OfferAnswer>(answer_magic, bytes, "an answer to an offer");
    for (const auto& hash : answer.missing_blobs) require(plausible_id(hash), "blob hash");
    return answer;
}

std::vector<std::pair<std::string, std::string>> push_headers(const PushCredentials& credentials) {
    return {{hub_workshop_header, credentials.workshop_id},
            {hub_device_header, credentials.device_id},
            {hub_device_key_header, to_hex(credentials.device_public_key)},
            {hub_proof_header, to_hex(credentials.membership_proof)},
            {hub_body_hash_header, credentials.body_hash},
            {hub_signature_header, to_hex(credentials.signature)}};
}

namespace {

// Zero bytes between the parts: ids hold none, so no two statements read alike; the
// first part says what is signed, so a push's signature is no offer's.
std::string statement(const char* what, const PushCredentials& credentials) {
    std::string statement = what;
    for (const auto* part : {&credentials.workshop_id, &credentials.device_id, &credentials.body_hash}) {
        statement.push_back('\0');
        statement += *part;
    }
    return statement;
}

bool signed_by_device(const PushCredentials& credentials, const std::string& statement) {
    ensure_crypto_ready();
    if (credentials.signature.size() != crypto_sign_BYTES ||
        credentials.device_public_key.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    const auto bytes = [](const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); };
    return crypto_sign_verify_detached(bytes(credentials.signature), bytes(statement), statement.size(),
                                       bytes(credentials.device_public_key)) == 0;
}

}  // namespace

std::string push_statement(const PushCredentials& credentials) { return statement("oogst push 1", credentials); }

bool push_signed(const PushCredentials& credentials) { return signed_by_device(credentials, push_statement(credentials)); }

std::string offer_statement(const PushCredentials& credentials) { return statement("oogst offer 1", credentials); }

bool offer_signed(const PushCredentials& credentials) {
    return signed_by_device(credentials, offer_statement(credentials));
}

std::optional<PushCredentials> read_push_credentials(const std::function<std::string(const char*)>& header) {
    PushCredentials credentials;
    credentials.workshop_id = header(hub_workshop_header);
    credentials.device_id = header(hub_device_header);
    auto key = from_hex(header(hub_device_key_header), key_bytes);
    auto proof = from_hex(header(hub_proof_header), key_bytes);
    auto signature = from_hex(header(hub_signature_header), signature_bytes);
    // Kept as hex (it is the ledger's key), but only lower-case hex of the right length.
    credentials.body_hash = header(hub_body_hash_header);
    const bool hash_ok = credentials.body_hash.size() == 2 * key_bytes &&
                         std::all_of(credentials.body_hash.begin(), credentials.body_hash.end(), [](char c) {
                             return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                         });
    if (!plausible_header_id(credentials.workshop_id) || !plausible_header_id(credentials.device_id) || !key ||
        !proof || !signature || !hash_ok)
        return std::nullopt;
    credentials.device_public_key = std::move(*key);
    credentials.membership_proof = std::move(*proof);
    credentials.signature = std::move(*signature);
    return credentials;
}

std::string normalise_join_code(std::string_view code) {
    std::string out;
    for (const char raw : code) {
        const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(raw)));
        if (c == '-' || c == ' ') continue;
        if (c == 'O') out.push_back('0');
        else if (c == 'I' || c == 'L') out.push_back('1');
        else out.push_back(c);
    }
    return out;
}

std::string normalise_hub_url(std::string_view url) {
    auto bad = [&](const std::string& why) -> UserError {
        return UserError("\"" + std::string(url) + "\" is not a hub address (" + why +
                         "); give it as http://192.168.1.20:" + std::to_string(default_hub_port));
    };
    std::string_view rest = url;
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.front()))) rest.remove_prefix(1);
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) rest.remove_suffix(1);
    if (rest.starts_with("https://")) throw bad("the hub speaks plain http on the local network");
    if (rest.starts_with("http://")) rest.remove_prefix(7);
    while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    if (rest.find('/') != std::string_view::npos) throw bad("it has a path");
    if (rest.find('@') != std::string_view::npos) throw bad("it has a user name");

    std::string_view host = rest, port;
    if (rest.starts_with("[")) {  // [fe80::1]:8620
        const auto close = rest.find(']');
        if (close == std::string_view::npos) throw bad("an unclosed bracket");
        host = rest.substr(0, close + 1);
        const auto after = rest.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':') throw bad("unexpected text after the address");
            port = after.substr(1);
        }
    } else if (const auto colon = rest.rfind(':'); colon != std::string_view::npos) {
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
    }
    if (host.empty()) throw bad("no machine named");
    const bool host_ok = host.front() == '[' || std::all_of(host.begin(), host.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
    });
    if (!host_ok) throw bad("the machine's name has characters an address cannot have");
    int port_number = default_hub_port;
    if (!port.empty() || rest.ends_with(":")) {
        if (port.empty() || port.size() > 5 ||
            !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; }))
            throw bad("the port is not a number");
        port_number = std::stoi(std::string(port));
        if (port_number < 1 || port_number > 65535) throw bad("the port is out of range");
    }
    return "http://" + std::string(host) + ":" + std::to_string(port_number);
}

}  // namespace oogst::platform
