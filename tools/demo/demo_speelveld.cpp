#include "tools/demo/demo_speelveld.hpp"

#include <array>
#include <map>
#include <vector>

#include "core/model/new_capture.hpp"
#include "core/prepare/session_plan.hpp"
#include "core/roadmap/speelveld_notes.hpp"

namespace oogst {
namespace {

struct DemoActor {
    const char* name;
    ActorCategory category;
    const char* note;
};

// Who plays a part in a city's youth policy, as a directing municipality maps it.
constexpr std::array actors = {
    DemoActor{"Schepen van Jeugd", ActorCategory::politics, "wil dat jongeren mee beslissen"},
    DemoActor{"Gemeenteraad", ActorCategory::politics, "keurt het budget goed"},
    DemoActor{"Dienst Jeugd", ActorCategory::administration, "trekt het jeugdbeleidsplan"},
    DemoActor{"Dienst Participatie", ActorCategory::administration, "organiseert de inspraak"},
    DemoActor{"Dienst Mobiliteit", ActorCategory::administration, "schoolroutes en fietsstraten"},
    DemoActor{"Wijkraad Rumbeke", ActorCategory::citizens, "vraagt een ontmoetingsplek"},
    DemoActor{"Handelaarsvereniging Centrum", ActorCategory::businesses, "wil een levendig centrum"},
    DemoActor{"Buurtwerk Roeselare", ActorCategory::associations, "kent de buurten"},
    DemoActor{"Sportclubs", ActorCategory::associations, "delen infrastructuur"},
    DemoActor{"Hogeschool VIVES", ActorCategory::experts, "onderzoek naar jongeren in de stad"},
    DemoActor{"Kenniscentrum Vlaamse Steden", ActorCategory::experts, "vergelijkt met andere steden"},
    DemoActor{"CAW Centraal-West-Vlaanderen", ActorCategory::partners, "hulp voor jongeren in nood"},
    DemoActor{"De Lijn", ActorCategory::partners, "busverbindingen naar de deelgemeenten"},
};

struct DemoLink {
    const char* from;
    const char* to;
    LinkKind kind;
    std::vector<std::string> competences;
};

// The Speelveld table's notes: one per actor on its group's board, one per link on
// the regie or verbinden board ("who with whom", then the competences).
struct DemoNote {
    const char* board;
    const char* text;
};

constexpr std::array notes = {
    DemoNote{"burgers", "Jongerenraad\nwil mee beslissen over de jeugdruimte"},
    DemoNote{"politiek", "Schepen van Jeugd\nwil een eigen jongerenbudget"},
    DemoNote{"burgers", "Oudercomité De Linde\nveilige schoolroutes"},
    DemoNote{"ondernemers", "Cafébazen Stationsplein\nminder overlast 's nachts"},
    DemoNote{"experten", "Straathoekwerkers\nkennen de jongeren op straat"},
    DemoNote{"verbinden", "Jongerenraad met Handelaarsvereniging Centrum\nbemiddelen, luisteren"},
    DemoNote{"regie", "Sportclubs met Buurtwerk\nsamen plannen, gedeelde zalen"},
};

}  // namespace

SpeelveldSummary fill_demo_speelveld(Store& store, const TemplateLibrary& methods) {
    UndoHistory history;
    RoadmapActions roadmap(store, history);
    SpeelveldSummary summary;
    std::map<std::string, std::string> ids;
    for (const DemoActor& actor : actors) {
        ids[actor.name] = roadmap.create_actor({actor.name, actor.category, actor.note});
        ++summary.actors;
    }

    // The Speelveld table and its notes, as a tablet would hand them in.
    SessionPlan plan;
    plan.table_name = "Speelveld: Jeugd";
    plan.method = speelveld_method;
    const std::string table = add_session(store, checked_session_plan(plan, store.state(), methods), methods);
    std::vector<std::string> note_ids;
    for (std::size_t n = 0; n < notes.size(); ++n) {
        CaptureAdded note = new_capture(table, CaptureKind::text, notes[n].board);
        note.text = notes[n].text;
        note.author_label = plan.table_name;
        note.x = 0.1f;
        note.y = 0.1f + 0.1f * static_cast<float>(n);
        note.consent = consent::exhibit | consent::publish;
        store.record(note);
        note_ids.push_back(note.id);
        ++summary.notes;
    }
    // The first note is taken over already: the Jongerenraad came onto the map from it.
    ids["Jongerenraad"] = actor_from_note(roadmap, store.state(), note_ids.front());
    ++summary.actors;

    const std::array links = {
        DemoLink{"Dienst Jeugd", "Dienst Participatie", LinkKind::regie, {"één aanspreekpunt", "samen plannen"}},
        DemoLink{"Schepen van Jeugd", "Gemeenteraad", LinkKind::regie, {"overtuigen", "budget bewaken"}},
        DemoLink{"Buurtwerk Roeselare", "Sportclubs", LinkKind::regie, {"netwerken"}},
        DemoLink{"Wijkraad Rumbeke", "Jongerenraad", LinkKind::regie, {"gedeelde agenda"}},
        DemoLink{"Jongerenraad", "Dienst Jeugd", LinkKind::verbinden, {"luisteren", "vertalen naar beleid"}},
        DemoLink{"Handelaarsvereniging Centrum", "Dienst Mobiliteit", LinkKind::verbinden, {"bemiddelen", "vertrouwen"}},
        DemoLink{"Hogeschool VIVES", "Wijkraad Rumbeke", LinkKind::verbinden, {"onderzoek", "terugkoppelen"}},
        DemoLink{"De Lijn", "Wijkraad Rumbeke", LinkKind::verbinden, {"onderhandelen"}},
        DemoLink{"CAW Centraal-West-Vlaanderen", "Buurtwerk Roeselare", LinkKind::verbinden, {"doorverwijzen"}},
    };
    for (const DemoLink& link : links) {
        roadmap.create_link({ids.at(link.from), ids.at(link.to), link.kind, link.competences});
        ++summary.links;
    }
    return summary;
}

}  // namespace oogst
