#pragma once
// What the desk's Open data screen (issue 17) remembers between frames: the survey file
// found and chosen, its table read once, the column chosen for each part of an idea, the
// import running on its own thread and what the last one did.
#include <array>
#include <map>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/harvest/harvest_job.hpp"
#include "core/opendata/open_data_export.hpp"
#include "core/opendata/survey/survey_import.hpp"
#include "core/opendata/survey/survey_problem.hpp"

namespace oogst::app {

// The parts of an idea a column can hold, in the order the mapping lists them.
enum class SurveyRole { text, title, score, agree, disagree, date, group };
inline constexpr std::size_t survey_role_count = 7;

struct SurveyFileFound {
    std::filesystem::path file;
    std::string place;  // "KINGSTON", "Downloads": where the desk found it
};

struct SurveyImportState {
    std::vector<SurveyFileFound> files;
    double listed_at = -1;  // the UI clock's time of the last look for files

    std::filesystem::path chosen;             // the file being mapped; empty: none
    std::shared_ptr<const SurveyTable> table; // its header and rows, read once when chosen
    std::array<int, survey_role_count> columns{};  // per role the column, -1: none
    std::optional<SurveyProblem> problem;     // why it cannot be read or imported

    HarvestJob job;                                // the import, on a thread of its own
    std::shared_ptr<SurveyImportReport> running;   // what the job fills in
    std::optional<SurveyImportReport> done;        // what the last import did
};

struct ExportState {
    ExportRequest request;
    std::map<std::string, std::string> taxonomy_typed;  // by key id: the Decidim taxonomy id typed
    std::string scope_typed;
    std::size_t place = 0;          // 0: beside the store; n: the desk's stick n-1
    int write_countdown = 0;        // frames until the write: "Writing…" is shown for one first
    std::filesystem::path written;  // the last file or folder written
    std::string problem;            // why the last write failed, in the person's words
};

struct OpenDataState {
    SurveyImportState import;
    ExportState exporting;
};

}  // namespace oogst::app
