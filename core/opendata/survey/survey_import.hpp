#pragma once
// An online survey joins the harvest: its ideas become captures of their own session
// ("Online bevraging", method online-bevraging), so they are filed, piled, scored and
// published with the tables' notes (issue 17).
//
// Like a bundle, importing is idempotent: an idea's capture id and its session's id
// are derived from what the idea is (survey_ideas.hpp), so reading the same file again
// adds nothing, a changed file adds only its new ideas and its changed support, and two
// facilitators' laptops that import the same file agree. Every idea keeps its
// provenance (file and row) and never an author's name. Everything is read and checked
// before the first operation is stored: a bad file changes nothing.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/opendata/survey/survey_columns.hpp"
#include "core/opendata/survey/survey_ideas.hpp"
#include "core/opendata/survey/survey_table.hpp"

namespace oogst {

class Store;

struct SurveyImport {
    std::optional<SurveyFormat> format;  // none: recognised
    SurveyColumnChoice columns;
    std::string session_name;  // empty: "Online bevraging"
    // Called after each stored batch: ideas done, ideas in all (the desk's progress bar).
    std::function<void(std::size_t done, std::size_t total)> progress;
};

struct SurveyImportReport {
    std::string session_id, session_name;
    SurveyFormat format = SurveyFormat::csv;
    std::size_t rows = 0;           // under the header
    std::size_t added = 0;          // new ideas
    std::size_t already_there = 0;  // ideas an earlier import brought
    std::size_t blank = 0, withdrawn = 0;
    std::size_t votes_changed = 0;  // star votes added, changed or withdrawn
};

inline constexpr const char* default_survey_session = "Online bevraging";

// The workshop's languages, for Decidim's localised columns.
std::vector<std::string> survey_languages(const Store& store);

// Throws SurveyError, or StoreError when the store cannot write.
SurveyImportReport import_survey(Store& store, const SurveyTable& table, const SurveyImport& request);
SurveyImportReport import_survey(Store& store, const std::filesystem::path& file, const SurveyImport& request);

// The capture id an idea of a session has: the same on every laptop.
std::string survey_capture_id(const std::string& session_id, const SurveyIdea& idea);

}  // namespace oogst
