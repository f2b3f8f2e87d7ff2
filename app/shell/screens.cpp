#include "app/shell/screens.hpp"

#include <array>
#include <map>
#include <vector>

#include "app/desk/desk_hub.hpp"
#include "app/desk/desk_join.hpp"
#include "app/harvest/harvest_screen.hpp"
#include "app/kiosk/child/kiosk_child_demo.hpp"
#include "app/kiosk/kiosk_screen.hpp"
#include "app/kiosk/staff/kiosk_staff_demo.hpp"
#include "app/opendata/survey_import_panel.hpp"
#include "app/prepare/prepare_screen.hpp"
#include "app/prepare/session_form.hpp"
#include "app/roadmap/map_panels.hpp"
#include "app/roadmap/roadmap_words.hpp"
#include "app/widgets/canvas/sample_drawing.hpp"
#include "core/errors.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/roadmap/lab_cases.hpp"
#include "core/sense/theme_filing.hpp"
#include "platform/files/places.hpp"

namespace oogst::app {
namespace {

void show_start(std::string_view, Store&, const Assets&, Shell&) {}

void show_sessions(std::string_view, Store&, const Assets&, Shell& shell) { shell.state().screen = Screen::sessions; }

// A board needs a session: the first one, as the workshop lists them. "keyboard" is that
// board with a note being typed on the touch keyboard; "scores" its scoring results,
// "ambassador" its ambassador's panel, "time-up" the board once the round's time ran out. The canvas is that session's drawing screen for
// its first column with a sample drawing on the paper; the photo picker shows that
// column's photos from the first place it finds ($OOGST_PHOTOS when set).
void show_board(std::string_view name, Store& store, const Assets& assets, Shell& shell) {
    AppState& state = shell.state();
    const auto sessions = store.state().sessions();
    if (sessions.empty())
        throw UserError("the store in " + store.folder().string() + " has no session to show on a board");
    state.open_board(sessions.front()->id);
    if (name == "scores") state.round.results = true;
    if (name == "ambassador") state.round.ambassador = true;
    if (name == "time-up") {
        // Started longer ago than it lasts: the header shows the pill saying time is up.
        state.round.timer.set(60);
        state.round.timer_set = true;
        state.round.timer.start(-61);
    }
    const MethodTemplate* method = assets.templates.find(sessions.front()->method);
    const std::string first_column = method && !method->boards.empty() ? method->boards.front().id : "";
    if (name == "canvas") {
        state.capture_board = first_column;
        state.canvas.start_over(state.session_id);
        for (Stroke& stroke : sample_drawing()) state.canvas.draft.add(std::move(stroke));
        state.canvas.colour = 4;  // green: the tree was drawn last but one
        state.screen = Screen::drawing;
    }
    if (name == "photo") {
        state.capture_board = first_column;
        state.screen = Screen::photo;
        state.photo.start(0);
        if (!state.photo.places.empty()) state.photo.open_place(state.photo.places.front());
    }
    if (name == "keyboard") {
        state.draft = "Een café in elke wijk";
        shell.text_entry().focus("board.text");
    }
}

// "harvest-stick" hands in to the first stick ($OOGST_USB) on the first frame, as a tap
// would: the bundle written, or the standing note when nothing was new. "harvest-hub"
// sends to the hub its join file named: what the facilitator's computer answered.
void show_harvest(std::string_view name, Store&, const Assets&, Shell& shell) {
    open_harvest_screen(shell.state());
    shell.state().harvest_back = Screen::start;
    shell.state().harvest.hand_in_to_first_stick = name == "harvest-stick";
    shell.state().harvest.send_to_hub_at_once = name == "harvest-hub";
}

// The desk shows the report of importing the first stick ($OOGST_USB when set), imported
// before the first frame; "hub" shows it with its hub listening, on any free port (a
// screenshot must not take the real one from a hub already running).
void show_desk(std::string_view name, Store& store, const Assets&, Shell& shell) {
    AppState& state = shell.state();
    state.screen = Screen::desk;
    const auto places = platform::find_stick_places();
    if (!places.empty() && store.workshop_keys() && store.workshop_keys()->is_facilitator())
        for (BundleOutcome& outcome : import_paths(store, {places.front().root}).bundles)
            state.desk.arrivals.push_back({std::move(outcome), false, places.front().name, 1});
    if (name == "hub") {
        state.desk.hub_port = 0;
        start_desk_hub(store, state.desk);
    }
}

// The preparation: "prepare" its workshop part (a new workshop's form on a store without
// one), "prepare-sessions" the sessions, "prepare-form" a new table's form, and
// "devices" the device list after importing the bundles in $OOGST_USB (as the desk
// does), so it shows who handed in.
void show_prepare(std::string_view name, Store& store, const Assets&, Shell& shell) {
    AppState& state = shell.state();
    if (name == "devices") {
        const auto places = platform::find_stick_places();
        if (!places.empty() && store.workshop_keys() && store.workshop_keys()->is_facilitator())
            import_paths(store, {places.front().root});
    }
    const PrepareTab tab = name == "devices"   ? PrepareTab::devices
                           : name == "prepare" ? PrepareTab::workshop
                                               : PrepareTab::sessions;
    // Without a workshop it is reached from the start screen, with one from the desk.
    open_prepare(state, tab, store.state().has_workshop() ? Screen::desk : Screen::start);
    if (name == "devices" && desk_readiness(store) == DeskReadiness::ready) {
        // With its hub listening (on any free port), so the join code and QR code show.
        state.desk.hub_port = 0;
        start_desk_hub(store, state.desk);
    }
    if (name == "prepare-form") {
        open_new_session_form(store, state.prepare, false);
        state.prepare.session.name = "Tafel 7: Rumbeke";
        state.prepare.session.place = "OC De Zwaan";
        state.prepare.session.start = "19:30";
        state.prepare.session.participants = 8;
    }
}

// The facilitator's wall: "wall" at readable zoom, "wall-overview" zoomed out to
// everything; "key" the page of the key holding the most cards.
void show_wall(std::string_view name, Store& store, const Assets&, Shell& shell) {
    AppState& state = shell.state();
    state.screen = Screen::wall;
    if (name == "wall-overview") state.wall.zoom = 0.4f;
    if (name == "suggestions") state.wall.suggesting = true;
    if (name == "wall-tables") state.wall.tables_open = true;
    if (name != "key") return;
    const ThemeFiling filing = theme_filing(store.state());
    std::size_t most = 0;
    for (const ThemeRecord* theme : store.state().themes()) {
        const std::size_t count = filing.captures(theme->details.value().id).size();
        if (state.wall.open_theme.empty() || count > most) {
            state.wall.open_theme = theme->details.value().id;
            most = count;
        }
    }
    if (state.wall.open_theme.empty())
        throw UserError("the store in " + store.folder().string() + " has no key to show ('oogst-cli key new' makes one)");
    state.screen = Screen::key_page;
}

// The city debate: "debate" on the key with the most initiatives, its strongest one
// open in the side panel; "debate-proposals" without the panel, so the tables'
// proposals show beside the initiatives.
void show_debate(std::string_view name, Store& store, const Assets&, Shell& shell) {
    DebateState& debate = shell.state().roadmap.debate;
    shell.state().screen = Screen::debate;
    const WorkshopState& state = store.state();
    std::map<std::string, std::vector<const InitiativeSet*>> by_key;
    for (const InitiativeSet* initiative : state.roadmap().initiatives())
        by_key[state.theme_root(initiative->theme_id)].push_back(initiative);
    for (const auto& [key, initiatives] : by_key)
        if (debate.theme_id.empty() || initiatives.size() > by_key[debate.theme_id].size()) debate.theme_id = key;
    if (name != "debate" || debate.theme_id.empty()) return;
    const InitiativeSet* open = by_key[debate.theme_id].front();
    debate.open_initiative = open->id;
    debate.form = form_of(*open);
}

// A Toekomstlab: "cases" its long list with the strongest case open beside it;
// "value-canvas" the social value canvas of the case with the most blocks filled in.
void show_cases(std::string_view name, Store& store, const Assets&, Shell& shell) {
    RoadmapScreens& roadmap = shell.state().roadmap;
    const auto ranked = ranked_cases(store.state());
    if (ranked.empty())
        throw UserError("the store in " + store.folder().string() + " has no innovation case ('oogst-cli demo-lab' makes some)");
    const InnovationCaseSet& strongest = *ranked.front().item;
    if (name == "value-canvas") {
        std::size_t most = 0;
        roadmap.canvas.item_id = strongest.id;
        for (const RankedCase& item : ranked) {
            std::size_t filled = 0;
            for (std::size_t b = 0; b < canvas_block_count; ++b)
                filled += store.state().roadmap().canvas_block(item.item->id, static_cast<CanvasBlock>(b)).empty() ? 0 : 1;
            if (filled > most) most = filled, roadmap.canvas.item_id = item.item->id;
        }
        shell.state().screen = Screen::canvas;
        return;
    }
    roadmap.cases.open_case = strongest.id;
    roadmap.cases.form = {strongest.id, strongest.title, strongest.impact, strongest.target_group, strongest.first_step,
                          strongest.owner};
    shell.state().screen = Screen::cases;
}

// The Publish screen on the orientation note's first page.
void show_publish(std::string_view, Store&, const Assets&, Shell& shell) { shell.state().screen = Screen::publish; }

// Open data, with the survey beside the store (tools/screenshots puts one there) chosen
// and its columns mapped: "opendata-import"; Decidim's proposals chosen to export, with
// each key's taxonomy to type: "opendata-decidim"; or with nothing chosen: "opendata".
void show_opendata(std::string_view name, Store& store, const Assets&, Shell& shell) {
    shell.state().screen = Screen::opendata;
    if (name == "opendata-decidim") shell.state().opendata.exporting.request.format = ExportFormat::decidim_csv;
    if (name != "opendata-import") return;
    const std::filesystem::path beside = std::filesystem::absolute(store.folder()).lexically_normal().parent_path();
    for (const char* file : {"enquete.csv", "enquete.xlsx", "decidim-proposals.json"})
        if (std::filesystem::exists(beside / file))
            return choose_survey_file(store, shell.state().opendata.import, beside / file);
    throw UserError("there is no enquete.csv beside the store in " + store.folder().string());
}

void show_synthesis(std::string_view name, Store&, const Assets&, Shell& shell) {
    shell.state().roadmap.synthesis.mission_page = name == "mission";
    shell.state().screen = Screen::synthesis;
}

// The stakeholder map: "map" with nothing chosen, so the side panel lists the Speelveld
// tables' notes still to take over; "map-actor" with the actor of the most links open.
void show_map(std::string_view name, Store& store, const Assets&, Shell& shell) {
    MapState& map = shell.state().roadmap.map;
    shell.state().screen = Screen::stakeholder_map;
    if (name != "map-actor") return;
    const RoadmapState& roadmap = store.state().roadmap();
    std::map<std::string, int> links;
    for (const ActorLinkSet* link : roadmap.links()) ++links[link->from], ++links[link->to];
    const ActorSet* most = nullptr;
    for (const ActorSet* actor : roadmap.actors())
        if (!most || links[actor->id] > links[most->id]) most = actor;
    if (!most) throw UserError("the store in " + store.folder().string() + " has no actors ('oogst-cli actor new' makes one)");
    choose_actor(map, *most);
}

// The first children's kiosk's session, as the facilitator opens it after the harvest.
void show_gallery(std::string_view, Store& store, const Assets&, Shell& shell) {
    for (const SessionSet* session : store.state().sessions())
        if (session->method == kiosk_method) return shell.state().open_session(session->id, true);
    throw UserError("the store in " + store.folder().string() + " has no children's kiosk session");
}

void show_kiosk_child(std::string_view name, Store& store, const Assets&, Shell& shell) {
    open_kiosk(store, shell.state());
    show_kiosk_child_screen(std::string(name), store, shell.state());
}

void show_kiosk_staff(std::string_view name, Store& store, const Assets&, Shell& shell) {
    open_kiosk(store, shell.state());
    show_kiosk_staff_screen(std::string(name), store, shell.state());
}

constexpr std::array screens{
    NamedScreen{"start", "the first screen: the workshop and the three modes", show_start},
    NamedScreen{"sessions", "table mode's list of the workshop's sessions", show_sessions},
    NamedScreen{"board", "the first session's board", show_board},
    NamedScreen{"keyboard", "that board with a note being typed", show_board},
    NamedScreen{"scores", "that board's scoring results", show_board},
    NamedScreen{"ambassador", "that board's ambassador panel", show_board},
    NamedScreen{"time-up", "that board when the round's time has run out", show_board},
    NamedScreen{"canvas", "that session's drawing screen, with a sample drawing", show_board},
    NamedScreen{"photo", "the photo picker, in $OOGST_PHOTOS when set", show_board},
    NamedScreen{"harvest", "a device hands in its work", show_harvest},
    NamedScreen{"harvest-stick",
                "a device after handing in to the stick in $OOGST_USB: the bundle written, or its standing note when "
                "nothing was new",
                show_harvest},
    NamedScreen{"harvest-hub",
                "a device after sending to the hub its join file named: received, or why not", show_harvest},
    NamedScreen{"desk", "the facilitator's desk, after importing the bundles in $OOGST_USB when set", show_desk},
    NamedScreen{"facilitator", "the desk's older name, kept for scripts", show_desk},
    NamedScreen{"hub", "the desk with its hub listening", show_desk},
    NamedScreen{"prepare", "the facilitator prepares: the workshop, its method with its boards", show_prepare},
    NamedScreen{"prepare-sessions", "the planned sessions, to add, change, copy, import, merge", show_prepare},
    NamedScreen{"prepare-form", "a new table's form", show_prepare},
    NamedScreen{"devices", "the device list, after importing the bundles in $OOGST_USB when set", show_prepare},
    NamedScreen{"gallery", "a children's kiosk's works and their consents, as the facilitator sees them", show_gallery},
    NamedScreen{"wall", "the facilitator's wall: every capture, filed under the keys", show_wall},
    NamedScreen{"wall-overview", "the wall zoomed out to everything", show_wall},
    NamedScreen{"key", "the page of the key with the most cards", show_wall},
    NamedScreen{"suggestions", "the wall with its suggestions: where cards could be filed, and why", show_wall},
    NamedScreen{"wall-tables", "the wall's list of tables, methods and boards to narrow it to", show_wall},
    NamedScreen{"debate", "the city debate: a key's initiatives, one open with its actions and evidence", show_debate},
    NamedScreen{"debate-proposals", "the city debate: a key's initiatives and the debate tables' proposals", show_debate},
    NamedScreen{"cases", "a Toekomstlab's cases, ranked, with the shortlist and the strongest open", show_cases},
    NamedScreen{"synthesis", "SWOT+'s quadrants and the desired future image, side by side", show_synthesis},
    NamedScreen{"mission", "mission, vision, values and transitions as one page", show_synthesis},
    NamedScreen{"publish", "the publications: choose one, see its pages, write it", show_publish},
    NamedScreen{"opendata", "open data: an online survey's export in, the workshop out", show_opendata},
    NamedScreen{"opendata-decidim", "open data with Decidim's proposals chosen to export, a taxonomy per key", show_opendata},
    NamedScreen{"opendata-import", "open data with enquete.csv beside the store chosen and its columns mapped", show_opendata},
    NamedScreen{"value-canvas", "the social value canvas of the case with the most filled in", show_cases},
    NamedScreen{"map", "the stakeholder map (Speelveld): actors, links, the Speelveld tables' notes", show_map},
    NamedScreen{"map-actor", "the stakeholder map with the actor of the most links open", show_map},
    NamedScreen{"kiosk-loop", "the kiosk's loop of shown works", show_kiosk_child},
    NamedScreen{"kiosk-choose", "a child chooses drawing, poem or photo", show_kiosk_child},
    NamedScreen{"kiosk-draw", "a child's drawing", show_kiosk_child},
    NamedScreen{"kiosk-poem", "a child's poem", show_kiosk_child},
    NamedScreen{"kiosk-photo", "a child's photo from the camera", show_kiosk_child},
    NamedScreen{"kiosk-about", "first name, school and class", show_kiosk_child},
    NamedScreen{"kiosk-preview", "the work before it is sent", show_kiosk_child},
    NamedScreen{"kiosk-thanks", "the thanks after sending", show_kiosk_child},
    NamedScreen{"kiosk-still-there", "the question to a child who walked away", show_kiosk_child},
    NamedScreen{"kiosk-pin", "the PIN pad", show_kiosk_staff},
    NamedScreen{"kiosk-pin-wait", "the PIN pad after wrong tries", show_kiosk_staff},
    NamedScreen{"kiosk-menu", "the staff menu", show_kiosk_staff},
    NamedScreen{"kiosk-moderation", "moderation of the works", show_kiosk_staff},
    NamedScreen{"kiosk-details", "a shown work's first name and its three consents", show_kiosk_staff},
    NamedScreen{"kiosk-settings", "the kiosk's settings (its first set-up when it has none)", show_kiosk_staff},
    NamedScreen{"problem", "the message shown when the store cannot be opened", nullptr},
};

}  // namespace

std::span<const NamedScreen> named_screens() { return screens; }

const NamedScreen* find_named_screen(std::string_view name) {
    for (const NamedScreen& screen : screens)
        if (screen.name == name) return &screen;
    return nullptr;
}

std::string named_screens_help() {
    std::string help;
    for (const NamedScreen& screen : screens) {
        if (!help.empty()) help += ", ";
        help += std::string(screen.name) + " (" + std::string(screen.shows) + ")";
    }
    return help;
}

}  // namespace oogst::app
