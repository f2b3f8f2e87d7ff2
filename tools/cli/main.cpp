// oogst-cli: the command line of Oogst. The contract (subcommand names, exit codes) is
// in DESIGN.md: 0 success, 2 bad input with a one-line reason, 1 internal failure.
#include <CLI/CLI.hpp>

#include <iostream>

#include "tools/cli/commands.hpp"
#include "tools/cli/harvest_commands.hpp"
#include "tools/cli/hub_commands.hpp"
#include "tools/cli/kiosk_commands.hpp"
#include "core/errors.hpp"
#include "core/store/store_location.hpp"

namespace {

constexpr int exit_bad_input = 2;
constexpr int exit_internal = 1;

void add_store_option(CLI::App* command, std::string& store) {
    command->add_option("--store", store, "folder of the store (default: $OOGST_STORE or ~/.local/share/oogst/store)");
}

}  // namespace

int main(int argc, char** argv) {
    using namespace oogst;
    CLI::App app{"Oogst: capture participation workshops offline, harvest them afterwards"};
    app.require_subcommand(1);
    std::string store = default_store_folder().string();
    std::function<void()> run;

    auto* init = app.add_subcommand("init", "set up a store on this device");
    add_store_option(init, store);
    init->callback([&] { run = [&] { cli::init_store(store, std::cout); }; });

    auto* workshop = app.add_subcommand("workshop", "create or show the workshop of this store");
    workshop->require_subcommand(1);
    cli::WorkshopFields workshop_fields;
    auto* workshop_new = workshop->add_subcommand("new", "create the workshop");
    add_store_option(workshop_new, store);
    workshop_new->add_option("--name", workshop_fields.name, "name, e.g. \"Roeselare 2030\"")->required();
    workshop_new->add_option("--method", workshop_fields.method, "method template ('oogst-cli templates' lists them)")
        ->capture_default_str();
    workshop_new->add_option("--place", workshop_fields.place, "town or venue");
    workshop_new->callback([&] { run = [&] { cli::new_workshop(store, workshop_fields, std::cout); }; });
    auto* workshop_show = workshop->add_subcommand("show", "show the workshop and its sessions");
    add_store_option(workshop_show, store);
    workshop_show->callback([&] { run = [&] { cli::show_workshop(store, std::cout); }; });

    cli::JoinCodeChoice join_code;
    auto* workshop_join_code = workshop->add_subcommand("join-code", "write the join file for devices, show the join code");
    add_store_option(workshop_join_code, store);
    workshop_join_code->add_option("--out", join_code.out, "the join file to write (e.g. a USB stick)")->required();
    workshop_join_code->add_option("--hub", join_code.hub, "hub address for the devices (default: this machine, port 8620)");
    workshop_join_code->add_option("--qr", join_code.qr, "also write the QR code as a PNG");
    workshop_join_code->callback([&] { run = [&] { cli::write_join_code(store, join_code, std::cout); }; });
    cli::JoinSource join_source;
    auto* workshop_join = workshop->add_subcommand("join", "join a workshop on this device (join file, or code and hub)");
    add_store_option(workshop_join, store);
    workshop_join->add_option("FILE", join_source.file, "the join file from the facilitator");
    workshop_join->add_option("--hub", join_source.hub_address, "the hub's address, with --code");
    workshop_join->add_option("--code", join_source.code, "the short join code on the facilitator's screen");
    workshop_join->add_option("--key", join_source.key, "the workshop key's fingerprint (key= in the QR code), with --code");
    workshop_join->callback([&] { run = [&] { cli::join(store, join_source, std::cout); }; });

    auto* session = app.add_subcommand("session", "plan sessions");
    session->require_subcommand(1);
    cli::SessionFields session_fields;
    auto* session_new = session->add_subcommand("new", "add a session (a table, kiosk or event)");
    add_store_option(session_new, store);
    session_new->add_option("--table", session_fields.table, "table name, e.g. \"Tafel 3: Beveren\"");
    session_new->add_option("--ambassador", session_fields.ambassador, "who leads the table");
    session_new->add_option("--method", session_fields.method,
                            "method template (default: the workshop's; 'oogst-cli templates' lists them)");
    session_new->add_option("--place", session_fields.place, "where it happens");
    session_new->callback([&] { run = [&] { cli::new_session(store, session_fields, std::cout); }; });

    cli::NoteFields note;
    auto* add = app.add_subcommand("add", "add a text capture (for scripts)");
    add_store_option(add, store);
    add->add_option("--text", note.text, "the note")->required();
    add->add_option("--session", note.session_id, "session id (default: the latest, made if none)");
    add->add_option("--prompt", note.prompt, "prompt the note answers");
    add->add_option("--board", note.board, "board (column); default: the prompt");
    add->add_option("--author", note.author, "author label (never a full name)")->capture_default_str();
    add->callback([&] { run = [&] { cli::add_note(store, note, std::cout); }; });

    std::string format = "json";
    auto* dump = app.add_subcommand("dump", "print the canonical state");
    add_store_option(dump, store);
    dump->add_option("--format", format, "output format (json)")->capture_default_str();
    dump->callback([&] { run = [&] { cli::dump(store, format, std::cout); }; });

    int tables = 6, captures = 30, kiosk_works = 0;
    std::uint64_t seed = 1;
    auto* demo = app.add_subcommand("demo", "generate a realistic dream-session workshop");
    add_store_option(demo, store);
    demo->add_option("--tables", tables, "number of tables (sessions)")->capture_default_str();
    demo->add_option("--captures", captures, "captures per table")->capture_default_str();
    demo->add_option("--seed", seed, "the same seed gives the same workshop")->capture_default_str();
    demo->add_option("--kiosk", kiosk_works, "also set up a children's kiosk (PIN 1234) with this many works")
        ->capture_default_str();
    std::filesystem::path demo_camera;
    demo->add_option("--camera", demo_camera, "with --kiosk: the kiosk's camera folder, given three photos of collages");
    demo->callback([&] { run = [&] { cli::demo(store, tables, captures, kiosk_works, demo_camera, seed, std::cout); }; });

    auto* kiosk = app.add_subcommand("kiosk", "set up this device as a children's exhibition kiosk");
    kiosk->require_subcommand(1);
    cli::KioskChanges kiosk_changes;
    auto* kiosk_set = kiosk->add_subcommand("set", "set the kiosk's title, schools and classes, times and camera folder");
    add_store_option(kiosk_set, store);
    kiosk_set->add_option("--title", kiosk_changes.title, "the exhibition's title, shown above its works");
    kiosk_set->add_option("--school", kiosk_changes.schools,
                          "a school and its classes, \"De Regenboog: 5A, 5B\" (repeat for each; replaces the list)");
    kiosk_set->add_option("--idle", kiosk_changes.idle, "seconds untouched before \"are you still there?\" (15-3600)");
    kiosk_set->add_option("--countdown", kiosk_changes.countdown, "seconds that question counts down (5-120)");
    kiosk_set->add_option("--slide", kiosk_changes.slide, "seconds each work is shown in the loop (3-120)");
    kiosk_set->add_option("--camera", kiosk_changes.camera, "the folder where the kiosk's camera saves photos");
    kiosk_set->add_option("--monitor", kiosk_changes.monitor, "the monitor the kiosk fills (0: the primary one)");
    kiosk_set->callback([&] { run = [&] { cli::set_kiosk(store, kiosk_changes, std::cout); }; });
    auto* kiosk_pin = kiosk->add_subcommand("pin", "set the facilitator's PIN (4-8 digits, read from the first input line)");
    add_store_option(kiosk_pin, store);
    kiosk_pin->callback([&] { run = [&] { cli::set_kiosk_pin(store, std::cin, std::cout); }; });
    auto* kiosk_show = kiosk->add_subcommand("show", "show the kiosk's settings and how many works wait");
    add_store_option(kiosk_show, store);
    kiosk_show->callback([&] { run = [&] { cli::show_kiosk(store, std::cout); }; });

    auto* bundle = app.add_subcommand("bundle", "hand this device's work to the facilitator as a file");
    bundle->require_subcommand(1);
    cli::ExportOptions export_options;
    auto* bundle_export = bundle->add_subcommand("export", "write a bundle (sealed for the facilitator)");
    add_store_option(bundle_export, store);
    bundle_export->add_option("--out", export_options.out, "file, or folder (e.g. a USB stick) to name it in")->required();
    bundle_export->add_flag("--all", export_options.everything, "everything, also what the facilitator acknowledged");
    bundle_export->add_flag("--plain", export_options.plain, "do not seal (anyone could read it)");
    bundle_export->callback([&] { run = [&] { cli::export_bundle_file(store, export_options, std::cout); }; });
    std::string bundle_file;
    auto* bundle_inspect = bundle->add_subcommand("inspect", "show what a bundle holds");
    add_store_option(bundle_inspect, store);
    bundle_inspect->add_option("FILE", bundle_file, "the bundle")->required();
    bundle_inspect->callback([&] { run = [&] { cli::inspect_bundle(store, bundle_file, std::cout); }; });
    auto* bundle_verify = bundle->add_subcommand("verify", "check a bundle fully without importing it");
    add_store_option(bundle_verify, store);
    bundle_verify->add_option("FILE", bundle_file, "the bundle")->required();
    bundle_verify->callback([&] { run = [&] { cli::verify_bundle(store, bundle_file, std::cout); }; });

    std::vector<std::filesystem::path> import_paths;
    auto* import = app.add_subcommand("import", "merge bundles (files or folders such as a USB stick)");
    add_store_option(import, store);
    import->add_option("PATHS", import_paths, "bundles (*.oogst) or folders holding them")->required();
    import->callback([&] { run = [&] { cli::import_bundles(store, import_paths, std::cout); }; });

    auto* templates = app.add_subcommand("templates", "list the method templates and any that cannot be read");
    add_store_option(templates, store);
    templates->callback([&] { run = [&] { cli::list_templates(std::cout); }; });

    cli::HubFields hub_fields;
    auto* hub = app.add_subcommand("hub", "serve this facilitator's workshop on the local network until Ctrl+C");
    add_store_option(hub, store);
    hub->add_option("--port", hub_fields.port, "port to listen on (0: any free port)")->capture_default_str();
    hub->add_option("--host", hub_fields.host, "address to listen on")->capture_default_str();
    hub->add_option("--advertise", hub_fields.advertise, "address devices are told (default: this machine's)");
    hub->callback([&] { run = [&] { cli::run_hub(store, hub_fields, std::cout); }; });

    std::string hub_url;
    auto* push = app.add_subcommand("push", "hand this device's new captures to the facilitator's hub");
    add_store_option(push, store);
    push->add_option("--hub", hub_url, "the hub's address, e.g. http://192.168.1.20:8620 (default: the join file's)");
    push->callback([&] { run = [&] { cli::push(store, hub_url, std::cout); }; });

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        std::cerr << "oogst-cli: " << error.what() << " (see oogst-cli --help)\n";
        return exit_bad_input;
    }

    try {
        run();
        return 0;
    } catch (const UserError& error) {
        std::cerr << "oogst-cli: " << error.what() << "\n";
        return exit_bad_input;
    } catch (const std::exception& error) {
        std::cerr << "oogst-cli: internal error: " << error.what() << "\n";
        return exit_internal;
    }
}
