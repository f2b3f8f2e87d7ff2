#include "tools/demo/demo_workshop.hpp"

#include <array>
#include <random>
#include <string_view>

#include "core/drawing/drawing_thumbnail.hpp"
#include "core/errors.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "tools/demo/demo_drawings.hpp"

namespace oogst {
namespace {

constexpr std::array tables = {
    "Centrum", "Beveren", "Rumbeke", "Oekene", "Krottegem", "Schiervelde", "Zilverberg", "De Ronde Kom",
    "Kattenstraat", "Stationsbuurt", "Haven", "Sint-Amandus",
};
constexpr std::array ambassadors = {
    "An Vermeulen", "Pieter Declercq", "Sofie Maes", "Jens Vandenberghe", "Lotte Desmet", "Wout Claeys",
    "Nathalie Verhaeghe", "Bram Lefever", "Eline Dewitte", "Karim El Amrani", "Marie Vanhoutte", "Thomas Debruyne",
};
constexpr std::array places = {
    "Stadhuis, trouwzaal", "Bibliotheek De Spil", "Ontmoetingscentrum Rumbeke", "Sporthal Schiervelde",
    "Basisschool De Regenboog", "Café De Kroon",
};

// Sentence parts per prompt. Combining them keeps the notes varied but believable.
constexpr std::array city_openings = {
    "Een stad waar", "In 2030 is Roeselare een plek waar", "Ik droom van een stad waar",
    "Mijn ideale buurt is een buurt waar", "Een Roeselare waar",
};
constexpr std::array city_endings = {
    "kinderen veilig naar school fietsen", "iedereen zijn buren kent", "je overal groen ziet vanuit je raam",
    "jongeren een eigen plek hebben", "ouderen niet eenzaam zijn", "de Mandel weer een levende rivier is",
    "je 's avonds veilig over straat loopt", "cultuur voor iedereen betaalbaar is",
    "winkels en cafés het centrum doen bruisen", "niemand uit de boot valt", "de lucht proper is",
    "je op een terras de hele wereld hoort praten",
};
constexpr std::array values = {
    "Verbondenheid", "Duurzaamheid", "Respect voor elkaar", "Gelijke kansen", "Veiligheid", "Openheid",
    "Creativiteit", "Gezondheid", "Solidariteit", "Trots op onze stad", "Vertrouwen", "Ondernemingszin",
    "Zorg voor kwetsbaren", "Rust en ruimte",
};
constexpr std::array ideas = {
    "Speelstraten in elke wijk tijdens de zomervakantie", "Meer bankjes en schaduw op de pleinen",
    "Veilige fietspaden tussen de deelgemeenten", "Moestuinen op braakliggende gronden",
    "Een ontmoetingsplek voor jong en oud in elke buurt", "Elke maand een buurtfeest", "Een repaircafé in de bib",
    "Autovrije zondagen in de binnenstad", "Drinkwaterfonteinen in het centrum", "Deelauto's en deelfietsen aan het station",
    "Bomen langs de invalswegen", "Kunst in de open ruimte, gemaakt door de buurt", "Een buurtfonds voor kleine projecten",
    "Gratis zwemmen voor kinderen op woensdag", "Een jeugdhuis dat 's avonds open is",
    "De Mandel openleggen en er een wandelpad langs maken", "Een boodschappendienst voor ouderen",
    "Een markt met lokale boeren op zaterdag", "Groene speelplaatsen die ook na school open zijn",
    "Een stadsfestival met alle culturen van Roeselare",
};

// Sticky-note colours (0xAABBGGRR): yellow, pink, green, blue, orange.
constexpr std::array note_colours = {0xff8ae8ffu, 0xffc8a8ffu, 0xffa8e8b0u, 0xfff0d0a0u, 0xff80c0ffu};

// 2 March 2026, 19:00 Brussels time: the first evening of dream sessions.
constexpr std::int64_t first_evening_ms = 1772474400000;
constexpr std::int64_t day_ms = 24 * 60 * 60 * 1000;

template <class List>
auto pick(std::mt19937_64& random, const List& list) {
    return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)];
}

std::string seeded_id(std::mt19937_64& random) {
    const auto high = random();
    return id_from(high, random());
}

std::string note_text(std::mt19937_64& random, std::string_view prompt) {
    if (prompt == prompt_city) return std::string(pick(random, city_openings)) + " " + pick(random, city_endings) + ".";
    if (prompt == prompt_values) return pick(random, values);
    return std::string(pick(random, ideas)) + ".";
}

// Some answers to "In welke stad willen wij leven in 2030?" are drawings, as at a real
// table: the second city answer at each table and every fifth after it.
bool is_drawing(int n) { return n % 3 == 0 && (n / 3) % 5 == 1; }

void generate(Store& store, const DemoOptions& options, std::mt19937_64& random, DemoSummary& summary) {
    if (store.state().has_workshop()) {
        summary.workshop_name = store.state().workshop().name;
    } else {
        WorkshopSet workshop{seeded_id(random), "Roeselare 2030: droomsessies", "droomsessie", "Roeselare"};
        store.record(workshop);
        summary.workshop_name = workshop.name;
    }

    const std::array prompts = {prompt_city, prompt_values, prompt_ideas};
    for (int table = 0; table < options.tables; ++table) {
        SessionSet session;
        session.id = seeded_id(random);
        session.method = "droomsessie";
        session.table_name = "Tafel " + std::to_string(table + 1) + ": " + tables[table % tables.size()];
        session.ambassador = ambassadors[table % ambassadors.size()];
        session.place = pick(random, places);
        session.starts_at_ms = first_evening_ms + (table / 4) * day_ms;
        store.record(session);
        ++summary.sessions;

        const int participants = std::uniform_int_distribution<int>(4, 10)(random);
        for (int n = 0; n < options.captures_per_table; ++n) {
            CaptureAdded note;
            note.id = seeded_id(random);
            note.session_id = session.id;
            note.capture_kind = CaptureKind::text;
            note.prompt = prompts[n % prompts.size()];
            note.board = note.prompt;
            // The text is drawn from the sequence even for a drawing, so adding drawings left
            // every other note, id and vote of a seed as it was.
            note.text = note_text(random, note.prompt);
            if (is_drawing(n)) {
                note.capture_kind = CaptureKind::drawing;
                note.text.clear();
                note.strokes = demo_drawing(options.seed * 1000003u + static_cast<std::uint64_t>(table) * 1009u +
                                            static_cast<std::uint64_t>(n));
                note.preview_blob = store.put_blob(render_drawing_png(note.strokes), "image/png");
            }
            note.x = static_cast<float>(n / static_cast<int>(prompts.size()));
            note.colour = pick(random, note_colours);
            note.author_label = "Tafel " + std::to_string(table + 1);
            note.consent = consent::publish;
            store.record(note);
            ++summary.captures;

            // Every idea is scored 1-5 by some of the table, so the best ones surface.
            if (note.prompt != prompt_ideas) continue;
            const int voters = std::uniform_int_distribution<int>(0, participants)(random);
            for (int voter = 0; voter < voters; ++voter) {
                VoteCast vote{note.id, "stem-" + std::to_string(voter + 1),
                              static_cast<std::uint8_t>(std::uniform_int_distribution<int>(1, 5)(random))};
                store.record(vote);
                ++summary.votes;
            }
        }
    }
}

}  // namespace

DemoSummary fill_demo_workshop(Store& store, const DemoOptions& options) {
    if (options.tables < 1 || options.tables > 500)
        throw UserError("--tables must be between 1 and 500");
    if (options.captures_per_table < 0 || options.captures_per_table > 100000)
        throw UserError("--captures must be between 0 and 100000");

    std::mt19937_64 random(options.seed);
    DemoSummary summary;

    // One transaction for the whole workshop: thousands of single fsyncs would take
    // minutes, and a half-generated demo is worth nothing anyway.
    store.batch([&] { generate(store, options, random, summary); });
    return summary;
}

}  // namespace oogst
