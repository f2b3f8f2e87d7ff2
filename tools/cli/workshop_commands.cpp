// oogst-cli's subcommands for setting up a workshop on this machine and looking at it:
// init, workshop new|show, session new, add (a note, for scripts), dump, demo, templates.
#include <algorithm>
#include <fstream>
#include <ostream>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/harvest/workshop_keys.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/prepare/workshop_setup.hpp"
#include "core/store/store.hpp"
#include "core/table/table_capture.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/text_options.hpp"
#include "tools/demo/demo_kiosk.hpp"
#include "tools/demo/demo_workshop.hpp"

namespace oogst::cli {
namespace {

struct WorkshopFields {
    std::string name, method = "droomsessie", place, dates, languages;
};

struct SessionFields {
    std::string table, ambassador, method, place;
};

struct NoteFields {
    std::string text, session_id, board, prompt, author = "oogst-cli";
};

struct DemoFields {
    int tables = 6, captures = 30, kiosk_works = 0;
    std::uint64_t seed = 1;
    std::filesystem::path camera;
};

const WorkshopSet& require_workshop(const Store& store) {
    if (!store.state().has_workshop())
        throw UserError("this store has no workshop yet: run 'oogst-cli workshop new --name NAME --store " +
                        store.folder().string() + "' first");
    return store.state().workshop();
}

std::string make_session(Store& store, SessionFields fields) {
    const auto& workshop = require_workshop(store);
    if (fields.table.empty())
        fields.table = "Tafel " + std::to_string(store.state().sessions().size() + 1);
    SessionSet session{new_id(),      fields.method.empty() ? workshop.method : fields.method,
                       fields.table,  fields.ambassador,
                       fields.place.empty() ? workshop.place : fields.place, wall_clock_ms()};
    store.record(session);
    return session.id;
}

std::filesystem::path templates_folder() { return assets_folder() / "templates"; }

// A session's method names its template; a typo would give a table no boards, so the
// method must be one the templates folder holds.
void require_known_method(const std::string& method) {
    const auto library = TemplateLibrary::load(templates_folder());
    if (library.find(method)) return;
    std::string known;
    for (const auto& each : library.templates()) known += (known.empty() ? "" : ", ") + each.id;
    std::string reason = "unknown method \"" + method + "\": ";
    reason += known.empty() ? "no method templates could be read from " + templates_folder().string()
                            : "use one of " + known;
    if (!library.problems().empty())
        reason += " (" + std::to_string(library.problems().size()) +
                  " template file(s) could not be read: 'oogst-cli templates' shows why)";
    throw UserError(reason);
}

void init_store(const std::filesystem::path& folder, std::ostream& out) {
    const bool existed = Store::exists(folder);
    auto store = Store::open_or_create(folder);
    out << (existed ? "Store already set up in " : "Store set up in ") << folder.string() << " (device "
        << store.device().id.substr(0, 8) << ")\n";
}

void new_workshop(const std::filesystem::path& folder, const WorkshopFields& fields, std::ostream& out) {
    if (fields.name.empty()) throw UserError("a workshop needs a name: --name \"Roeselare 2030\"");
    require_known_method(fields.method);
    const WorkshopPlan plan{fields.name, fields.method, fields.place, parse_days(fields.dates), split_list(fields.languages)};
    auto store = Store::open_or_create(folder);
    // The same as the preparation screen: the workshop and its key pair, in one transaction.
    const WorkshopSet workshop = create_workshop(store, plan, TemplateLibrary::load(templates_folder()));
    out << "Workshop \"" << workshop.name << "\" created (" << workshop.id << ")\n"
        << "Its key (fingerprint " << key_fingerprint(store.workshop_keys()->public_key)
        << ") stays on this machine; make a join file for the devices with 'oogst-cli workshop join-code --out FILE'\n";
}

// show and dump only read: a store on a read-only stick, or in a folder this account may
// not write to, still answers (issue 15).
void show_workshop(const std::filesystem::path& folder, std::ostream& out) {
    auto store = Store::open(folder, Store::Fold::at_open, Store::Access::read_only);
    const auto& workshop = require_workshop(store);
    const auto& state = store.state();
    out << workshop.name << "\n  id: " << workshop.id << "\n  method: " << workshop.method;
    if (!workshop.place.empty()) out << "\n  place: " << workshop.place;
    const auto sessions = state.sessions();
    const auto counts = state.capture_counts();
    out << "\n  sessions: " << sessions.size() << "\n";
    for (const auto* session : sessions) {
        out << "    " << session->table_name;
        if (!session->ambassador.empty()) out << " (" << session->ambassador << ")";
        out << ": " << (counts.count(session->id) ? counts.at(session->id) : 0) << " captures  [" << session->id
            << "]\n";
    }
    out << "  operations: " << store.operation_count() << "\n";
}

void new_session(const std::filesystem::path& folder, const SessionFields& fields, std::ostream& out) {
    if (!fields.method.empty()) require_known_method(fields.method);
    auto store = Store::open(folder);
    const auto id = make_session(store, fields);
    out << "Session \"" << store.state().session(id)->table_name << "\" created (" << id << ")\n";
}

void add_note(const std::filesystem::path& folder, const NoteFields& fields, std::ostream& out) {
    if (fields.text.empty()) throw UserError("the note is empty: give its text with --text");
    auto store = Store::open(folder);
    require_workshop(store);

    std::string session_id = fields.session_id;
    if (session_id.empty()) {
        const auto sessions = store.state().sessions();
        session_id = sessions.empty() ? make_session(store, {}) : sessions.back()->id;
    } else if (!store.state().session(session_id)) {
        throw UserError("there is no session " + session_id + " in this workshop ('oogst-cli workshop show' lists them)");
    }

    // Made as a table makes it (its place, its colour), signed by the script.
    CaptureAdded note = new_table_capture(store.state(), session_id, CaptureKind::text,
                                          fields.board.empty() ? fields.prompt : fields.board);
    note.text = fields.text;
    note.prompt = fields.prompt;
    note.author_label = fields.author;
    store.record(note);
    out << "Note saved in \"" << store.state().session(session_id)->table_name << "\" (" << note.id << ")\n";
}

void dump(const std::filesystem::path& folder, const std::string& format, std::ostream& out) {
    if (format != "json") throw UserError("unknown format \"" + format + "\": use --format json");
    auto store = Store::open(folder, Store::Fold::at_open, Store::Access::read_only);
    out << canonical_json(store.state());
}

void demo(const std::filesystem::path& folder, const DemoFields& fields, std::ostream& out) {
    const auto& [tables, captures, kiosk_works, seed, camera] = fields;
    if (!camera.empty() && kiosk_works == 0) throw UserError("--camera is the demo kiosk's camera folder: give --kiosk too");
    if (tables < 0 || captures < 0 || kiosk_works < 0) throw UserError("the demo's counts cannot be negative");
    auto store = Store::open_or_create(folder);
    const auto summary = fill_demo_workshop(store, {tables, captures, seed});
    out << "Demo workshop \"" << summary.workshop_name << "\": " << summary.sessions << " sessions, "
        << summary.captures << " captures, " << summary.votes << " votes added to " << folder.string() << "\n";
    if (kiosk_works == 0) return;
    const auto kiosk = fill_demo_kiosk(store, kiosk_works, seed);
    out << "Children's kiosk (PIN " << demo_kiosk_pin << "): " << kiosk.shown << " works shown, " << kiosk.waiting
        << " waiting, " << kiosk.hidden << " hidden, " << kiosk.drafts << " draft\n";
    if (camera.empty()) return;
    // Photos the kiosk's camera has just taken, for the photo step.
    std::error_code error;
    std::filesystem::create_directories(camera, error);
    if (error) throw UserError("cannot make the camera folder " + camera.string() + ": " + error.message());
    for (int photo = 1; photo <= 3; ++photo) {
        const auto file = camera / ("IMG_000" + std::to_string(photo) + ".png");
        std::ofstream(file, std::ios::binary) << demo_collage_png(seed * 31 + static_cast<std::uint64_t>(photo), 480, 360);
        if (!std::filesystem::is_regular_file(file, error)) throw UserError("cannot write " + file.string());
    }
    KioskSettings settings = *store.kiosk_settings();
    settings.camera_folder = std::filesystem::absolute(camera).string();
    store.save_kiosk_settings(settings);
    out << "Its camera folder " << settings.camera_folder << " has 3 photos of collages\n";
}

void list_templates(const std::filesystem::path&, std::ostream& out) {
    const auto library = TemplateLibrary::load(templates_folder());
    out << "Method templates in " << templates_folder().string() << ":\n";
    std::size_t width = 0;
    for (const auto& method : library.templates()) width = std::max(width, method.id.size());
    for (const auto& method : library.templates())
        out << "  " << method.id << std::string(width - method.id.size() + 2, ' ') << method.name.in(Language::nl)
            << " (" << method.boards.size() << (method.boards.size() == 1 ? " board" : " boards") << ")\n";
    if (library.problems().empty()) return;
    out << "Not loaded:\n";
    for (const auto& problem : library.problems()) out << "  " << problem << "\n";
    throw UserError(std::to_string(library.problems().size()) +
                    " method template(s) could not be read: fix the file(s) named above");
}

}  // namespace

void add_workshop_commands(CommandLine& cli) {
    cli.command(nullptr, "init", "set up a store on this device", init_store);

    auto* workshop = cli.group("workshop", "create or show the workshop of this store, or join one");
    auto workshop_fields = std::make_shared<WorkshopFields>();
    auto* workshop_new = cli.command(workshop, "new", "create the workshop", [workshop_fields](const auto& store, auto& out) {
        new_workshop(store, *workshop_fields, out);
    });
    workshop_new->add_option("--name", workshop_fields->name, "name, e.g. \"Roeselare 2030\"")->check(one_line_text())->required();
    workshop_new->add_option("--method", workshop_fields->method, "method template ('oogst-cli templates' lists them)")
        ->capture_default_str();
    workshop_new->add_option("--place", workshop_fields->place, "town or venue")->check(one_line_text());
    workshop_new->add_option("--dates", workshop_fields->dates, "its days, \"2026-12-04, 2026-12-11\"")->check(one_line_text());
    workshop_new->add_option("--languages", workshop_fields->languages, "languages spoken, \"nl, fr\"")->check(one_line_text());
    cli.command(workshop, "show", "show the workshop and its sessions", show_workshop);

    auto* session = cli.group("session", "plan sessions");
    auto session_fields = std::make_shared<SessionFields>();
    auto* session_new = cli.command(session, "new", "add a session (a table, kiosk or event)",
                                    [session_fields](const auto& store, auto& out) { new_session(store, *session_fields, out); });
    session_new->add_option("--table", session_fields->table, "table name, e.g. \"Tafel 3: Beveren\"")->check(one_line_text());
    session_new->add_option("--ambassador", session_fields->ambassador, "who leads the table")->check(one_line_text());
    session_new->add_option("--method", session_fields->method,
                            "method template (default: the workshop's; 'oogst-cli templates' lists them)");
    session_new->add_option("--place", session_fields->place, "where it happens")->check(one_line_text());

    auto note = std::make_shared<NoteFields>();
    auto* add = cli.command(nullptr, "add", "add a text capture (for scripts)",
                            [note](const auto& store, auto& out) { add_note(store, *note, out); });
    add->add_option("--text", note->text, "the note")->check(text_lines())->required();
    add->add_option("--session", note->session_id, "session id (default: the latest, made if none)");
    add->add_option("--prompt", note->prompt, "prompt the note answers")->check(text_lines());
    add->add_option("--board", note->board, "board (column); default: the prompt")->check(one_line_text());
    add->add_option("--author", note->author, "author label (never a full name)")->check(one_line_text())->capture_default_str();

    auto format = std::make_shared<std::string>("json");
    auto* dumping = cli.command(nullptr, "dump", "print the canonical state",
                                [format](const auto& store, auto& out) { dump(store, *format, out); });
    dumping->add_option("--format", *format, "output format (json)")->capture_default_str();

    auto demo_fields = std::make_shared<DemoFields>();
    auto* demoing = cli.command(nullptr, "demo", "generate a realistic dream-session workshop",
                                [demo_fields](const auto& store, auto& out) { demo(store, *demo_fields, out); });
    demoing->add_option("--tables", demo_fields->tables, "number of tables (sessions)")->capture_default_str();
    demoing->add_option("--captures", demo_fields->captures, "captures per table")->capture_default_str();
    demoing->add_option("--seed", demo_fields->seed, "the same seed gives the same workshop")->capture_default_str();
    demoing->add_option("--kiosk", demo_fields->kiosk_works, "also set up a children's kiosk (PIN 1234) with this many works")
        ->capture_default_str();
    demoing->add_option("--camera", demo_fields->camera,
                        "with --kiosk: the kiosk's camera folder, given three photos of collages");

    cli.command(nullptr, "templates", "list the method templates and any that cannot be read", list_templates);
}

}  // namespace oogst::cli
