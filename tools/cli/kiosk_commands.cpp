// oogst-cli kiosk set|pin|show: a children's exhibition kiosk set up from the command
// line (the same settings its screen edits behind the PIN).
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/store/store.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/text_options.hpp"

namespace oogst::cli {
namespace {

struct KioskChanges {
    std::optional<std::string> title, camera;
    std::vector<std::string> schools;  // "De Regenboog: 5A, 5B"
    std::optional<std::uint32_t> idle, countdown, slide, monitor;
};

void set_kiosk(const std::filesystem::path& folder, const KioskChanges& changes, std::ostream& out) {
    auto store = Store::open_or_create(folder);
    KioskSettings settings = store.kiosk_settings().value_or(KioskSettings{});
    if (changes.title) settings.title = *changes.title;
    if (changes.camera) settings.camera_folder = *changes.camera;
    if (!changes.schools.empty()) {
        settings.schools.clear();
        for (const std::string& text : changes.schools) settings.schools.push_back(parse_kiosk_school(text));
    }
    if (changes.idle) settings.idle_seconds = *changes.idle;
    if (changes.countdown) settings.countdown_seconds = *changes.countdown;
    if (changes.slide) settings.slide_seconds = *changes.slide;
    if (changes.monitor) settings.monitor = *changes.monitor;
    store.save_kiosk_settings(settings);    // checks them first: nothing saved when they cannot work
    ensure_kiosk_session(store, settings);  // a kiosk set up for the first time gets its session
    out << "Kiosk \"" << settings.title << "\" set up with " << settings.schools.size()
        << (settings.schools.size() == 1 ? " school" : " schools") << " in " << folder.string() << "\n";
    if (!store.has_kiosk_pin()) out << "It has no PIN yet: set one with 'oogst-cli kiosk pin' before it is used.\n";
}

void set_kiosk_pin(const std::filesystem::path& folder, std::istream& in, std::ostream& out) {
    std::string pin;
    if (!std::getline(in, pin)) throw UserError("no PIN was given: write it on the first line of the input");
    if (!pin.empty() && pin.back() == '\r') pin.pop_back();
    auto store = Store::open(folder, Store::Fold::when_needed);
    store.set_kiosk_pin(pin);  // UserError when it is not 4 to 8 digits
    out << "The kiosk's PIN is set (stored hashed, never as digits).\n";
}

void show_kiosk(const std::filesystem::path& folder, std::ostream& out) {
    auto store = Store::open(folder);
    const auto settings = store.kiosk_settings();
    if (!settings) throw UserError("this store has no kiosk yet: set one up with 'oogst-cli kiosk set'");
    out << "Kiosk \"" << settings->title << "\"\n";
    for (const KioskSchool& school : settings->schools) {
        out << "  " << school.name << ":";
        for (std::size_t i = 0; i < school.classes.size(); ++i) out << (i ? ", " : " ") << school.classes[i];
        out << "\n";
    }
    out << "  still there? after " << settings->idle_seconds << " s untouched, then a countdown of "
        << settings->countdown_seconds << " s; each work " << settings->slide_seconds << " s in the loop\n";
    out << "  camera folder: " << (settings->camera_folder.empty() ? "(default)" : settings->camera_folder)
        << "; monitor " << settings->monitor << "\n";
    out << "  PIN: " << (store.has_kiosk_pin() ? "set" : "not set") << "\n";
    const WorkshopState& state = store.state();
    const std::size_t drafts = store.kiosk_drafts().size();
    out << "  works: " << kiosk_works(state, settings->session_id, WorkStatus::shown).size() << " shown, "
        << kiosk_works(state, settings->session_id, WorkStatus::waiting).size() << " waiting, "
        << kiosk_works(state, settings->session_id, WorkStatus::hidden).size() << " hidden; "
        << drafts << (drafts == 1 ? " draft" : " drafts") << " left unfinished\n";
}

}  // namespace

void add_kiosk_commands(CommandLine& cli) {
    auto* kiosk = cli.group("kiosk", "set up this device as a children's exhibition kiosk");
    auto changes = std::make_shared<KioskChanges>();
    auto* set = cli.command(kiosk, "set", "set the kiosk's title, schools and classes, times and camera folder",
                            [changes](const auto& store, auto& out) { set_kiosk(store, *changes, out); });
    set->add_option("--title", changes->title, "the exhibition's title, shown above its works")->check(one_line_text());
    set->add_option("--school", changes->schools,
                    "a school and its classes, \"De Regenboog: 5A, 5B\" (repeat for each; replaces the list)")->check(one_line_text());
    set->add_option("--idle", changes->idle, "seconds untouched before \"are you still there?\" (15-3600)");
    set->add_option("--countdown", changes->countdown, "seconds that question counts down (5-120)");
    set->add_option("--slide", changes->slide, "seconds each work is shown in the loop (3-120)");
    set->add_option("--camera", changes->camera, "the folder where the kiosk's camera saves photos");
    set->add_option("--monitor", changes->monitor, "the monitor the kiosk fills (0: the primary one)");
    cli.command(kiosk, "pin", "set the facilitator's PIN (4-8 digits, read from the first input line)",
                [](const auto& store, auto& out) { set_kiosk_pin(store, std::cin, out); });
    cli.command(kiosk, "show", "show the kiosk's settings and how many works wait", show_kiosk);
}

}  // namespace oogst::cli
