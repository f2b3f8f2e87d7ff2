#include "core/model/ids.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace oogst {

void ensure_crypto_ready() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::string to_hex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    return out;
}

std::string new_id() {
    ensure_crypto_ready();
    std::array<unsigned char, 16> raw{};
    randombytes_buf(raw.data(), raw.size());
    return to_hex({reinterpret_cast<const char*>(raw.data()), raw.size()});
}

std::string id_from(std::uint64_t high, std::uint64_t low) {
    std::string raw(16, '\0');
    for (int i = 0; i < 8; ++i) {
        raw[i] = static_cast<char>(high >> (56 - 8 * i));
        raw[8 + i] = static_cast<char>(low >> (56 - 8 * i));
    }
    return to_hex(raw);
}

std::string content_hash(std::string_view bytes) {
    ensure_crypto_ready();
    std::array<unsigned char, 32> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                       bytes.size(), nullptr, 0);
    return to_hex({reinterpret_cast<const char*>(hash.data()), hash.size()});
}

std::string device_id_for_key(std::string_view public_key) {
    ensure_crypto_ready();
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(public_key.data()),
                       public_key.size(), nullptr, 0);
    return to_hex({reinterpret_cast<const char*>(hash.data()), hash.size()});
}

}  // namespace oogst
