#include "tools/cli/commands.hpp"

#include <algorithm>
#include <fstream>
#include <ostream>

#include "core/assets/assets.hpp"
#include "core/model/canonical_json.hpp"
#include "core/errors.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "core/harvest/workshop_keys.hpp"
#include "tools/demo/demo_kiosk.hpp"
#include "tools/demo/demo_workshop.hpp"

namespace oogst::cli {
namespace {

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

}  // namespace

void init_store(const std::filesystem::path& folder, std::ostream& out) {
    const bool existed = Store::exists(folder);
    auto store = Store::open_or_create(folder);
    out << (existed ? "Store already set up in " : "Store set up in ") << folder.string() << " (device "
        << store.device().id.substr(0, 8) << ")\n";
}

void new_workshop(const std::filesystem::path& folder, const WorkshopFields& fields, std::ostream& out) {
    if (fields.name.empty()) throw UserError("a workshop needs a name: --name \"Roeselare 2030\"");
    require_known_method(fields.method);
    auto store = Store::open_or_create(folder);
    if (store.state().has_workshop())
        throw UserError("this store already belongs to the workshop \"" + store.state().workshop().name +
                        "\": use another --store for a new workshop");
    WorkshopSet workshop{new_id(), fields.name, fields.method, fields.place};
    // The workshop's key pair is made with it: this machine is the facilitator's, the
    // only one that can open the bundles devices hand in.
    auto keys = make_workshop_keys(workshop.id);
    keys.facilitator_key = store.device().public_key;
    store.batch([&] {
        store.record(workshop);
        store.save_workshop_keys(keys);
    });
    out << "Workshop \"" << workshop.name << "\" created (" << workshop.id << ")\n"
        << "Its key (fingerprint " << key_fingerprint(keys.public_key)
        << ") stays on this machine; make a join file for the devices with 'oogst-cli workshop join-code --out FILE'\n";
}

void show_workshop(const std::filesystem::path& folder, std::ostream& out) {
    auto store = Store::open(folder);
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

    CaptureAdded note;
    note.id = new_id();
    note.session_id = session_id;
    note.text = fields.text;
    note.prompt = fields.prompt;
    note.board = fields.board.empty() ? fields.prompt : fields.board;
    note.author_label = fields.author;
    note.x = static_cast<float>(store.state().captures_of(session_id).size());
    note.colour = 0xff8ae8ff;
    store.record(note);
    out << "Note saved in \"" << store.state().session(session_id)->table_name << "\" (" << note.id << ")\n";
}

void dump(const std::filesystem::path& folder, const std::string& format, std::ostream& out) {
    if (format != "json") throw UserError("unknown format \"" + format + "\": use --format json");
    auto store = Store::open(folder);
    out << canonical_json(store.state());
}

void demo(const std::filesystem::path& folder, int tables, int captures, int kiosk_works,
          const std::filesystem::path& camera, std::uint64_t seed, std::ostream& out) {
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

void list_templates(std::ostream& out) {
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

}  // namespace oogst::cli
