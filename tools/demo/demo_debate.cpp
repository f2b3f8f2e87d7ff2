#include "tools/demo/demo_debate.hpp"

#include <array>
#include <random>

#include "core/errors.hpp"
#include "core/model/new_capture.hpp"
#include "core/roadmap/debate_tables.hpp"
#include "core/sense/theme_filing.hpp"
#include "core/sense/theme_profile.hpp"
#include "core/sense/wall_piles.hpp"

namespace oogst {
namespace {

// What debate tables propose, in the debate's own words; the owners the city names.
constexpr std::array proposals = {
    "Een boom voor elk kind dat geboren wordt\nPlanten met de buurt, elk voorjaar",
    "Buurtbudget van 5.000 euro per wijk\nDe buurt kiest zelf waar het naartoe gaat",
    "Schoolstraten aan elke basisschool",
    "Een ontmoetingsplek in elke deelgemeente, open tot 22 uur",
    "Fietsstraten tussen de deelgemeenten en het centrum",
    "Zomerbar aan de Mandel met lokale muzikanten",
    "Jongeren beheren zelf een leegstaand pand",
    "Speelweefsel: veilige routes van huis naar park",
    "Gratis cultuurpas voor wie het moeilijk heeft",
    "Repaircafé en deelbib in de bibliotheek",
    "Stadsmoestuin op het oude fabrieksterrein",
    "Wekelijkse buurtmarkt met lokale boeren",
};
constexpr std::array owners = {"Dienst Groen", "Dienst Participatie", "Dienst Mobiliteit", "Dienst Cultuur",
                               "Dienst Jeugd", "OCMW Roeselare", "Dienst Economie"};
constexpr std::array first_actions = {
    "Straten kiezen met de wijkraden", "Budget vastleggen in de begroting", "Proefproject in Rumbeke",
    "Partners samenbrengen op een werkavond", "Bewoners bevragen op de markt", "Locatie zoeken en huren",
};

}  // namespace

DebateSummary fill_demo_debate(Store& store, const TemplateLibrary& methods, std::uint64_t seed) {
    const WorkshopState& state = store.state();
    if (state.themes().empty()) throw UserError("the workshop has no keys yet: make them first ('oogst-cli key new')");
    std::mt19937_64 random(seed);
    UndoHistory history;
    RoadmapActions roadmap(store, history);
    DebateSummary summary;
    const ThemeFiling filing = theme_filing(state);
    const auto piles = wall_piles(state);
    std::vector<std::string> keys;
    for (const ThemeRecord* theme : state.themes()) keys.push_back(theme->details.value().id);
    std::size_t next = 0;
    for (const std::string& key : keys) {
        const ThemeProfile profile = theme_profile(store.state(), filing, piles, key);
        const std::string name = "Debattafel " + store.state().theme(key)->details.value().name;
        const std::string table = plan_debate_table(store, methods, profile, key, name);
        ++summary.tables;
        // Two or three proposals per table, each scored by the six people at it.
        const int count = 2 + static_cast<int>(random() % 2);
        std::vector<std::string> made;
        for (int p = 0; p < count; ++p) {
            CaptureAdded proposal = new_capture(table, CaptureKind::text, debate_proposals_board);
            proposal.text = proposals[next++ % proposals.size()];
            proposal.author_label = name;
            proposal.x = 0.1f + 0.3f * static_cast<float>(p);
            proposal.y = 0.2f;
            proposal.consent = consent::exhibit | consent::publish;
            store.batch([&] {
                store.record(proposal);
                for (int voter = 0; voter < 6; ++voter)
                    store.record(VoteCast{proposal.id, "debat-" + std::to_string(voter),
                                          static_cast<std::uint8_t>(2 + random() % 4)});
            });
            made.push_back(proposal.id);
            ++summary.proposals;
        }
        // The table's strongest proposal becomes an initiative with an owner, a horizon
        // and its first actions.
        const auto ranked = debate_proposals(store.state(), key);
        if (ranked.empty()) continue;
        const std::string initiative = promote_proposal(roadmap, store.state(), ranked.front().capture_id);
        const InitiativeSet set = *store.state().roadmap().initiative(initiative);
        InitiativeWords words{set.theme_id, set.title, set.description, owners[random() % owners.size()], false,
                              {"Buurtwerk Roeselare"}, static_cast<std::uint16_t>(2027 + random() % 4),
                              InitiativeStatus::planned};
        roadmap.edit_initiative(initiative, words);
        ++summary.initiatives;
        for (int a = 0; a < 2; ++a) {
            const int month = 1 + static_cast<int>(random() % 12);
            roadmap.create_action({initiative, first_actions[random() % first_actions.size()], words.owner,
                                   "2027-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-01"});
            ++summary.actions;
        }
    }
    return summary;
}

}  // namespace oogst
