#include "tools/demo/demo_lab.hpp"

#include <algorithm>
#include <array>
#include <random>

#include "core/model/new_capture.hpp"
#include "core/prepare/session_plan.hpp"
#include "core/roadmap/lab_cases.hpp"

namespace oogst {
namespace {

// One believable case per table: its title and idea, impact, target group, first
// step and owner, as civil servants write them on the boards.
struct LabCase {
    const char* idea;
    const char* impact;
    const char* group;
    const char* step;
    const char* owner;
};
constexpr std::array cases = {
    LabCase{"Buurtbudget: de wijk beslist", "Inwoners voelen zich eigenaar van hun buurt", "Bewoners van de deelgemeenten",
            "Proefwijk Rumbeke kiezen en 20.000 euro vrijmaken", "Dienst Participatie"},
    LabCase{"Eén loket voor alle premies", "Minder mensen missen waar ze recht op hebben", "Gezinnen met een laag inkomen",
            "Alle premies op één lijst zetten", "Dienst Burgerzaken"},
    LabCase{"Schoolstraten in elke wijk", "Kinderen fietsen veilig naar school", "Basisschoolkinderen en hun ouders",
            "Drie scholen vragen welke straat", "Dienst Mobiliteit"},
    LabCase{"Leegstand wordt broedplaats", "Jonge ondernemers en kunstenaars vinden een plek", "Starters en jongeren",
            "Leegstaande panden in kaart brengen", "Dienst Economie"},
    LabCase{"Buddy's voor eenzame ouderen", "Minder ouderen zijn eenzaam", "Alleenwonende 75-plussers",
            "Vrijwilligers werven via de verenigingen", "OCMW Roeselare"},
    LabCase{"De Mandel als groene long", "Meer groen en koelte in de binnenstad", "Alle inwoners en bezoekers",
            "Studie naar het openleggen van de Mandel", "Dienst Groen"},
    LabCase{"Digitale hulp in de bib", "Niemand valt uit de boot door het digitale loket", "Senioren en nieuwkomers",
            "Elke dinsdag een digi-spreekuur", "Bibliotheek De Spil"},
    LabCase{"Cultuur op verplaatsing", "Cultuur bereikt ook wie niet naar het centrum komt", "Bewoners van de randwijken",
            "Een zomertournee langs vijf pleinen", "Dienst Cultuur"},
};
constexpr std::array boards = {"idee", "impact", "doelgroep", "eerste-stap", "trekker"};
// A second, weaker note per board, so the strongest is chosen, not the only one.
constexpr std::array second_thoughts = {"Een app voor iedereen", "Meer tevreden inwoners", "Iedereen",
                                        "Eerst een werkgroep oprichten", "Het schepencollege"};

// The management team's day beside the lab: a SWOT+ table and a mission-vision-values
// table, with the phrases they wrote and the dots they spread.
struct Phrase {
    const char* board;
    const char* text;
    int dots;
};
constexpr std::array swot_phrases = {
    Phrase{"sterktes", "Sterk verenigingsleven in elke deelgemeente", 9},
    Phrase{"sterktes", "Korte lijnen tussen diensten en inwoners", 6},
    Phrase{"sterktes", "Gezonde financiën", 3},
    Phrase{"zwaktes", "Diensten werken naast elkaar in plaats van samen", 8},
    Phrase{"zwaktes", "Weinig jongeren bereikt", 5},
    Phrase{"kansen", "Leegstaande panden in het centrum", 7},
    Phrase{"kansen", "Bovenlokale samenwerking rond zorg", 4},
    Phrase{"bedreigingen", "Vergrijzing en eenzaamheid", 8},
    Phrase{"bedreigingen", "Stijgende energieprijzen", 5},
    Phrase{"toekomstbeeld", "Een stad waar elke buurt zelf mee beslist", 10},
    Phrase{"toekomstbeeld", "Een groene binnenstad rond de Mandel", 6},
};
constexpr std::array mission_phrases = {
    Phrase{"missie", "Samen met inwoners en partners maken we Roeselare elke dag beter", 9},
    Phrase{"missie", "We zijn er voor iedereen die in Roeselare woont of werkt", 5},
    Phrase{"visie", "In 2030 is Roeselare een stad van buurten die zelf beslissen", 8},
    Phrase{"visie", "Een groene, bereikbare centrumstad", 6},
    Phrase{"waarden", "Nabij", 9},
    Phrase{"waarden", "Eerlijk en open", 7},
    Phrase{"waarden", "Samen", 6},
    Phrase{"transities", "Van loket naar netwerk", 8},
    Phrase{"transities", "Van aanbod naar vraag van de inwoner", 6},
};

template <std::size_t N>
int fill_table(Store& store, const TemplateLibrary& methods, const char* method, const char* name,
               const std::array<Phrase, N>& phrases) {
    SessionPlan plan;
    plan.table_name = name;
    plan.method = method;
    plan.participants = 8;
    const std::string table = add_session(store, plan, methods);
    store.batch([&] {
        float x = 0.1f;
        for (const Phrase& phrase : phrases) {
            CaptureAdded note = new_capture(table, CaptureKind::text, phrase.board);
            note.text = phrase.text;
            note.author_label = name;
            note.x = x, x += 0.05f;
            note.y = 0.3f;
            note.consent = consent::exhibit | consent::publish;
            store.record(note);
            // The dots, spread by as many people as the dots allow, one or two each.
            for (int given = 0, voter = 0; given < phrase.dots; ++voter) {
                const int dots = std::min(2, phrase.dots - given);
                store.record(VoteCast{note.id, "mt-" + std::to_string(voter), static_cast<std::uint8_t>(dots)});
                given += dots;
            }
        }
    });
    return static_cast<int>(phrases.size());
}

}  // namespace

LabSummary fill_demo_lab(Store& store, const TemplateLibrary& methods, int tables, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    LabSummary summary;
    UndoHistory history;
    RoadmapActions roadmap(store, history);
    for (int t = 0; t < tables; ++t) {
        const LabCase& lab = cases[static_cast<std::size_t>(t) % cases.size()];
        SessionPlan plan;
        plan.table_name = "Labtafel " + std::to_string(t + 1);
        plan.method = lab_method;
        plan.participants = 5;
        const std::string table = add_session(store, plan, methods);
        ++summary.tables;
        const std::array<const char*, 5> parts = {lab.idea, lab.impact, lab.group, lab.step, lab.owner};
        store.batch([&] {
            for (std::size_t b = 0; b < boards.size(); ++b)
                for (int version = 0; version < 2; ++version) {
                    CaptureAdded note = new_capture(table, CaptureKind::text, boards[b]);
                    note.text = version == 0 ? parts[b] : second_thoughts[b];
                    note.author_label = plan.table_name;
                    note.x = 0.1f + 0.4f * static_cast<float>(version);
                    note.y = 0.2f;
                    note.consent = consent::exhibit | consent::publish;
                    store.record(note);
                    ++summary.notes;
                    // The five at the table give stars; the first idea tends to win.
                    for (int voter = 0; voter < 5; ++voter)
                        store.record(VoteCast{note.id, "lab-" + std::to_string(voter),
                                              static_cast<std::uint8_t>(version == 0 ? 3 + random() % 3 : 1 + random() % 3)});
                }
        });
    }
    for (const SessionSet* table : lab_tables_without_case(store.state())) {
        case_from_lab_table(roadmap, store.state(), methods, table->id);
        ++summary.cases;
    }
    const auto ranked = ranked_cases(store.state());
    for (std::size_t i = 0; i < ranked.size() && i < shortlist_fewest; ++i) {
        roadmap.shortlist(ranked[i].item->id, true);
        ++summary.shortlisted;
    }
    summary.notes += fill_table(store, methods, "swot-plus", "Managementteam: SWOT+", swot_phrases);
    summary.notes += fill_table(store, methods, "missie-visie-waarden", "Managementteam: missie en visie", mission_phrases);
    // The buurtbudget's canvas, in part: what a facilitator fills in first.
    const auto budget = std::find_if(ranked.begin(), ranked.end(), [](const RankedCase& item) {
        return item.item->title.rfind("Buurtbudget", 0) == 0;
    });
    if (budget != ranked.end()) {
        const std::string strongest = budget->item->id;
        roadmap.set_canvas_block(strongest, CanvasBlock::policy_goals, "Meer inwoners beslissen mee over hun buurt");
        roadmap.set_canvas_block(strongest, CanvasBlock::performance,
                                 "Vijf wijken met een buurtbudget tegen 2028; 1 op 10 bewoners stemt mee");
        roadmap.set_canvas_block(strongest, CanvasBlock::roles, "De stad faciliteert, de buurt beslist");
        roadmap.set_canvas_block(strongest, CanvasBlock::budget, "20.000 euro per wijk per jaar");
    }
    return summary;
}

}  // namespace oogst
