// oogst-cli's subcommands for the roadmap on the facilitator's machine (issue 16):
// initiative new|list|link, action new, case new|list|shortlist, actor new|list,
// link new. Each goes through core/roadmap's RoadmapActions, as the screens do; each
// `new` prints the new id as its only line on stdout, for scripts.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/model/json_writer.hpp"
#include "core/model/roadmap_names.hpp"
#include "core/roadmap/roadmap_actions.hpp"
#include "core/roadmap/lab_cases.hpp"
#include "core/roadmap/roadmap_evidence.hpp"
#include "core/store/store.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/text_options.hpp"
#include "tools/cli/workshop_lookup.hpp"
#include "tools/demo/demo_debate.hpp"
#include "tools/demo/demo_lab.hpp"
#include "tools/demo/demo_speelveld.hpp"

namespace oogst::cli {
namespace {

struct RoadmapWords {
    std::string item, key, initiative, status, format = "text", horizon, category, kind, from, to;
    InitiativeWords initiative_words;
    ActionWords action;
    CaseWords case_words;
    ActorWords actor;
    LinkWords link;
    std::vector<std::string> captures;
    bool off = false;
};

// An enum given by its name on the command line, or a sentence listing the names.
template <class Enum>
Enum enum_named(const std::string& name, const char* what, const char* names) {
    if (const auto value = named<Enum>(name)) return *value;
    throw UserError("\"" + name + "\" is not " + what + "; choose one of " + names);
}

std::uint16_t year_given(const std::string& text) {
    if (text.empty()) return 0;
    if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos)
        throw RoadmapError(RoadmapProblem::bad_year);
    return static_cast<std::uint16_t>(std::stoi(text));
}

template <class Items>
std::vector<std::string> ids_of(const Items& items) {
    std::vector<std::string> ids;
    for (const auto* item : items) ids.push_back(item->id);
    return ids;
}

std::string find_initiative(const WorkshopState& state, const std::string& given) {
    return find_among(ids_of(state.roadmap().initiatives()), given, "initiative", "oogst-cli initiative list");
}

std::string find_actor(const WorkshopState& state, const std::string& given) {
    return find_among(ids_of(state.roadmap().actors()), given, "actor", "oogst-cli actor list");
}

std::string said(const EvidenceCount& count) {
    auto plural = [](int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
    std::string text = "answers " + plural(count.dreams, "dream", "dreams") + " from " +
                       plural(count.tables, "table", "tables");
    if (count.children_works > 0) text += " and " + plural(count.children_works, "child's work", "children's works");
    return text;
}

void write_count(JsonWriter& json, const EvidenceCount& count) {
    json.key("evidence")
        .begin_object()
        .field("dreams", count.dreams)
        .field("tables", count.tables)
        .field("children_works", count.children_works)
        .field("votes", count.votes)
        .field("average", count.average)
        .end_object();
}

void new_initiative(const std::filesystem::path& folder, RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    given.initiative_words.theme_id = find_key(store.state(), given.key);
    given.initiative_words.horizon = year_given(given.horizon);
    if (!given.status.empty())
        given.initiative_words.status = enum_named<InitiativeStatus>(
            given.status, "a status of an initiative", "proposed, planned, running, done, dropped");
    UndoHistory history;
    out << RoadmapActions(store, history).create_initiative(given.initiative_words) << "\n";
}

void list_initiatives(const std::filesystem::path& folder, const RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const WorkshopState& state = store.state();
    const RoadmapState& roadmap = state.roadmap();
    if (given.format == "json") {
        JsonWriter json;
        json.begin_object().field("format", "oogst-initiatives-1").key("initiatives").begin_array();
        for (const InitiativeSet* initiative : roadmap.initiatives()) {
            const ThemeRecord* key = state.theme(state.theme_root(initiative->theme_id));
            json.begin_object()
                .field("id", initiative->id)
                .field("key", key ? key->details.value().id : std::string())
                .field("key_name", key ? key->details.value().name : std::string())
                .field("title", initiative->title)
                .field("owner", initiative->owner)
                .field("horizon", initiative->horizon)
                .field("status", name_of(initiative->status));
            const auto evidence = shown_evidence(state, roadmap.evidence(initiative->id));
            json.key("captures").begin_array();
            for (const std::string& id : evidence) json.value(id);
            json.end_array();
            write_count(json, count_evidence(state, evidence));
            json.key("actions").begin_array();
            for (const ActionSet* action : roadmap.actions_of(initiative->id))
                json.begin_object()
                    .field("id", action->id)
                    .field("what", action->what)
                    .field("who", action->who)
                    .field("due", action->due)
                    .field("status", name_of(action->status))
                    .end_object();
            json.end_array().end_object();
        }
        json.end_array().end_object();
        out << json.take() << "\n";
        return;
    }
    const auto initiatives = roadmap.initiatives();
    out << state.workshop().name << ": " << initiatives.size()
        << (initiatives.size() == 1 ? " initiative\n" : " initiatives\n");
    for (const ThemeRecord* key : state.themes()) {
        bool heading = false;
        for (const InitiativeSet* initiative : initiatives) {
            if (state.theme_root(initiative->theme_id) != key->details.value().id) continue;
            if (!heading) out << key->details.value().name << "\n", heading = true;
            out << "  " << initiative->id.substr(0, 8) << "  " << initiative->title << " · "
                << name_of(initiative->status);
            if (!initiative->owner.empty()) out << " · " << initiative->owner;
            if (initiative->horizon) out << " · " << initiative->horizon;
            out << " · " << said(count_evidence(state, roadmap.evidence(initiative->id))) << "\n";
            for (const ActionSet* action : roadmap.actions_of(initiative->id)) {
                out << "      " << action->id.substr(0, 8) << "  " << action->what;
                if (!action->who.empty()) out << " · " << action->who;
                if (!action->due.empty()) out << " · by " << action->due;
                out << " · " << name_of(action->status) << "\n";
            }
        }
    }
}

void link_initiative(const std::filesystem::path& folder, const RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const std::string id = find_initiative(store.state(), given.item);
    const auto captures = find_captures(store.state(), given.captures);
    UndoHistory history;
    RoadmapActions(store, history).link_evidence(id, captures, !given.off);
    out << (given.off ? "Took back " : "Linked ") << captures.size() << (captures.size() == 1 ? " capture" : " captures")
        << "; \"" << store.state().roadmap().initiative(id)->title << "\" "
        << said(count_evidence(store.state(), store.state().roadmap().evidence(id))) << "\n";
}

void new_action(const std::filesystem::path& folder, RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    given.action.initiative_id = find_initiative(store.state(), given.initiative);
    if (!given.status.empty())
        given.action.status =
            enum_named<ActionStatus>(given.status, "a status of an action", "open, running, done, dropped");
    UndoHistory history;
    out << RoadmapActions(store, history).create_action(given.action) << "\n";
}

void new_case(const std::filesystem::path& folder, const RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    UndoHistory history;
    RoadmapActions actions(store, history);
    const auto evidence = find_captures(store.state(), given.captures);
    out << actions.create_case(given.case_words, evidence) << "\n";
}

void list_cases(const std::filesystem::path& folder, const RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const WorkshopState& state = store.state();
    // The long list, strongest first: the shortlist is chosen from its top.
    const std::vector<RankedCase> ranked = ranked_cases(state);
    if (given.format == "json") {
        JsonWriter json;
        json.begin_object().field("format", "oogst-cases-1").key("cases").begin_array();
        for (const RankedCase& r : ranked) {
            json.begin_object()
                .field("id", r.item->id)
                .field("title", r.item->title)
                .field("impact", r.item->impact)
                .field("target_group", r.item->target_group)
                .field("first_step", r.item->first_step)
                .field("owner", r.item->owner)
                .field("shortlisted", r.shortlisted);
            write_count(json, r.support);
            json.end_object();
        }
        json.end_array().end_object();
        out << json.take() << "\n";
        return;
    }
    std::size_t listed = 0;
    for (const RankedCase& r : ranked) listed += r.shortlisted ? 1 : 0;
    out << state.workshop().name << ": " << ranked.size() << (ranked.size() == 1 ? " case, " : " cases, ") << listed
        << " on the shortlist\n";
    for (const RankedCase& r : ranked) {
        out << (r.shortlisted ? "  * " : "    ") << r.item->id.substr(0, 8) << "  " << r.item->title;
        if (r.support.votes > 0) {
            char average[16];
            std::snprintf(average, sizeof average, "%.1f", r.support.average);
            out << " · " << average << " from " << r.support.votes << (r.support.votes == 1 ? " vote" : " votes");
        }
        if (!r.item->owner.empty()) out << " · " << r.item->owner;
        out << "\n";
    }
}

void shortlist_case(const std::filesystem::path& folder, const RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const std::string id =
        find_among(ids_of(store.state().roadmap().cases()), given.item, "case", "oogst-cli case list");
    UndoHistory history;
    RoadmapActions(store, history).shortlist(id, !given.off);
    out << "\"" << store.state().roadmap().innovation_case(id)->title << "\" is "
        << (given.off ? "off" : "on") << " the shortlist\n";
}

void new_actor(const std::filesystem::path& folder, RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    given.actor.category = enum_named<ActorCategory>(
        given.category, "a group of actors",
        "politics, administration, citizens, businesses, associations, experts, partners");
    UndoHistory history;
    out << RoadmapActions(store, history).create_actor(given.actor) << "\n";
}

void list_actors(const std::filesystem::path& folder, const RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    const RoadmapState& roadmap = store.state().roadmap();
    if (given.format == "json") {
        JsonWriter json;
        json.begin_object().field("format", "oogst-actors-1").key("actors").begin_array();
        for (const ActorSet* actor : roadmap.actors())
            json.begin_object()
                .field("id", actor->id)
                .field("name", actor->name)
                .field("category", name_of(actor->category))
                .end_object();
        json.end_array().key("links").begin_array();
        for (const ActorLinkSet* link : roadmap.links()) {
            json.begin_object()
                .field("id", link->id)
                .field("from", link->from)
                .field("to", link->to)
                .field("kind", name_of(link->link_kind));
            json.key("competences").begin_array();
            for (const std::string& competence : link->competences) json.value(competence);
            json.end_array().end_object();
        }
        json.end_array().end_object();
        out << json.take() << "\n";
        return;
    }
    const auto actors = roadmap.actors();
    const auto links = roadmap.links();
    out << store.state().workshop().name << ": " << actors.size() << (actors.size() == 1 ? " actor, " : " actors, ")
        << links.size() << (links.size() == 1 ? " link\n" : " links\n");
    for (const ActorSet* actor : actors) {
        out << "  " << actor->id.substr(0, 8) << "  " << actor->name << " · " << name_of(actor->category) << "\n";
        for (const ActorLinkSet* link : links) {
            if (link->from != actor->id) continue;
            out << "      " << name_of(link->link_kind) << " → " << roadmap.actor(link->to)->name;
            for (std::size_t c = 0; c < link->competences.size(); ++c)
                out << (c == 0 ? " (" : ", ") << link->competences[c] << (c + 1 == link->competences.size() ? ")" : "");
            out << "\n";
        }
    }
}

void new_link(const std::filesystem::path& folder, RoadmapWords& given, std::ostream& out) {
    auto store = open_workshop(folder);
    given.link.from = find_actor(store.state(), given.from);
    given.link.to = find_actor(store.state(), given.to);
    given.link.kind = enum_named<LinkKind>(given.kind, "a kind of link", "regie, verbinden");
    UndoHistory history;
    out << RoadmapActions(store, history).create_link(given.link) << "\n";
}

void demo_debate(const std::filesystem::path& folder, std::uint64_t seed, std::ostream& out) {
    auto store = open_workshop(folder);
    const TemplateLibrary methods = TemplateLibrary::load(assets_folder() / "templates");
    const DebateSummary made = fill_demo_debate(store, methods, seed);
    out << "City debate: " << made.tables << " debate tables, " << made.proposals << " proposals, "
        << made.initiatives << " initiatives with " << made.actions << " actions\n";
    const SpeelveldSummary map = fill_demo_speelveld(store, methods);
    out << "Stakeholder map: " << map.actors << " actors, " << map.links << " links, a Speelveld table with "
        << map.notes << " notes\n";
}

void demo_lab(const std::filesystem::path& folder, std::uint64_t seed, std::ostream& out) {
    auto store = open_workshop(folder);
    const TemplateLibrary methods = TemplateLibrary::load(assets_folder() / "templates");
    const LabSummary made = fill_demo_lab(store, methods, 8, seed);
    out << "Toekomstlab: " << made.tables << " lab tables, " << made.notes << " notes, " << made.cases << " cases, "
        << made.shortlisted << " on the shortlist\n";
}

}  // namespace

void add_roadmap_commands(CommandLine& cli) {
    auto given = std::make_shared<RoadmapWords>();

    CLI::App* initiative = cli.group("initiative", "the debate's initiatives per key, with the captures they answer");
    initiative->require_subcommand(1);
    CLI::App* made = cli.command(initiative, "new", "make an initiative for a key; prints its id",
                                 [given](const auto& store, auto& out) { new_initiative(store, *given, out); });
    made->add_option("--key", given->key, "the key: its id (or its first 8 characters) or its name")->required();
    made->add_option("--title", given->initiative_words.title, "what the city will do, in a line")->check(one_line_text())->required();
    made->add_option("--description", given->initiative_words.description, "more about it")->check(text_lines());
    made->add_option("--owner", given->initiative_words.owner, "the department or partner that owns it")->check(one_line_text());
    made->add_flag("--owner-is-person", given->initiative_words.owner_is_person,
                   "the owner is a private person (publications leave the name out)");
    made->add_option("--partner", given->initiative_words.partners, "a partner (again for more)")->check(one_line_text());
    made->add_option("--horizon", given->horizon, "the year it should be there, e.g. 2030");
    made->add_option("--status", given->status, "proposed (the default), planned, running, done or dropped");
    CLI::App* listed = cli.command(initiative, "list", "the initiatives per key, with their actions and evidence",
                                   [given](const auto& store, auto& out) { list_initiatives(store, *given, out); });
    listed->add_option("--format", given->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    CLI::App* linked = cli.command(initiative, "link", "link captures to an initiative as what it answers",
                                   [given](const auto& store, auto& out) { link_initiative(store, *given, out); });
    linked->add_option("ID", given->item, "the initiative: its id or its first 8 characters")->required();
    linked->add_option("CAPTURE", given->captures, "capture ids, as in 'oogst-cli dump'")->required();
    linked->add_flag("--off", given->off, "take these captures back instead");

    CLI::App* action = cli.group("action", "the actions of an initiative");
    action->require_subcommand(1);
    CLI::App* step = cli.command(action, "new", "add an action to an initiative; prints its id",
                                 [given](const auto& store, auto& out) { new_action(store, *given, out); });
    step->add_option("--initiative", given->initiative, "the initiative: its id or its first 8 characters")->required();
    step->add_option("--what", given->action.what, "what is to be done")->check(one_line_text())->required();
    step->add_option("--who", given->action.who, "who does it (a department or partner)")->check(one_line_text());
    step->add_option("--due", given->action.due, "by when, as 2027-03-01")->check(one_line_text());
    step->add_option("--review", given->action.review, "when it is looked at again, as 2027-06-01")->check(one_line_text());
    step->add_option("--status", given->status, "open (the default), running, done or dropped");

    CLI::App* cases = cli.group("case", "a Toekomstlab's innovation cases: the long list and the shortlist");
    cases->require_subcommand(1);
    CLI::App* lab = cli.command(cases, "new", "add an innovation case; prints its id",
                                [given](const auto& store, auto& out) { new_case(store, *given, out); });
    lab->add_option("--title", given->case_words.title, "the case's short, striking title")->check(one_line_text())->required();
    lab->add_option("--impact", given->case_words.impact, "its societal impact")->check(text_lines());
    lab->add_option("--target-group", given->case_words.target_group, "who it is for")->check(one_line_text());
    lab->add_option("--first-step", given->case_words.first_step, "the first concrete step")->check(one_line_text());
    lab->add_option("--owner", given->case_words.owner, "the department or team that owns it")->check(one_line_text());
    lab->add_option("--capture", given->captures, "a capture it comes from (again for more)");
    CLI::App* long_list = cli.command(cases, "list", "the cases, strongest first; * marks the shortlist",
                                      [given](const auto& store, auto& out) { list_cases(store, *given, out); });
    long_list->add_option("--format", given->format, "text or json")->check(CLI::IsMember({"text", "json"}));
    CLI::App* shortlisted = cli.command(cases, "shortlist", "put a case on the shortlist (or --off it)",
                                        [given](const auto& store, auto& out) { shortlist_case(store, *given, out); });
    shortlisted->add_option("ID", given->item, "the case: its id or its first 8 characters")->required();
    shortlisted->add_flag("--off", given->off, "take it off the shortlist");

    CLI::App* actor = cli.group("actor", "the stakeholder map's actors (Speelveld)");
    actor->require_subcommand(1);
    CLI::App* player = cli.command(actor, "new", "add an actor to the map; prints its id",
                                   [given](const auto& store, auto& out) { new_actor(store, *given, out); });
    player->add_option("--name", given->actor.name, "its name (a department, an association, a role)")->check(one_line_text())->required();
    player->add_option("--category", given->category,
                       "politics, administration, citizens, businesses, associations, experts or partners")
        ->required();
    player->add_option("--note", given->actor.note, "what it wants or brings")->check(text_lines());
    CLI::App* players = cli.command(actor, "list", "the actors by group, with their links",
                                    [given](const auto& store, auto& out) { list_actors(store, *given, out); });
    players->add_option("--format", given->format, "text or json")->check(CLI::IsMember({"text", "json"}));

    CLI::App* link = cli.group("link", "links between actors on the stakeholder map");
    link->require_subcommand(1);
    CLI::App* bridge = cli.command(link, "new", "link two actors; prints the link's id",
                                   [given](const auto& store, auto& out) { new_link(store, *given, out); });
    bridge->add_option("--from", given->from, "an actor: its id or its first 8 characters")->required();
    bridge->add_option("--to", given->to, "the other actor")->required();
    bridge->add_option("--kind", given->kind, "regie (like actors work together) or verbinden (a bridge)")->required();
    bridge->add_option("--competence", given->link.competences, "a competence the link needs (again for more)")->check(one_line_text());

    auto seed = std::make_shared<std::uint64_t>(1);
    CLI::App* debate = cli.command(nullptr, "demo-debate",
                                   "a city debate on the workshop's keys (debate tables, scored proposals, initiatives) and a stakeholder map",
                                   [seed](const auto& store, auto& out) { demo_debate(store, *seed, out); });
    debate->add_option("--seed", *seed, "the same seed gives the same debate")->capture_default_str();
    CLI::App* demo_lab_command = cli.command(nullptr, "demo-lab",
                                "a Toekomstlab: lab tables working out cases, the cases made, a shortlist, a canvas",
                                [seed](const auto& store, auto& out) { demo_lab(store, *seed, out); });
    demo_lab_command->add_option("--seed", *seed, "the same seed gives the same lab")->capture_default_str();
}

}  // namespace oogst::cli
