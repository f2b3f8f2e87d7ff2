#pragma once
// Days and start times as planners write them: "2026-12-04", "19:30" (on the workshop's
// first day) or "2026-12-04 19:30", in this machine's local time, as the tables keep it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace oogst {

// "2026-12-04" when text is a real day in that form (surrounding spaces allowed).
std::optional<std::string> parse_day(std::string_view text);

// Days separated by commas, spaces or semicolons: PlanError bad_date naming the first
// that is not a day. Sorted, each once.
std::vector<std::string> parse_days(std::string_view text);

// A start time in milliseconds since 1970; an empty text is 0 (not said). "19:30" is on
// workshop_days' first day. PlanError bad_start or no_workshop_date otherwise.
std::int64_t parse_start(std::string_view text, const std::vector<std::string>& workshop_days);

// "2026-12-04 19:30" (local time), or "" for 0: what parse_start reads back.
std::string start_text(std::int64_t ms);
// "19:30" alone when the start is on day, else start_text.
std::string start_text_on(std::int64_t ms, const std::string& day);

}  // namespace oogst
