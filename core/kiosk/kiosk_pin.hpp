#pragma once
// The facilitator's PIN that guards the kiosk's way out and its settings. Stored as an
// Argon2id hash (libsodium's crypto_pwhash_str), never as digits. Wrong tries in a row
// make the next try wait longer (pin_wait_after), and the count survives a restart, so
// pulling the plug does not buy a child or a passer-by fresh guesses.
#include <cstdint>
#include <string>
#include <string_view>

namespace oogst {

inline constexpr std::size_t min_pin_digits = 4, max_pin_digits = 8;

// 4 to 8 digits, nothing else.
bool valid_pin(std::string_view pin);
// The PINs tried first by anyone at the kiosk (issue 15): one digit repeated ("1111") or a
// straight run up or down ("1234", "8765", "7890"). Refused when a PIN is set.
bool weak_pin(std::string_view pin);
// Argon2id (interactive limits) of the PIN; UserError when the PIN is not valid or weak.
std::string hash_pin(std::string_view pin);
bool pin_matches(const std::string& hash, std::string_view pin);

// How long the next try waits after this many wrong tries in a row: nothing after the
// first two (a teacher mistypes), then 5 s, doubling, at most 5 minutes.
std::int64_t pin_wait_after_ms(std::uint32_t wrong_tries);

struct PinTry {
    enum class Answer {
        right,    // unlocked; the wrong tries are forgotten
        wrong,    // refused; wait_ms says how long the next try waits
        waiting,  // tried too soon after a wrong one: not even checked
        no_pin,   // no PIN was set on this kiosk
    };
    Answer answer = Answer::wrong;
    std::int64_t wait_ms = 0;        // wrong or waiting: until the next try is taken
    std::uint32_t wrong_tries = 0;   // in a row, this one included
};

}  // namespace oogst
