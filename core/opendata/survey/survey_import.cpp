#include "core/opendata/survey/survey_import.hpp"

#include <algorithm>
#include <set>

#include "core/model/ids.hpp"
#include "core/model/new_capture.hpp"
#include "core/opendata/survey/survey_fields.hpp"
#include "core/opendata/survey/survey_problem.hpp"
#include "core/prepare/plan_problem.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/workshop_setup.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

constexpr std::size_t ideas_per_batch = 500;

std::string derived_id(const std::string& what) { return content_hash(what).substr(0, 32); }

// The workshop's survey session of that name: the one planned or imported before, else
// a new one whose id every laptop derives alike.
SessionSet survey_session(const WorkshopState& state, const std::string& name, bool& fresh) {
    for (const SessionSet* session : state.sessions())
        if (session->method == survey_method && name_key(session->table_name) == name_key(name)) {
            fresh = false;
            return *session;
        }
    fresh = true;
    SessionSet session;
    session.id = derived_id("survey-session\n" + state.workshop().id + "\n" + name_key(name));
    session.method = survey_method;
    session.table_name = name;
    session.place = "Online";
    return session;
}

CaptureAdded capture_of(const SurveyIdea& idea, const std::string& session_id, const std::string& file_name,
                        std::size_t order) {
    CaptureAdded capture = new_capture(session_id, CaptureKind::text, survey_board);
    capture.id = survey_capture_id(session_id, idea);
    // The title heads the text, as the idea was read online; the field keeps it apart
    // for the exports that want it so (Decidim's title and body).
    capture.text = idea.title.empty() ? idea.text : idea.text.empty() ? idea.title : idea.title + "\n" + idea.text;
    capture.x = static_cast<float>(order);  // the file's order on the board
    const auto field = [&capture](const char* id, const std::string& value) {
        if (!value.empty()) capture.fields.push_back({id, value});
    };
    field(survey_field::title, idea.title);
    field(survey_field::group, idea.group);
    field(survey_field::date, idea.date);
    field(survey_field::category, idea.category);
    field(survey_field::source, file_name + "#" + std::to_string(idea.row));
    field(survey_field::platform_id, idea.platform_id);
    return capture;
}

// The votes that make the capture's support what the file says now: new ones, changed
// ones, and a 0 that withdraws a vote the file no longer counts.
std::vector<VoteCast> votes_to_record(const CaptureRecord* capture, const std::string& capture_id,
                                      const std::map<std::string, int>& wanted) {
    std::vector<VoteCast> votes;
    for (const auto& [token, stars] : wanted) {
        int now = 0;
        if (capture)
            if (const auto found = capture->votes.find(token); found != capture->votes.end()) now = found->second.value();
        if (now != stars) votes.push_back(VoteCast{capture_id, token, static_cast<std::uint8_t>(stars)});
    }
    if (capture)
        for (const auto& [token, vote] : capture->votes) {
            const bool ours = token.rfind("online-", 0) == 0 || token.rfind("polis-", 0) == 0;
            if (ours && vote.value() != 0 && !wanted.count(token)) votes.push_back(VoteCast{capture_id, token, 0});
        }
    return votes;
}

}  // namespace

std::string survey_capture_id(const std::string& session_id, const SurveyIdea& idea) {
    return derived_id("survey-idea\n" + session_id + "\n" + idea.key);
}

std::vector<std::string> survey_languages(const Store& store) {
    std::vector<std::string> languages;
    if (store.state().has_workshop()) languages = store.state().workshop().languages;
    if (languages.empty()) languages.push_back("nl");
    return languages;
}

SurveyImportReport import_survey(Store& store, const SurveyTable& table, const SurveyImport& request) {
    try {
        workshop_to_prepare(store);
    } catch (const PlanError&) {
        throw SurveyError(SurveyProblem{.kind = SurveyProblem::Kind::no_workshop});
    }
    const SurveyColumns columns = survey_columns(table, request.columns, survey_languages(store));
    const SurveyIdeas read = survey_ideas(table, columns);

    SurveyImportReport report;
    report.format = table.format;
    report.rows = table.rows.size();
    report.blank = read.blank;
    report.withdrawn = read.withdrawn;
    const std::string name = trim(request.session_name).empty() ? default_survey_session : trim(request.session_name);
    bool fresh = false;
    const SessionSet session = survey_session(store.state(), name, fresh);
    report.session_id = session.id;
    report.session_name = session.table_name;
    if (fresh) store.record(session);

    // Batches of a few hundred ideas: a large survey shows its progress, and an import cut
    // short (a full disk) is finished by importing the file again.
    std::set<std::string> done;  // a platform's id twice in one file is one idea
    for (std::size_t first = 0; first < read.ideas.size(); first += ideas_per_batch) {
        const std::size_t last = std::min(read.ideas.size(), first + ideas_per_batch);
        store.batch([&] {
            for (std::size_t i = first; i < last; ++i) {
                const SurveyIdea& idea = read.ideas[i];
                const std::string id = survey_capture_id(session.id, idea);
                if (!done.insert(id).second) continue;
                const CaptureRecord* capture = store.state().capture(id);
                if (capture) {
                    ++report.already_there;
                } else {
                    store.record(capture_of(idea, session.id, table.file_name, i));
                    ++report.added;
                }
                for (const VoteCast& vote : votes_to_record(capture, id, idea.votes)) {
                    store.record(vote);
                    ++report.votes_changed;
                }
            }
        });
        if (request.progress) request.progress(last, read.ideas.size());
    }
    return report;
}

SurveyImportReport import_survey(Store& store, const std::filesystem::path& file, const SurveyImport& request) {
    return import_survey(store, read_survey_table(file, request.format), request);
}

}  // namespace oogst
