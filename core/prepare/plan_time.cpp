#include "core/prepare/plan_time.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/model/plain_text.hpp"
#include "core/prepare/plan_problem.hpp"

namespace oogst {
namespace {

// Exactly count digits.
std::optional<int> digits(std::string_view text, std::size_t count) {
    if (text.size() != count) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

struct Day {
    int year, month, day;
};

std::optional<Day> plan_day(std::string_view text) {
    text = trimmed(text);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto year = digits(text.substr(0, 4), 4), month = digits(text.substr(5, 2), 2), day = digits(text.substr(8, 2), 2);
    if (!year || !month || !day || *year < 1970 || *month < 1 || *month > 12 || *day < 1) return std::nullopt;
    static constexpr int days_in[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (*year % 4 == 0 && *year % 100 != 0) || *year % 400 == 0;
    if (*day > days_in[*month - 1] + (*month == 2 && leap ? 1 : 0)) return std::nullopt;
    return Day{*year, *month, *day};
}

// "19:30" or "9:30".
std::optional<std::pair<int, int>> time_of(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const auto hour = digits(text.substr(0, colon), colon == 1 ? 1 : 2);
    const auto minute = digits(text.substr(colon + 1), 2);
    if (!hour || !minute || *hour > 23 || *minute > 59) return std::nullopt;
    return std::pair{*hour, *minute};
}

std::int64_t local_ms(const Day& day, int hour, int minute) {
    std::tm tm{};
    tm.tm_year = day.year - 1900;
    tm.tm_mon = day.month - 1;
    tm.tm_mday = day.day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_isdst = -1;  // as the clock on the wall shows it that day
    return static_cast<std::int64_t>(std::mktime(&tm)) * 1000;
}

}  // namespace

std::optional<std::string> parse_day(std::string_view text) {
    const auto day = plan_day(text);
    if (!day) return std::nullopt;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", day->year, day->month, day->day);
    return std::string(buffer);
}

std::vector<std::string> parse_days(std::string_view text) {
    std::vector<std::string> days;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find_first_of(", ;\t\n", start), text.size());
        const auto word = text.substr(start, end - start);
        if (!word.empty()) {
            const auto day = parse_day(word);
            if (!day) throw PlanError(PlanProblem{.kind = PlanProblem::Kind::bad_date, .value = std::string(word)});
            days.push_back(*day);
        }
        start = end + 1;
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

std::int64_t parse_start(std::string_view text, const std::vector<std::string>& workshop_days) {
    text = trimmed(text);
    if (text.empty()) return 0;
    const auto bad = [&] { return PlanError(PlanProblem{.kind = PlanProblem::Kind::bad_start, .value = std::string(text)}); };
    if (const auto time = time_of(text)) {
        if (workshop_days.empty())
            throw PlanError(PlanProblem{.kind = PlanProblem::Kind::no_workshop_date, .value = std::string(text)});
        const auto day = plan_day(workshop_days.front());
        if (!day) throw bad();
        return local_ms(*day, time->first, time->second);
    }
    // "2026-12-04 19:30", or with a T between, as some spreadsheets export it.
    if (text.size() < 15 || (text[10] != ' ' && text[10] != 'T')) throw bad();
    const auto day = plan_day(text.substr(0, 10));
    auto clock = trimmed(text.substr(11));
    if (clock.size() == 8 && clock.substr(5) == ":00") clock = clock.substr(0, 5);  // seconds, always :00 in a plan
    const auto time = time_of(clock);
    if (!day || !time) throw bad();
    return local_ms(*day, time->first, time->second);
}

std::string start_text(std::int64_t ms) {
    if (ms == 0) return "";
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    localtime_r(&seconds, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &tm);
    return buffer;
}

std::string start_text_on(std::int64_t ms, const std::string& day) {
    std::string text = start_text(ms);
    if (!day.empty() && text.size() == 16 && text.compare(0, 10, day) == 0) return text.substr(11);
    return text;
}

}  // namespace oogst
