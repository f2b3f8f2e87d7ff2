#include "core/roadmap/lab_cases.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/errors.hpp"
#include "core/table/scoring.hpp"

namespace oogst {

std::vector<RankedCase> ranked_cases(const WorkshopState& state) {
    const RoadmapState& roadmap = state.roadmap();
    std::vector<RankedCase> ranked;
    for (const InnovationCaseSet* item : roadmap.cases())
        ranked.push_back({item, count_evidence(state, roadmap.evidence(item->id)), roadmap.shortlisted(item->id)});
    std::sort(ranked.begin(), ranked.end(), [](const RankedCase& a, const RankedCase& b) {
        return std::tie(b.support.average, b.support.votes, a.item->title, a.item->id) <
               std::tie(a.support.average, a.support.votes, b.item->title, b.item->id);
    });
    return ranked;
}

std::vector<const SessionSet*> lab_tables_without_case(const WorkshopState& state) {
    std::set<std::string> worked_out;
    for (const InnovationCaseSet* item : state.roadmap().cases())
        if (!item->from_session.empty()) worked_out.insert(state.session_root(item->from_session));
    std::vector<const SessionSet*> tables;
    for (const SessionSet* session : state.sessions())
        if (session->method == lab_method && !worked_out.count(session->id)) tables.push_back(session);
    return tables;
}

std::string case_from_lab_table(RoadmapActions& roadmap, const WorkshopState& state, const TemplateLibrary& methods,
                                const std::string& session_id) {
    const SessionSet* table = state.session(state.session_root(session_id));
    if (!table || table->method != lab_method) throw RoadmapError(RoadmapProblem::gone);
    // The strongest note per board: the scored ranking first, then any note in the
    // order made (a board nobody scored still has a first step written on it).
    std::map<std::string, std::string> strongest;
    if (const MethodTemplate* method = methods.find(lab_method))
        for (const RankedCapture& line : ranked_captures(state, table->id, method->voting)) {
            const std::string& board = line.capture->placement.value().board;
            if (!line.capture->text.value().empty()) strongest.emplace(board, line.capture->text.value());
        }
    std::vector<std::string> evidence;
    for (const auto& [id, capture] : state.captures_of(table->id)) {
        if (capture->text.value().empty()) continue;
        strongest.emplace(capture->placement.value().board, capture->text.value());
        evidence.push_back(*id);
    }
    auto part = [&](const char* board) {
        const auto found = strongest.find(board);
        return found == strongest.end() ? std::string() : found->second;
    };
    CaseWords words{part("idee"), part("impact"), part("doelgroep"), part("eerste-stap"), part("trekker")};
    if (words.title.empty()) words.title = table->table_name;
    // A title is one line: the idea's first; the whole idea goes with the impact.
    if (const auto end = words.title.find('\n'); end != std::string::npos) words.title.resize(end);
    return roadmap.create_case(words, evidence, table->id);
}

}  // namespace oogst
