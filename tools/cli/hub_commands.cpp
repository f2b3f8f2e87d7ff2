// oogst-cli's subcommands of the network: hub (the facilitator's, until Ctrl+C) and push
// (a device hands in what the hub lacks).
#include <signal.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <ostream>
#include <set>
#include <sstream>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/qr_code.hpp"
#include "core/harvest/workshop_templates.hpp"
#include "core/store/store.hpp"
#include "platform/net/hub_client.hpp"
#include "platform/net/hub_server.hpp"
#include "tools/cli/command_line.hpp"

namespace oogst::cli {
namespace {

struct HubFields {
    int port = 8620;               // 0: any free port (the address printed says which)
    std::string host = "0.0.0.0";  // every interface
    std::string advertise;         // the address devices are told; default: this machine's LAN address
};

// "20:41:07": when a push arrived, in the hub's log.
std::string clock_time(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    std::ostringstream text;
    text << std::put_time(&local, "%H:%M:%S");
    return text.str();
}

std::string describe_push(const platform::HubPush& push) {
    const auto& outcome = push.outcome;
    std::ostringstream line;
    line << clock_time(push.at_ms) << "  " << outcome.source << " (" << push.from << "): ";
    switch (outcome.result) {
        case BundleOutcome::Result::merged:
            line << outcome.new_operations << " new operations, " << outcome.known_operations << " already known, "
                 << outcome.new_blobs << " new photos or drawings";
            for (const auto& session : outcome.sessions)
                line << "\n            " << (session.table_name.empty() ? session.session_id : session.table_name)
                     << ": " << session.new_captures << " new captures";
            break;
        case BundleOutcome::Result::already_imported: line << "already received, nothing new"; break;
        case BundleOutcome::Result::rejected: line << "refused: " << outcome.reason; break;
    }
    return line.str();
}

std::string size_text(std::uint64_t bytes) {
    std::ostringstream text;
    if (bytes < 10 * 1024) text << bytes << " bytes";
    else if (bytes < 10 * 1024 * 1024) text << bytes / 1024 << " KB";
    else text << bytes / (1024 * 1024) << " MB";
    return text.str();
}

void run_hub(const std::filesystem::path& folder, const HubFields& fields, std::ostream& out) {
    if (fields.port < 0 || fields.port > 65535)
        throw UserError("--port must be between 1 and 65535 (0 picks a free one)");
    auto store = Store::open(folder);
    std::mutex store_mutex, out_mutex;

    // The hub's threads inherit this mask, so SIGINT and SIGTERM reach sigwait below
    // and nowhere else: the hub then stops between requests, never inside one.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    platform::HubOptions options;
    options.advertised_url = fields.advertise;
    options.templates = templates_in_use(store.state());
    // Read before the hub's threads start: from then on the store is only touched with
    // store_mutex held.
    const auto workshop_name = store.state().workshop().name;
    options.on_push = [&](const platform::HubPush& push) {
        std::lock_guard lock(out_mutex);
        out << describe_push(push) << std::endl;
    };
    platform::HubServer hub(store, store_mutex, options);
    hub.start(fields.host, fields.port);
    {
        std::lock_guard lock(out_mutex);
        out << "Hub of \"" << workshop_name << "\" listening on " << hub.url();
        if (fields.host != "0.0.0.0") out << " (only on " << fields.host << ")";
        out << "\nJoin code: " << hub.join_code() << "   workshop key: " << key_fingerprint(hub.keys().public_key)
            << "\n";
        try {
            const auto link = join_link(hub.keys());
            out << qr_as_text(make_qr_code(link)) << link << "\n";
        } catch (const std::exception&) {
            // The code and the address above are enough to join.
        }
        out << "Waiting for devices; Ctrl+C stops the hub." << std::endl;
    }
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    hub.stop();
    pthread_sigmask(SIG_UNBLOCK, &stop_signals, nullptr);
    std::lock_guard lock(out_mutex);
    out << "Hub stopped; pushes answered: " << hub.push_count() << std::endl;
}

void push(const std::filesystem::path& folder, const std::string& hub, std::ostream& out) {
    auto store = Store::open(folder);
    const bool show_progress = isatty(STDERR_FILENO);
    const auto result = platform::push_to_hub(store, hub, [&](const platform::PushProgress& progress) {
        if (show_progress && progress.stage == platform::PushProgress::Stage::sending)
            std::cerr << "\rSending " << static_cast<int>(progress.fraction() * 100) << "%" << std::flush;
    });
    if (show_progress && result.bytes_sent) std::cerr << "\r            \r";
    if (!result.ok()) throw UserError(result.error);
    if (result.nothing_new)
        out << "Nothing new to send to " << result.hub << "\n";
    else
        out << "Sent to " << result.hub << ": " << result.operations_sent << " operations, " << result.blobs_sent
            << " photos or drawings (" << size_text(result.bytes_sent) << ")\n";
    if (result.receipt) {
        const auto& receipt = *result.receipt;
        out << "Receipt: the facilitator holds operations 1-" << receipt.held_through << " of this device";
        if (!result.nothing_new)
            out << " (" << receipt.new_operations << " new, " << receipt.known_operations << " already known)";
        out << "\n";
    }
    const auto own = store.own_operation_count(), acknowledged = store.acknowledged_through();
    if (acknowledged >= own)
        out << "Everything this device made is with the facilitator.\n";
    else
        out << (own - acknowledged) << " operations are not yet with the facilitator.\n";
}

}  // namespace

void add_hub_commands(CommandLine& cli) {
    auto fields = std::make_shared<HubFields>();
    auto* hub = cli.command(nullptr, "hub", "serve this facilitator's workshop on the local network until Ctrl+C",
                            [fields](const auto& store, auto& out) { run_hub(store, *fields, out); });
    hub->add_option("--port", fields->port, "port to listen on (0: any free port)")->capture_default_str();
    hub->add_option("--host", fields->host, "address to listen on")->capture_default_str();
    hub->add_option("--advertise", fields->advertise, "address devices are told (default: this machine's)");

    auto hub_url = std::make_shared<std::string>();
    cli.command(nullptr, "push", "hand this device's new captures to the facilitator's hub",
                [hub_url](const auto& store, auto& out) { push(store, *hub_url, out); })
        ->add_option("--hub", *hub_url, "the hub's address, e.g. http://192.168.1.20:8620 (default: the join file's)");
}

}  // namespace oogst::cli
