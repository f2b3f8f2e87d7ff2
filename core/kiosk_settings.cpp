#include "kiosk_settings.hpp"

#include <set>

#include "errors.hpp"

namespace oogst {
namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

void require_within(std::uint32_t value, std::uint32_t low, std::uint32_t high, const char* what) {
    if (value < low || value > high)
        throw UserError(std::string(what) + " must be between " + std::to_string(low) + " and " +
                        std::to_string(high) + " seconds (it is " + std::to_string(value) + ")");
}

}  // namespace

const KioskSchool* KioskSettings::school(const std::string& name) const {
    for (const KioskSchool& candidate : schools)
        if (candidate.name == name) return &candidate;
    return nullptr;
}

void check_kiosk_settings(const KioskSettings& settings) {
    if (trimmed(settings.title).empty()) throw UserError("the exhibition needs a title, shown above its works");
    if (settings.schools.empty())
        throw UserError("the kiosk needs at least one school with its classes, for the children to pick from");
    std::set<std::string> schools;
    for (const KioskSchool& school : settings.schools) {
        if (trimmed(school.name).empty()) throw UserError("a school has no name");
        if (!schools.insert(school.name).second)
            throw UserError("the school \"" + school.name + "\" is listed twice");
        if (school.classes.empty())
            throw UserError("the school \"" + school.name + "\" has no classes for the children to pick from");
        std::set<std::string> classes;
        for (const std::string& name : school.classes) {
            if (trimmed(name).empty()) throw UserError("the school \"" + school.name + "\" has a class without a name");
            if (!classes.insert(name).second)
                throw UserError("the school \"" + school.name + "\" lists the class \"" + name + "\" twice");
        }
    }
    require_within(settings.idle_seconds, KioskSettings::min_idle_seconds, KioskSettings::max_idle_seconds,
                   "the time before \"are you still there?\"");
    require_within(settings.countdown_seconds, KioskSettings::min_countdown_seconds,
                   KioskSettings::max_countdown_seconds, "the countdown");
    require_within(settings.slide_seconds, KioskSettings::min_slide_seconds, KioskSettings::max_slide_seconds,
                   "the time each work is shown in the loop");
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
            const std::string name = trimmed(rest.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
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
