// oogst-cli's subcommands of the harvest: workshop join-code|join, bundle
// export|inspect|verify, import.
#include <iomanip>
#include <map>
#include <memory>
#include <ostream>
#include <set>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_files.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "core/harvest/qr_code.hpp"
#include "core/harvest/workshop_templates.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/prepare/plan_time.hpp"
#include "core/store/store.hpp"
#include "platform/files/durable_file.hpp"
#include "platform/net/hub_client.hpp"
#include "platform/net/local_address.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/out_path.hpp"

namespace oogst::cli {
namespace {

struct JoinCodeChoice {
    std::filesystem::path out;  // the join file
    std::string hub;            // hub address for devices; default: this machine's, port 8620
    std::filesystem::path qr;   // optional PNG of the QR code
    bool replace = false;       // write over an --out or --qr already there
};

struct JoinSource {
    std::filesystem::path file;
    std::string hub_address, code;
    std::string key;  // the key= fingerprint of the QR code's link, checked when given
};

struct ExportOptions {
    std::filesystem::path out;  // a file, or a folder to name the file in
    bool everything = false;    // else only what the facilitator has not acknowledged
    bool plain = false;         // not sealed (for tests and debugging: anyone can read it)
    bool replace = false;       // write over a file --out names that is already there
};


std::string result_word(BundleOutcome::Result result) {
    switch (result) {
        case BundleOutcome::Result::merged: return "merged";
        case BundleOutcome::Result::already_imported: return "already imported";
        case BundleOutcome::Result::rejected: return "REJECTED";
    }
    return "";
}

std::string local_hub_address(int port) { return "http://" + platform::local_network_address() + ":" + std::to_string(port); }

void write_join_code(const std::filesystem::path& folder, const JoinCodeChoice& choice, std::ostream& out) {
    if (choice.out.empty()) throw UserError("say where to write the join file: --out FILE");
    check_out(folder, choice.out, choice.replace);
    if (!choice.qr.empty()) check_out(folder, choice.qr, choice.replace, "--qr");
    auto store = Store::open(folder);
    auto join = make_join_file(store, choice.hub.empty() ? local_hub_address(8620) : choice.hub, templates_in_use(store.state()));
    // It holds the pairing token: whoever can read it can push as a member.
    platform::write_file_durably(choice.out, encode_join_file(join), 0600);
    const auto link = join_link(join.keys);
    const auto code = make_qr_code(link);
    if (!choice.qr.empty()) write_qr_png(code, choice.qr);
    out << "Join file for \"" << join.workshop_name << "\" written to " << choice.out.string() << "\n"
        << "Join code: " << short_join_code(join.keys) << "  (hub " << join.keys.hub << ")\n"
        << "Key fingerprint: " << key_fingerprint(join.keys.public_key) << "\n"
        << qr_as_text(code) << link << "\n";
    if (!choice.qr.empty()) out << "QR code written to " << choice.qr.string() << "\n";
}

void join(const std::filesystem::path& folder, const JoinSource& source, std::ostream& out) {
    JoinFile join;
    if (!source.code.empty()) {
        if (source.hub_address.empty()) throw UserError("a join code needs the hub's address too: --hub ADDRESS");
        join = platform::fetch_join_file(source.hub_address, source.code, 10, source.key);
    } else if (!source.file.empty()) {
        try {
            join = decode_join_file(platform::read_whole_file(source.file, max_join_file_bytes));
        } catch (const FormatError& error) {
            throw UserError(source.file.string() + ": " + error.what());
        }
    } else {
        throw UserError("join with the facilitator's join file (FILE) or with --hub ADDRESS --code CODE");
    }
    auto store = Store::open_or_create(folder);
    join_workshop(store, join);
    out << "This device (" << store.device().id.substr(0, 8) << ") joined \"" << join.workshop_name << "\"; "
        << join.facilitator_operations.size() << " planning change(s) and " << join.templates.size()
        << " template(s) received. Hub: " << (join.keys.hub.empty() ? "none" : join.keys.hub) << "\n";
}

// The receipts the facilitator left in folder for this device, taken in; one line for
// what was taken and one per refused receipt. Returns the refused ones.
std::vector<RefusedReceipt> take_and_tell(Store& store, const std::filesystem::path& folder, std::ostream& out) {
    const ReceiptIntake intake = take_receipts(store, folder);
    if (intake.taken > 0)
        out << "Took in " << intake.taken << " receipt(s) from the facilitator in " << folder.string()
            << ": the facilitator holds this device's changes 1-" << store.acknowledged_through() << "\n";
    for (const RefusedReceipt& refused : intake.refused) out << "Refused: " << refused.sentence << "\n";
    return intake.refused;
}

void export_bundle_file(const std::filesystem::path& folder, const ExportOptions& options, std::ostream& out) {
    if (options.out.empty()) throw UserError("say where to write the bundle: --out FILE or --out FOLDER");
    std::error_code error;
    const bool to_folder = std::filesystem::is_directory(options.out, error);
    // Into a folder the file gets a name of its own, never one already there.
    check_out(folder, options.out, options.replace || to_folder);
    auto store = Store::open(folder);
    // A stick the facilitator imported before may carry receipts for this device: with
    // them, "only what is new" is really only what is new.
    if (to_folder) take_and_tell(store, options.out, out);
    ExportChoice choice = options.everything ? ExportChoice{} : only_unacknowledged(store);
    choice.sealed = !options.plain;
    const bool all_handed_in = all_acknowledged(store);
    const auto exported = export_bundle_with_summary(store, choice);
    // Into a folder (a stick), like the Harvest screen: a bundle without changes goes
    // under the device's standing note's name, so a facilitator who lost work sees the
    // gap. Decided on what the bundle holds, so a bundle with changes never takes that
    // name. A file asked for by name is written all the same (a script may wait for it).
    if (to_folder && !options.everything && exported.header.operation_count == 0) {
        const auto note = standing_note_in(options.out, read_standing(store), store.device().id);
        platform::write_file_durably(note, exported.bytes);
        if (all_handed_in)
            out << "Nothing new to hand in: the facilitator holds all " << store.own_operation_count()
                << " change(s) of this device.";
        else
            out << "Nothing sound to hand in: the " << exported.header.damaged_sequences.size()
                << " change(s) not yet with the facilitator are damaged on this device and were left out.";
        out << " Left a standing note (" << note.filename().string()
            << ") so the facilitator can see whether anything is missing\n";
        return;
    }
    auto file = options.out;
    if (std::filesystem::is_directory(file, error))
        file = bundle_file_in(file, read_standing(store), store.device().id, wall_clock_ms());
    platform::write_file_durably(file, exported.bytes);
    const auto& header = exported.header;
    out << "Bundle written to " << file.string() << ": " << header.operation_count << " operation(s)";
    if (header.operation_count) out << " (" << header.first_sequence << "-" << header.last_sequence << ")";
    out << ", " << header.blob_count << " picture(s), " << exported.bytes.size() << " bytes, "
        << (choice.sealed ? "sealed for the facilitator" : "NOT sealed: anyone can read it") << "\n";
    if (!header.damaged_blobs.empty())
        out << header.damaged_blobs.size()
            << " picture(s) on this device are damaged (they no longer match their checksum) and were left out; the "
               "captures that show them go without them\n";
}

void take_receipts_from(const std::filesystem::path& folder, const std::filesystem::path& from, std::ostream& out) {
    auto store = Store::open(folder, Store::Fold::when_needed);
    if (!store.workshop_keys())
        throw UserError("this store has joined no workshop: join it first ('oogst-cli workshop join FILE')");
    std::error_code error;
    if (!std::filesystem::is_directory(from, error)) throw UserError(from.string() + " is not a folder");
    const auto refused = take_and_tell(store, from, out);
    const auto own = store.own_operation_count(), acknowledged = store.acknowledged_through();
    if (own > 0 && acknowledged >= own) out << "Everything is with the facilitator\n";
    else out << "Not yet with the facilitator: " << own - std::min(own, acknowledged) << " change(s)\n";
    if (!refused.empty())
        throw UserError(refused.front().sentence +
                        (refused.size() > 1 ? " (and " + std::to_string(refused.size() - 1) + " more, listed above)" : ""));
}

// What the facilitator does not hold yet of this device's work, by its receipts.
void bundle_status(const std::filesystem::path& folder, const std::string& format, std::ostream& out) {
    if (format != "text" && format != "json") throw UserError("unknown format \"" + format + "\": use text or json");
    auto store = Store::open(folder, Store::Fold::when_needed);
    const auto own = store.own_operation_count(), acknowledged = store.acknowledged_through();
    const std::uint64_t waiting = own - std::min(own, acknowledged);
    const auto last = store.last_receipt_ms();
    if (format == "json") {
        out << "{\"unacknowledged_operations\": " << waiting << ", \"last_receipt_ms\": "
            << (last ? std::to_string(*last) : "null") << "}\n";
        return;
    }
    if (waiting == 0 && own > 0) out << "Everything is with the facilitator";
    else out << "Not yet with the facilitator: " << waiting << " change(s)";
    out << (last ? "; last receipt " + start_text(*last) : "; no receipt yet") << "\n";
}

void inspect_bundle(const std::filesystem::path& folder, const std::filesystem::path& file, std::ostream& out) {
    // Read as the import reads it, its first few KB judged first: a multi-gigabyte file
    // that is no bundle is refused unread.
    const auto bytes = [&] {
        try {
            return read_bundle_file(file, nullptr);
        } catch (const BundleError& error) {
            throw BundleError(file.string() + ": " + error.what());
        }
    }();
    const auto cover = read_cover(bytes);
    out << file.string() << ": Oogst bundle, format " << cover.format_version << ", " << cover.size << " bytes, "
        << (cover.sealed ? "sealed" : "not sealed") << ", workshop " << cover.workshop_id << "\n";
    std::optional<WorkshopKeys> keys;
    // Only the keys are read: a read-only store still answers (issue 15).
    if (Store::exists(folder))
        keys = Store::open(folder, Store::Fold::when_needed, Store::Access::read_only).workshop_keys();
    if (cover.sealed && !(keys && keys->is_facilitator() && keys->workshop_id == cover.workshop_id)) {
        out << "  its contents are sealed: only the facilitator's machine of that workshop can show them\n";
        return;
    }
    const auto bundle = read_bundle(bytes, keys && keys->workshop_id == cover.workshop_id ? &*keys : nullptr);
    const auto& header = bundle.header;
    out << "  device " << header.device_id << "\n  operations " << header.operation_count;
    if (header.operation_count) out << " (sequence " << header.first_sequence << "-" << header.last_sequence << ")";
    out << "\n  pictures " << header.blob_count << " (" << header.blob_bytes << " bytes)\n  hash " << bundle.body_hash
        << "\n";
    std::map<std::string, int> kinds;
    for (const auto& op : bundle.operations) ++kinds[std::string(kind_name(op.kind))];
    for (const auto& [kind, count] : kinds) out << "    " << kind << ": " << count << "\n";
}

// Under a bundle's line, as the import prints it and as 'bundle verify' foretells it: its
// tables, the changes refused or damaged, the earlier work missing, damaged pictures.
void print_outcome_details(const BundleOutcome& bundle, std::ostream& out) {
    for (const auto& session : bundle.sessions)
        out << "    " << (session.table_name.empty() ? session.session_id.substr(0, 8) : session.table_name) << ": "
            << session.new_captures << " new capture(s), " << session.new_operations << " change(s)\n";
    for (const RefusedChanges& refused : bundle.refused)
        out << (refused.why == Refusal::damaged_on_device ? "    DAMAGED " : "    REFUSED ") << refused.count
            << " change(s) from change " << refused.first_sequence << " on, set aside: " << refusal_sentence(refused.why)
            << "\n";
    if (bundle.has_gap()) out << "    MISSING: " << gap_sentence(bundle) << "\n";
    if (bundle.damaged_pictures)
        out << "    DAMAGED: " << bundle.damaged_pictures
            << " picture(s) were damaged on the device's disk and did not come; their captures arrived without "
               "them\n";
}

// Merged, but not whole: a device overstepped, or its earlier work is not here (exit 2).
void refuse_unless_whole(const BundleOutcome& bundle) {
    if (!bundle.refused.empty())
        throw UserError(bundle.source + ": " + std::to_string(bundle.refused_operations()) + " change(s) of device " +
                        bundle.device_id.substr(0, 8) + " were refused (" + refusal_sentence(bundle.refused.front().why) +
                        "); they are kept aside: 'oogst-cli device show " + bundle.device_id.substr(0, 8) + "'");
    if (bundle.has_gap()) throw UserError(bundle.source + ": " + gap_sentence(bundle));
}

void verify_bundle(const std::filesystem::path& folder, const std::filesystem::path& file, std::ostream& out) {
    auto store = Store::open(folder, Store::Fold::when_needed);
    const auto keys = store.workshop_keys();
    if (!keys) throw UserError("this store has no workshop keys: verify bundles on the facilitator's machine");
    if (!keys->is_facilitator()) {
        // A device's store: only an unsealed bundle can be read here, and there is no
        // import to foretell.
        const auto bundle = [&] {
            try {
                return read_bundle(read_bundle_file(file, &*keys), &*keys);
            } catch (const BundleError& error) {
                throw BundleError(file.string() + ": " + error.what());
            }
        }();
        out << file.string() << ": valid, signed by device " << bundle.header.device_id.substr(0, 8) << ", "
            << bundle.operations.size() << " operation(s), " << bundle.blobs.size() << " picture(s)\n";
        return;
    }
    // The import itself, rehearsed and rolled back: verify says what import would.
    const auto outcome = rehearse_import(store, file);
    if (outcome.result == BundleOutcome::Result::rejected) throw UserError(file.string() + ": " + outcome.reason);
    out << file.string() << ": valid, device " << outcome.device_id.substr(0, 8) << "; imported now it would be "
        << result_word(outcome.result) << ": " << outcome.new_operations << " new, " << outcome.known_operations
        << " already known, " << outcome.new_blobs << " new picture(s)\n";
    print_outcome_details(outcome, out);
    refuse_unless_whole(outcome);
}

void import_bundles(const std::filesystem::path& folder, const std::vector<std::filesystem::path>& paths,
                    std::ostream& out) {
    if (paths.empty()) throw UserError("name the bundles or folders to import");
    auto store = Store::open(folder, Store::Fold::when_needed);
    const auto keys = store.workshop_keys();
    if (!keys || !keys->is_facilitator())
        throw UserError("this store is not the facilitator's: import bundles on the machine where the workshop was "
                        "created");
    const auto report = import_paths(store, paths);
    // One receipt per device on each folder read, so the tablets learn it all arrived.
    std::map<std::filesystem::path, std::size_t> written;
    for (const ReceiptFile& receipt : receipts_for_folders(store, report, paths)) {
        try {
            platform::write_file_durably(receipt.file, receipt.bytes);
            ++written[receipt.file.parent_path()];
        } catch (const UserError& error) {
            out << "Receipt not written to " << receipt.file.parent_path().string() << " (" << error.what()
                << "): that device will not see on this stick that its work arrived\n";
        }
    }
    if (report.bundles.empty()) throw UserError("no bundles (*.oogst) were found there");
    for (const auto& bundle : report.bundles) {
        out << bundle.source << ": " << result_word(bundle.result);
        if (bundle.result == BundleOutcome::Result::rejected) {
            out << ": " << bundle.reason << "\n";
            continue;
        }
        out << ", device " << bundle.device_id.substr(0, 8) << ", " << bundle.new_operations << " new, "
            << bundle.known_operations << " already known, " << bundle.new_blobs << " new picture(s)\n";
        print_outcome_details(bundle, out);
    }
    out << "Imported " << report.bundles.size() << " bundle(s): " << report.new_operations() << " new operation(s), "
        << report.known_operations() << " already known, " << report.rejected() << " rejected";
    if (report.refused_operations()) out << ", " << report.refused_operations() << " change(s) refused and set aside";
    out << "\n";
    for (const auto& [place, count] : written)
        out << "Receipts for " << count << " device(s) written to " << place.string() << "\n";
    if (report.rejected()) {
        for (const auto& bundle : report.bundles)
            if (bundle.result == BundleOutcome::Result::rejected)
                throw UserError(bundle.source + ": " + bundle.reason +
                                (report.rejected() > 1 ? " (and " + std::to_string(report.rejected() - 1) +
                                                             " more rejected, listed above)"
                                                       : ""));
    }
    for (const auto& bundle : report.bundles) refuse_unless_whole(bundle);
}

}  // namespace

void add_harvest_commands(CommandLine& cli) {
    auto* workshop = cli.group("workshop", "create or show the workshop of this store, or join one");
    auto join_code = std::make_shared<JoinCodeChoice>();
    auto* join_code_command = cli.command(workshop, "join-code", "write the join file for devices, show the join code",
                                          [join_code](const auto& store, auto& out) { write_join_code(store, *join_code, out); });
    join_code_command->add_option("--out", join_code->out, "the join file to write (e.g. a USB stick)")->required();
    join_code_command->add_option("--hub", join_code->hub, "hub address for the devices (default: this machine, port 8620)");
    join_code_command->add_option("--qr", join_code->qr, "also write the QR code as a PNG");
    join_code_command->add_flag("--replace", join_code->replace, "write over --out or --qr when already there");
    auto source = std::make_shared<JoinSource>();
    auto* joining = cli.command(workshop, "join", "join a workshop on this device (join file, or code and hub)",
                                [source](const auto& store, auto& out) { join(store, *source, out); });
    joining->add_option("FILE", source->file, "the join file from the facilitator");
    joining->add_option("--hub", source->hub_address, "the hub's address, with --code");
    joining->add_option("--code", source->code, "the short join code on the facilitator's screen");
    joining->add_option("--key", source->key, "the workshop key's fingerprint (key= in the QR code), with --code");

    auto* bundle = cli.group("bundle", "hand this device's work to the facilitator as a file");
    auto options = std::make_shared<ExportOptions>();
    auto* exporting = cli.command(bundle, "export", "write a bundle (sealed for the facilitator)",
                                  [options](const auto& store, auto& out) { export_bundle_file(store, *options, out); });
    exporting->add_option("--out", options->out, "file, or folder (e.g. a USB stick) to name it in")->required();
    exporting->add_flag("--all", options->everything, "everything, also what the facilitator acknowledged");
    exporting->add_flag("--plain", options->plain, "do not seal (anyone could read it)");
    exporting->add_flag("--replace", options->replace, "write over the file --out names when already there");
    auto file = std::make_shared<std::filesystem::path>();
    cli.command(bundle, "inspect", "show what a bundle holds",
                [file](const auto& store, auto& out) { inspect_bundle(store, *file, out); })
        ->add_option("FILE", *file, "the bundle")
        ->required();
    auto from = std::make_shared<std::filesystem::path>();
    cli.command(bundle, "receipts", "take in the facilitator's receipts for this device from a folder (a USB stick)",
                [from](const auto& store, auto& out) { take_receipts_from(store, *from, out); })
        ->add_option("DIR", *from, "the folder the facilitator imported (receipts are *.oogst-receipt files)")
        ->required();
    auto status_format = std::make_shared<std::string>("text");
    cli.command(bundle, "status", "say what the facilitator does not hold yet of this device's work",
                [status_format](const auto& store, auto& out) { bundle_status(store, *status_format, out); })
        ->add_option("--format", *status_format,
                     "text, or json: {\"unacknowledged_operations\": N, \"last_receipt_ms\": T|null}")
        ->capture_default_str();
    cli.command(bundle, "verify", "check a bundle fully without importing it",
                [file](const auto& store, auto& out) { verify_bundle(store, *file, out); })
        ->add_option("FILE", *file, "the bundle")
        ->required();

    auto paths = std::make_shared<std::vector<std::filesystem::path>>();
    auto* importing = cli.command(nullptr, "import", "merge bundles (files or folders such as a USB stick)",
                                  [paths](const auto& store, auto& out) { import_bundles(store, *paths, out); });
    importing->add_option("PATHS", *paths, "bundles (*.oogst) or folders holding them")->required();
    importing->footer(
        "Prints one line per bundle file: merged, already imported, or REJECTED with the reason.\n"
        "A merged bundle may still list REFUSED changes (a device changing what is not its own: set aside, "
        "see 'oogst-cli device') and MISSING work (the device's earlier changes are not here: export everything "
        "on it).\n"
        "Exit code: 0 when every bundle merged whole or was imported before; 2 when none was found, any was "
        "refused, any change was refused or any device's earlier work is missing (the others are merged all "
        "the same, as their lines say; the last line names the first problem); 1 on an internal failure.");
}

}  // namespace oogst::cli
