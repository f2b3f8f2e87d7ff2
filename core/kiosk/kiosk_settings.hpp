#pragma once
// How one exhibition kiosk is set up: the exhibition's title over the loop, the schools
// and classes a child picks from (never typed), the idle times, where its camera saves
// photos, and the session its works go to. Kept on the device (Store::kiosk_settings),
// not as operations: a lock and its timings belong to one machine, and the facilitator
// sets them there (the kiosk's settings screen, behind the PIN) or with
// `oogst-cli kiosk set`.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/model/wire.hpp"

namespace oogst {

struct KioskSchool {
    std::string name;                  // "De Regenboog"
    std::vector<std::string> classes;  // "5A", "5B", "6"

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "kiosk school");
        wire::line(ar, name);
        std::uint32_t count = static_cast<std::uint32_t>(classes.size());
        ar(count);
        if constexpr (Archive::is_loading::value) classes.resize(wire::checked_count(count, 4));
        for (auto& name_of_class : classes) wire::line(ar, name_of_class);
    }
};

struct KioskSettings {
    std::string title;  // the exhibition's name, large over the loop
    std::vector<KioskSchool> schools;
    // Untouched this long in the middle of a work: "Ben je er nog?" with a countdown of
    // countdown_seconds; then the draft is put away and the loop comes back.
    std::uint32_t idle_seconds = 90;
    std::uint32_t countdown_seconds = 20;
    std::uint32_t slide_seconds = 8;   // each work in the loop
    std::string camera_folder;         // the kiosk camera's photos; empty: $OOGST_PHOTOS, else ~/Pictures
    std::uint32_t monitor = 0;         // which monitor the kiosk fills (0: the primary one)
    std::string session_id;            // the kiosk's session (ensure_kiosk_session)

    // The limits check() enforces, for the settings screen's steppers and the CLI's help.
    static constexpr std::uint32_t min_idle_seconds = 15, max_idle_seconds = 3600;
    static constexpr std::uint32_t min_countdown_seconds = 5, max_countdown_seconds = 120;
    static constexpr std::uint32_t min_slide_seconds = 3, max_slide_seconds = 120;

    const KioskSchool* school(const std::string& name) const;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "kiosk settings");
        wire::line(ar, title);
        wire::list(ar, schools, 8);
        ar(idle_seconds, countdown_seconds, slide_seconds);
        wire::line(ar, camera_folder);
        ar(monitor);
        wire::line(ar, session_id);
    }
};

// Why settings cannot work, as a value a screen can say in the person's language.
struct KioskSettingsProblem {
    enum class Kind {
        no_title,
        no_school,
        unnamed_school,
        school_twice,          // name: the school
        school_without_classes,  // name: the school
        unnamed_class,         // name: the school
        class_twice,           // name: the school, detail: the class
        idle_out_of_range,     // value, low, high
        countdown_out_of_range,
        slide_out_of_range,
    };
    Kind kind = Kind::no_title;
    std::string name, detail;
    std::uint32_t value = 0, low = 0, high = 0;
};

// The first problem, in the order the settings screen shows the fields; none when they
// can work.
std::optional<KioskSettingsProblem> find_kiosk_settings_problem(const KioskSettings& settings);
// The same as an English sentence (the command line, logs).
std::string kiosk_settings_sentence(const KioskSettingsProblem& problem);

// A UserError carrying the problem, so a screen can translate it.
class KioskSettingsError : public UserError {
public:
    explicit KioskSettingsError(KioskSettingsProblem problem)
        : UserError(kiosk_settings_sentence(problem)), problem_(std::move(problem)) {}
    const KioskSettingsProblem& problem() const { return problem_; }

private:
    KioskSettingsProblem problem_;
};

// Throws KioskSettingsError when the settings cannot work: no title, no school, a school
// without classes, a name twice, a time out of its limits.
void check_kiosk_settings(const KioskSettings& settings);

// Parses "De Regenboog: 5A, 5B, 6" (the command line's --school): UserError when empty.
KioskSchool parse_kiosk_school(const std::string& text);

}  // namespace oogst

CEREAL_CLASS_VERSION(oogst::KioskSchool, 1)
CEREAL_CLASS_VERSION(oogst::KioskSettings, 1)
