#include "core/kiosk/kiosk_settings.hpp"

#include <set>

#include "core/errors.hpp"
#include "core/model/plain_text.hpp"

namespace oogst {

const KioskSchool* KioskSettings::school(const std::string& name) const {
    for (const KioskSchool& candidate : schools)
        if (candidate.name == name) return &candidate;
    return nullptr;
}

std::optional<KioskSettingsProblem> find_kiosk_settings_problem(const KioskSettings& settings) {
    using Kind = KioskSettingsProblem::Kind;
    if (trimmed(settings.title).empty()) return KioskSettingsProblem{Kind::no_title};
    if (settings.schools.empty()) return KioskSettingsProblem{Kind::no_school};
    std::set<std::string> schools;
    for (const KioskSchool& school : settings.schools) {
        if (trimmed(school.name).empty()) return KioskSettingsProblem{Kind::unnamed_school};
        if (!schools.insert(school.name).second) return KioskSettingsProblem{Kind::school_twice, school.name};
        if (school.classes.empty()) return KioskSettingsProblem{Kind::school_without_classes, school.name};
        std::set<std::string> classes;
        for (const std::string& name : school.classes) {
            if (trimmed(name).empty()) return KioskSettingsProblem{Kind::unnamed_class, school.name};
            if (!classes.insert(name).second) return KioskSettingsProblem{Kind::class_twice, school.name, name};
        }
    }
    const struct {
        Kind kind;
        std::uint32_t value, low, high;
    } times[] = {
        {Kind::idle_out_of_range, settings.idle_seconds, KioskSettings::min_idle_seconds, KioskSettings::max_idle_seconds},
        {Kind::countdown_out_of_range, settings.countdown_seconds, KioskSettings::min_countdown_seconds,
         KioskSettings::max_countdown_seconds},
        {Kind::slide_out_of_range, settings.slide_seconds, KioskSettings::min_slide_seconds,
         KioskSettings::max_slide_seconds},
    };
    for (const auto& time : times)
        if (time.value < time.low || time.value > time.high)
            return KioskSettingsProblem{time.kind, {}, {}, time.value, time.low, time.high};
    return std::nullopt;
}

std::string kiosk_settings_sentence(const KioskSettingsProblem& problem) {
    using Kind = KioskSettingsProblem::Kind;
    const auto quoted = [](const std::string& text) { return "\"" + text + "\""; };
    const auto between = [&](const char* what) {
        return std::string(what) + " must be between " + std::to_string(problem.low) + " and " +
               std::to_string(problem.high) + " seconds (it is " + std::to_string(problem.value) + ")";
    };
    switch (problem.kind) {
        case Kind::no_title: return "the exhibition needs a title, shown above its works";
        case Kind::no_school: return "the kiosk needs at least one school with its classes, for the children to pick from";
        case Kind::unnamed_school: return "a school has no name";
        case Kind::school_twice: return "the school " + quoted(problem.name) + " is listed twice";
        case Kind::school_without_classes:
            return "the school " + quoted(problem.name) + " has no classes for the children to pick from";
        case Kind::unnamed_class: return "the school " + quoted(problem.name) + " has a class without a name";
        case Kind::class_twice:
            return "the school " + quoted(problem.name) + " lists the class " + quoted(problem.detail) + " twice";
        case Kind::idle_out_of_range: return between("the time before \"are you still there?\"");
        case Kind::countdown_out_of_range: return between("the countdown");
        case Kind::slide_out_of_range: return between("the time each work is shown in the loop");
    }
    return "the kiosk's settings cannot work";
}

void check_kiosk_settings(const KioskSettings& settings) {
    if (auto problem = find_kiosk_settings_problem(settings)) throw KioskSettingsError(std::move(*problem));
}

KioskSchool parse_kiosk_school(const std::string& text) {
    KioskSchool school;
    const auto colon = text.find(':');
    school.name = trimmed(text.substr(0, colon));
    if (colon != std::string::npos) {
        std::string rest = text.substr(colon + 1);
        std::size_t start = 0;
        while (start <= rest.size()) {
            const auto comma = rest.find(',', start);
            const std::string name(trimmed(rest.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
            if (!name.empty()) school.classes.push_back(name);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    if (school.name.empty())
        throw UserError("a school is written as \"Name: class, class\", for example \"De Regenboog: 5A, 5B\"");
    if (school.classes.empty())
        throw UserError("the school \"" + school.name + "\" needs its classes after a colon, for example \"" +
                        school.name + ": 5A, 5B\"");
    return school;
}

}  // namespace oogst
