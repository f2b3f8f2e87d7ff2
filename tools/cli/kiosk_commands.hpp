#pragma once
// oogst-cli kiosk set|pin|show: a children's exhibition kiosk set up from the command
// line (the same settings its screen edits behind the PIN).
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace oogst::cli {

// Only what is given changes; --school, when given, replaces the list of schools.
struct KioskChanges {
    std::optional<std::string> title, camera;
    std::vector<std::string> schools;  // "De Regenboog: 5A, 5B"
    std::optional<std::uint32_t> idle, countdown, slide, monitor;
};

void set_kiosk(const std::filesystem::path& store, const KioskChanges& changes, std::ostream& out);
// Reads the PIN from the first line of in (never from the command line, where other
// users of the machine could read it in the process list).
void set_kiosk_pin(const std::filesystem::path& store, std::istream& in, std::ostream& out);
void show_kiosk(const std::filesystem::path& store, std::ostream& out);

}  // namespace oogst::cli
