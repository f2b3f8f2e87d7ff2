// oogst-cli's subcommands for planning the sessions and following the devices on the
// facilitator's machine: session list|edit|delete|copy|merge|import-csv, workshop edit,
// and devices. Each goes through core/prepare, as the preparation screens do.
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/prepare/device_list.hpp"
#include "core/prepare/plan_text.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/prepare/session_plan.hpp"
#include "core/prepare/table_list_csv.hpp"
#include "core/prepare/workshop_setup.hpp"
#include "core/store/store.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/text_options.hpp"

namespace oogst::cli {
namespace {

TemplateLibrary methods() { return TemplateLibrary::load(assets_folder() / "templates"); }

// What `session edit` changes: only the options given.
struct SessionChanges {
    std::string session;
    std::optional<std::string> table, place, ambassador, method, start;
    std::optional<int> participants;
    std::vector<std::string> schools;  // "De Regenboog: 5A, 5B"
};

struct MergeFields {
    std::string from, into;
};

struct WorkshopChanges {
    std::optional<std::string> name, place, method, dates, languages;
};

// A session by its id, the start of its id (8 characters or more, as lists show it), or
// its name when only one listed session has it.
std::string find_session(const WorkshopState& state, const std::string& given) {
    if (state.session(given)) return given;
    std::vector<std::string> found;
    for (const auto& [id, record] : state.session_records())
        if (record.live() && given.size() >= 8 && id.compare(0, given.size(), given) == 0) found.push_back(id);
    if (found.empty())
        for (const SessionSet* session : state.sessions())
            if (name_key(session->table_name) == name_key(given)) found.push_back(session->id);
    if (found.size() == 1) return found.front();
    if (found.size() > 1)
        throw UserError(std::to_string(found.size()) + " sessions are called \"" + given +
                        "\": name one by its id ('oogst-cli session list' shows them)");
    throw UserError("there is no session \"" + given + "\" in this workshop ('oogst-cli session list' lists them)");
}

std::string describe_session(const WorkshopState& state, const std::string& id) {
    return "\"" + state.session(id)->table_name + "\" (" + id.substr(0, 8) + ")";
}

void apply(SessionPlan& plan, const SessionChanges& changes, const WorkshopState& state) {
    if (changes.table) plan.table_name = *changes.table;
    if (changes.place) plan.place = *changes.place;
    if (changes.ambassador) plan.ambassador = *changes.ambassador;
    if (changes.method) plan.method = *changes.method;
    if (changes.participants) plan.participants = *changes.participants;
    if (changes.start) plan.starts_at_ms = parse_start(*changes.start, state.workshop().dates);
    if (!changes.schools.empty()) {
        plan.schools.clear();
        for (const std::string& text : changes.schools) {
            const KioskSchool school = parse_kiosk_school(text);
            plan.schools.push_back({school.name, school.classes});
        }
    }
}

void list_sessions(const std::filesystem::path& folder, std::ostream& out) {
    auto store = Store::open(folder);
    const WorkshopState& state = store.state();
    const WorkshopSet& workshop = workshop_to_prepare(store);
    const auto counts = state.capture_counts();
    const std::string day = workshop.dates.empty() ? "" : workshop.dates.front();
    out << workshop.name << ": " << state.sessions().size() << " sessions\n";
    for (const SessionSet* session : state.sessions()) {
        out << "  " << session->id.substr(0, 8) << "  " << session->table_name;
        if (!session->place.empty()) out << " · " << session->place;
        if (!session->ambassador.empty()) out << " · " << session->ambassador;
        if (session->starts_at_ms) out << " · " << start_text_on(session->starts_at_ms, day);
        out << " · " << session->method;
        if (session->participants) out << " · " << session->participants << " participants";
        for (const SessionSchool& school : session->schools) out << " · " << school.name << " (" << school.classes.size() << " classes)";
        const std::size_t captures = counts.count(session->id) ? counts.at(session->id) : 0;
        out << ": " << captures << (captures == 1 ? " capture\n" : " captures\n");
    }
}

void edit(const std::filesystem::path& folder, const SessionChanges& changes, std::ostream& out) {
    auto store = Store::open(folder);
    workshop_to_prepare(store);
    const std::string id = find_session(store.state(), changes.session);
    SessionPlan plan = plan_of(*store.state().session(id));
    apply(plan, changes, store.state());
    edit_session(store, id, plan, methods());
    out << "Session " << describe_session(store.state(), id) << " saved\n";
}

void remove(const std::filesystem::path& folder, const SessionChanges& changes, std::ostream& out) {
    auto store = Store::open(folder);
    workshop_to_prepare(store);
    const std::string id = find_session(store.state(), changes.session);
    const std::string said = describe_session(store.state(), id);
    remove_session(store, id);
    out << "Session " << said << " removed\n";
}

void copy(const std::filesystem::path& folder, const SessionChanges& changes, std::ostream& out) {
    auto store = Store::open(folder);
    workshop_to_prepare(store);
    const std::string id = find_session(store.state(), changes.session);
    const std::string made = copy_session(store, id);
    out << "Session " << describe_session(store.state(), id) << " copied to " << describe_session(store.state(), made) << "\n";
}

void merge_two_sessions(const std::filesystem::path& folder, const MergeFields& fields, std::ostream& out) {
    auto store = Store::open(folder);
    workshop_to_prepare(store);
    const std::string from = find_session(store.state(), fields.from);
    const std::string into = find_session(store.state(), fields.into);
    const std::string said = describe_session(store.state(), from);
    merge_sessions(store, from, into);
    const std::string root = store.state().session_root(into);
    out << "Session " << said << " merged into " << describe_session(store.state(), root) << ": "
        << store.state().captures_of(root).size() << " captures there now\n";
}

void import_csv(const std::filesystem::path& folder, const std::filesystem::path& file, std::ostream& out) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) throw UserError("there is no file " + file.string());
    if (std::filesystem::file_size(file, error) > max_table_list_bytes)
        throw PlanError(PlanProblem{.kind = PlanProblem::Kind::csv_too_large});
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.eof() && in.fail()) throw UserError("cannot read " + file.string());
    auto store = Store::open(folder);
    const auto ids = import_table_list(store, bytes, methods());
    out << ids.size() << (ids.size() == 1 ? " table" : " tables") << " added from " << file.filename().string() << "\n";
    for (const std::string& id : ids) out << "  " << describe_session(store.state(), id) << "\n";
}

std::string when(std::int64_t ms) { return ms ? start_text(ms) : "never"; }

void devices(const std::filesystem::path& folder, std::ostream& out) {
    auto store = Store::open(folder);
    workshop_to_prepare(store);
    const WorkshopState& state = store.state();
    const DeviceList list = device_list(store);
    out << list.devices.size() << (list.devices.size() == 1 ? " device has" : " devices have") << " handed in\n";
    for (const DeviceRow& row : list.devices) {
        out << "  " << row.short_id << "  last handed in " << when(row.device.last_handed_in_ms) << ", "
            << row.device.operations_held << " operations held";
        if (row.device.set_aside) out << ", " << row.device.set_aside << " set aside";
        if (row.role != DeviceRole::member) out << (row.role == DeviceRole::revoked ? ", REVOKED" : ", facilitator");
        out << "; serves ";
        if (row.sessions.empty()) out << "no listed session";
        for (std::size_t i = 0; i < row.sessions.size(); ++i)
            out << (i ? ", " : "") << state.session(row.sessions[i])->table_name;
        out << "\n";
    }
    out << list.waiting.size() << (list.waiting.size() == 1 ? " session" : " sessions")
        << " with nothing handed in yet\n";
    for (const std::string& id : list.waiting) out << "  " << describe_session(state, id) << "\n";
    out << "Devices that joined but have not yet handed in are not known here.\n";
}

void edit_the_workshop(const std::filesystem::path& folder, const WorkshopChanges& changes, std::ostream& out) {
    auto store = Store::open(folder);
    WorkshopPlan plan = plan_of(workshop_to_prepare(store));
    if (changes.name) plan.name = *changes.name;
    if (changes.place) plan.place = *changes.place;
    if (changes.method) plan.method = *changes.method;
    if (changes.dates) plan.dates = parse_days(*changes.dates);
    if (changes.languages) plan.languages = split_list(*changes.languages);
    edit_workshop(store, plan, methods());
    out << "Workshop \"" << store.state().workshop().name << "\" saved\n";
}

void session_options(CLI::App* command, SessionChanges& changes) {
    command->add_option("--table", changes.table, "table name (a kiosk's: the exhibition's title)")->check(one_line_text());
    command->add_option("--place", changes.place, "where it happens")->check(one_line_text());
    command->add_option("--ambassador", changes.ambassador, "who leads the table")->check(one_line_text());
    command->add_option("--start", changes.start, "start: 19:30 (on the workshop's first day) or 2026-12-04 19:30");
    command->add_option("--method", changes.method, "method template ('oogst-cli templates' lists them)");
    command->add_option("--participants", changes.participants, "how many sit at the table (0: not said)");
    command->add_option("--school", changes.schools,
                        "a kiosk's school and classes, \"De Regenboog: 5A, 5B\" (repeat; replaces the list)")->check(one_line_text());
}

}  // namespace

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = std::min(text.find(',', start), text.size());
        if (auto item = trim(std::string_view(text).substr(start, end - start)); !item.empty()) items.push_back(item);
        start = end + 1;
    }
    return items;
}

void add_prepare_commands(CommandLine& cli) {
    auto* session = cli.group("session", "plan sessions");
    cli.command(session, "list", "list the sessions with their ids, places, times and captures", list_sessions);

    auto changes = std::make_shared<SessionChanges>();
    const auto which = [&changes](CLI::App* command) {
        command->add_option("--session", changes->session, "the session: its id (or its first 8 characters) or its name")
            ->required();
    };
    auto* editing = cli.command(session, "edit", "change a session (only the options given)",
                                [changes](const auto& store, auto& out) { edit(store, *changes, out); });
    which(editing);
    session_options(editing, *changes);
    which(cli.command(session, "delete", "remove a planned session (one with captures is merged instead)",
                      [changes](const auto& store, auto& out) { remove(store, *changes, out); }));
    which(cli.command(session, "copy", "add a copy of a session under the next free name",
                      [changes](const auto& store, auto& out) { copy(store, *changes, out); }));

    auto merging = std::make_shared<MergeFields>();
    auto* merge_command = cli.command(session, "merge", "make two sessions one: --from is no longer listed",
                                      [merging](const auto& store, auto& out) { merge_two_sessions(store, *merging, out); });
    merge_command->add_option("--from", merging->from, "the session that goes (id or name)")->required();
    merge_command->add_option("--into", merging->into, "the session that stays (id or name)")->required();

    auto file = std::make_shared<std::filesystem::path>();
    auto* importing = cli.command(session, "import-csv", "add the tables of a spreadsheet's CSV (table;place;ambassador;start)",
                                  [file](const auto& store, auto& out) { import_csv(store, *file, out); });
    importing->add_option("file", *file, "the CSV file")->required();

    cli.command(nullptr, "devices", "which devices handed in, for which sessions, and which sessions still wait",
                devices);

    auto* workshop = cli.group("workshop", "create or show the workshop of this store, or join one");
    auto workshop_changes = std::make_shared<WorkshopChanges>();
    auto* workshop_edit = cli.command(workshop, "edit", "change the workshop (only the options given)",
                                      [workshop_changes](const auto& store, auto& out) {
                                          edit_the_workshop(store, *workshop_changes, out);
                                      });
    workshop_edit->add_option("--name", workshop_changes->name, "its name")->check(one_line_text());
    workshop_edit->add_option("--place", workshop_changes->place, "town or venue")->check(one_line_text());
    workshop_edit->add_option("--method", workshop_changes->method, "method template");
    workshop_edit->add_option("--dates", workshop_changes->dates, "its days, \"2026-12-04, 2026-12-11\"")->check(one_line_text());
    workshop_edit->add_option("--languages", workshop_changes->languages, "languages spoken, \"nl, fr\"")->check(one_line_text());
}

}  // namespace oogst::cli
