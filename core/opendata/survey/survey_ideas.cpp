#include "core/opendata/survey/survey_ideas.hpp"

#include <cmath>
#include <cstdlib>

#include "core/opendata/survey/survey_problem.hpp"
#include "core/prepare/plan_text.hpp"

namespace oogst {
namespace {

using SurveyKind = SurveyProblem::Kind;

std::string cell(const SheetRow& row, const std::optional<std::size_t>& column) {
    return column && *column < row.cells.size() ? trim(row.cells[*column]) : std::string();
}

// "4", "4.2" or "4,2" as a number; none when it is not one.
std::optional<double> number_in(std::string text) {
    for (char& c : text)
        if (c == ',') c = '.';
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (*end != '\0' || !std::isfinite(value)) return std::nullopt;
    return value;
}

int stars_in(const std::string& text, std::size_t row) {
    const auto value = number_in(text);
    if (!value || *value < 0.5 || *value > 5.0)
        throw SurveyError(SurveyProblem{.kind = SurveyKind::bad_score, .value = text, .row = row});
    return static_cast<int>(std::lround(*value));
}

int count_in(const std::string& text, std::size_t row) {
    if (text.empty()) return 0;
    const auto value = number_in(text);
    if (!value || *value < 0 || *value > max_survey_count || std::floor(*value) != *value)
        throw SurveyError(SurveyProblem{.kind = SurveyKind::bad_count, .value = text, .row = row});
    return static_cast<int>(*value);
}

bool taken_back(const SurveyTable& table, const std::string& mark) {
    if (table.format == SurveyFormat::polis) return mark == "-1";
    if (table.format == SurveyFormat::decidim) return mark == "true" || mark == "withdrawn";
    return false;
}

void add_counts(SurveyIdea& idea, int agrees, int disagrees) {
    for (int n = 1; n <= agrees; ++n) idea.votes["online-voor-" + std::to_string(n)] = 5;
    for (int n = 1; n <= disagrees; ++n) idea.votes["online-tegen-" + std::to_string(n)] = 1;
}

// Pol.is's votes.csv: each voter's vote on each comment, the latest counting.
void add_polis_votes(const SurveyTable& table, std::map<std::string, SurveyIdea*>& by_comment) {
    std::optional<std::size_t> comment, voter, vote;
    for (std::size_t i = 0; i < table.votes_header.size(); ++i) {
        const std::string name = name_key(table.votes_header[i]);
        if (name == "comment-id") comment = i;
        else if (name == "voter-id") voter = i;
        else if (name == "vote") vote = i;
    }
    if (!comment || !voter || !vote) return;
    for (const SheetRow& row : table.votes) {
        const auto found = by_comment.find(cell(row, comment));
        if (found == by_comment.end()) continue;  // a hidden comment's votes
        const std::string given = cell(row, vote);
        const int stars = given == "1" ? 5 : given == "-1" ? 1 : given == "0" ? 3 : 0;
        if (stars == 0) continue;
        found->second->votes["polis-" + cell(row, voter)] = stars;
    }
}

}  // namespace

std::string plain_text(std::string_view html) {
    std::string text;
    bool in_tag = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (in_tag) {
            if (c == '>') in_tag = false;
            continue;
        }
        if (c == '<') {
            // A paragraph or a line break ends a line; other tags (<strong>) leave none.
            const std::string_view tag = html.substr(i + 1, 3);
            if ((tag.rfind("/p", 0) == 0 || tag.rfind("br", 0) == 0 || tag.rfind("/li", 0) == 0) && !text.empty() &&
                text.back() != '\n')
                text += '\n';
            in_tag = true;
            continue;
        }
        if (c == '&') {
            static const std::pair<std::string_view, std::string_view> entities[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&nbsp;", " "}, {"&apos;", "'"}};
            bool replaced = false;
            for (const auto& [entity, character] : entities)
                if (html.substr(i, entity.size()) == entity) {
                    text += character;
                    i += entity.size() - 1;
                    replaced = true;
                    break;
                }
            if (replaced) continue;
        }
        text += c;
    }
    return trim(text);
}

SurveyIdeas survey_ideas(const SurveyTable& table, const SurveyColumns& columns) {
    SurveyIdeas result;
    const bool html = table.format == SurveyFormat::decidim;
    std::map<std::string, int> seen_words;  // the same words twice in one file are two ideas
    for (const SheetRow& row : table.rows) {
        SurveyIdea idea;
        idea.row = row.row;
        idea.text = html ? plain_text(cell(row, columns.text)) : cell(row, columns.text);
        idea.title = html ? plain_text(cell(row, columns.title)) : cell(row, columns.title);
        if (idea.text.empty() && idea.title.empty()) {
            ++result.blank;
            continue;
        }
        if (taken_back(table, cell(row, columns.withdrawn))) {
            ++result.withdrawn;
            continue;
        }
        idea.group = cell(row, columns.group);
        idea.date = cell(row, columns.date);
        idea.category = cell(row, columns.category);
        const std::string id = cell(row, columns.id);
        if (!id.empty()) {
            const char* platform = table.format == SurveyFormat::decidim ? "decidim:"
                                   : table.format == SurveyFormat::polis ? "polis:"
                                                                         : "id:";
            idea.platform_id = platform + id;
            idea.key = idea.platform_id;
        } else {
            const std::string words = name_key(idea.title) + "\n" + name_key(idea.text);
            idea.key = "words:" + words + "#" + std::to_string(++seen_words[words]);
        }
        const std::string score = cell(row, columns.score);
        if (!score.empty()) idea.votes["online-score"] = stars_in(score, row.row);
        add_counts(idea, count_in(cell(row, columns.agree), row.row), count_in(cell(row, columns.disagree), row.row));
        result.ideas.push_back(std::move(idea));
    }
    if (table.format == SurveyFormat::polis && !table.votes.empty()) {
        std::map<std::string, SurveyIdea*> by_comment;
        for (SurveyIdea& idea : result.ideas) {
            // Each voter's own vote replaces the counts of comments.csv: both say the same.
            idea.votes.clear();
            if (!idea.platform_id.empty()) by_comment[idea.platform_id.substr(std::string_view("polis:").size())] = &idea;
        }
        add_polis_votes(table, by_comment);
    }
    if (result.ideas.empty() && result.withdrawn == 0) throw SurveyError(SurveyProblem{.kind = SurveyKind::no_ideas});
    return result;
}

}  // namespace oogst
