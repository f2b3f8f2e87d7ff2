// libFuzzer target for the online survey's readers (issue 17): whatever bytes a
// downloaded export holds (CSV in any encoding, an Excel workbook, Decidim's JSON),
// reading it and turning its rows into ideas must end in ideas or a SurveyError (one
// sentence for the facilitator), never in a crash, a leak, undefined behaviour, a huge
// allocation or an exception of another type. The first byte picks the format the
// facilitator would have asked for, so every reader's checks are reached.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/opendata/survey/survey_columns.hpp"
#include "core/opendata/survey/survey_ideas.hpp"
#include "core/opendata/survey/survey_problem.hpp"
#include "core/opendata/survey/survey_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oogst;
    if (size == 0) return 0;
    const std::optional<SurveyFormat> formats[] = {std::nullopt, SurveyFormat::csv, SurveyFormat::xlsx,
                                                   SurveyFormat::decidim, SurveyFormat::polis};
    const std::optional<SurveyFormat> format = formats[data[0] % 5];
    const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        const SurveyTable table = survey_table_of("fuzz.csv", bytes, format);
        SurveyColumnChoice choice;
        if (data[0] & 0x80) choice.score = "2";  // a mapped column, as the desk names it
        const SurveyIdeas ideas = survey_ideas(table, survey_columns(table, choice, {"nl", "fr"}));
        (void)ideas;
    } catch (const SurveyError&) {
        // A clear refusal is the right end for bad bytes.
    }
    return 0;
}
