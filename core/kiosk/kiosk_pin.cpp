#include "core/kiosk/kiosk_pin.hpp"

#include <sodium.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/model/ids.hpp"

namespace oogst {

bool valid_pin(std::string_view pin) {
    return pin.size() >= min_pin_digits && pin.size() <= max_pin_digits &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool weak_pin(std::string_view pin) {
    if (pin.size() < 2) return false;
    const auto step = [&pin](std::size_t i) { return (pin[i + 1] - pin[i] + 10) % 10; };
    const int first = step(0);
    if (first != 0 && first != 1 && first != 9) return false;  // not repeated, not a run
    for (std::size_t i = 1; i + 1 < pin.size(); ++i)
        if (step(i) != first) return false;
    return true;
}

std::string hash_pin(std::string_view pin) {
    if (!valid_pin(pin))
        throw UserError("a PIN is " + std::to_string(min_pin_digits) + " to " + std::to_string(max_pin_digits) +
                        " digits");
    if (weak_pin(pin))
        throw UserError("a PIN of one digit repeated or of digits in a row (1111, 1234, 4321) is the first anyone tries; "
                        "choose another");
    ensure_crypto_ready();
    char hash[crypto_pwhash_STRBYTES];
    // Interactive limits: a right PIN opens within a fraction of a second, and a copy
    // of the store gives no shortcut to the digits beyond trying them all this slowly.
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("not enough memory to protect the PIN");
    return hash;
}

bool pin_matches(const std::string& hash, std::string_view pin) {
    if (!valid_pin(pin) || hash.empty()) return false;
    ensure_crypto_ready();
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

std::int64_t pin_wait_after_ms(std::uint32_t wrong_tries) {
    constexpr std::uint32_t free_tries = 2;
    constexpr std::int64_t first_wait_ms = 5'000, longest_wait_ms = 300'000;
    if (wrong_tries <= free_tries) return 0;
    const std::uint32_t doublings = std::min<std::uint32_t>(wrong_tries - free_tries - 1, 16);
    return std::min(longest_wait_ms, first_wait_ms << doublings);
}

}  // namespace oogst
