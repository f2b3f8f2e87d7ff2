// Days and start times as planners write them.
#include "core/prepare/plan_time.hpp"

#include <gtest/gtest.h>

#include "core/prepare/plan_problem.hpp"

namespace oogst {
namespace {

TEST(PlanTime, DaysAreRealCalendarDays) {
    EXPECT_EQ(parse_day(" 2026-12-04 "), "2026-12-04");
    EXPECT_EQ(parse_day("2028-02-29"), "2028-02-29");
    EXPECT_FALSE(parse_day("2026-02-29"));
    EXPECT_FALSE(parse_day("04/12/2026"));
    EXPECT_FALSE(parse_day("2026-13-01"));
    EXPECT_EQ(parse_days("2026-12-11, 2026-12-04;2026-12-11"), (std::vector<std::string>{"2026-12-04", "2026-12-11"}));
    EXPECT_THROW(parse_days("2026-12-04, morgen"), PlanError);
}

TEST(PlanTime, AStartIsATimeOnTheFirstDayOrADayAndATime) {
    const std::vector<std::string> days{"2026-12-04", "2026-12-11"};
    const auto evening = parse_start("19:30", days);
    EXPECT_EQ(start_text(evening), "2026-12-04 19:30");
    EXPECT_EQ(parse_start("2026-12-04 19:30", {}), evening);
    EXPECT_EQ(parse_start("2026-12-04T19:30:00", {}), evening);
    EXPECT_EQ(parse_start("9:05", days), parse_start("2026-12-04 09:05", {}));
    EXPECT_EQ(start_text_on(evening, "2026-12-04"), "19:30");
    EXPECT_EQ(start_text_on(parse_start("2026-12-11 19:30", {}), "2026-12-04"), "2026-12-11 19:30");
    EXPECT_EQ(parse_start("  ", days), 0);
    EXPECT_EQ(start_text(0), "");
}

TEST(PlanTime, WhatIsNotAStartSaysWhy) {
    const auto kind = [](const std::string& text, const std::vector<std::string>& days) {
        try {
            parse_start(text, days);
        } catch (const PlanError& error) {
            EXPECT_EQ(error.problem().value, text);
            return error.problem().kind;
        }
        ADD_FAILURE() << text << " was taken";
        return PlanProblem::Kind::no_workshop;
    };
    EXPECT_EQ(kind("19u30", {"2026-12-04"}), PlanProblem::Kind::bad_start);
    EXPECT_EQ(kind("25:00", {"2026-12-04"}), PlanProblem::Kind::bad_start);
    EXPECT_EQ(kind("2026-12-32 19:30", {}), PlanProblem::Kind::bad_start);
    EXPECT_EQ(kind("19:30", {}), PlanProblem::Kind::no_workshop_date);
}

}  // namespace
}  // namespace oogst
