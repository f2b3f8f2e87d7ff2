// oogst-cli device show|revoke|readmit|facilitator (issue 15): the facilitator's word on
// a member device. What the rules refused from it, and what revoking set aside, is kept
// in the store and listed by 'device show'.
#include <map>
#include <memory>
#include <ostream>

#include "core/errors.hpp"
#include "core/harvest/member_devices.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/store/store.hpp"
#include "tools/cli/command_line.hpp"

namespace oogst::cli {
namespace {

struct DeviceChoice {
    std::string device;       // its id or first characters
    bool set_aside = false;   // revoke: its earlier work stops counting too
};

const char* role_word(DeviceRole role) {
    switch (role) {
        case DeviceRole::member: return "member";
        case DeviceRole::facilitator: return "facilitator";
        case DeviceRole::revoked: return "revoked";
    }
    return "member";
}

void show(const std::filesystem::path& folder, const DeviceChoice& choice, std::ostream& out) {
    auto store = Store::open(folder, Store::Fold::when_needed);
    const std::string device = find_member_device(store, choice.device);
    out << "Device " << device << ": " << role_word(store.device_role(device)) << "\n";
    for (const KnownDevice& known : store.known_devices()) {
        if (known.id != device) continue;
        out << "  " << known.bundles << " bundle(s) handed in; its changes 1-" << known.held_through << " are here, "
            << known.operations_held << " counted, " << known.set_aside << " set aside\n";
    }
    std::map<Refusal, std::pair<std::uint64_t, std::uint64_t>> aside;  // reason -> count, first sequence
    for (const SetAsideOperation& op : store.set_aside_operations(device)) {
        auto& [count, first] = aside[op.why];
        if (count++ == 0) first = op.op.id.sequence;
    }
    for (const auto& [why, found] : aside)
        out << "  set aside: " << found.first << " change(s) from change " << found.second << " on: "
            << refusal_sentence(why) << "\n";
}

void revoke(const std::filesystem::path& folder, const DeviceChoice& choice, std::ostream& out) {
    auto store = Store::open(folder, Store::Fold::when_needed);
    const std::string device = find_member_device(store, choice.device);
    const auto moved = revoke_device(store, device, choice.set_aside);
    out << "Device " << device.substr(0, 8) << " is revoked: its later changes are refused";
    if (choice.set_aside) out << "; " << moved << " change(s) it handed in before are set aside (kept, not counted)";
    else out << "; what it handed in before still counts (--set-aside to set it aside)";
    out << ". 'oogst-cli device readmit " << device.substr(0, 8) << "' undoes this.\n";
}

void readmit(const std::filesystem::path& folder, const DeviceChoice& choice, std::ostream& out) {
    auto store = Store::open(folder, Store::Fold::when_needed);
    const std::string device = find_member_device(store, choice.device);
    const auto back = readmit_device(store, device);
    out << "Device " << device.substr(0, 8) << " is a member again; " << back
        << " change(s) set aside when it was revoked count again. Changes the rules refused stay aside.\n";
}

void facilitator(const std::filesystem::path& folder, const DeviceChoice& choice, std::ostream& out) {
    auto store = Store::open(folder, Store::Fold::when_needed);
    const std::string device = find_member_device(store, choice.device);
    name_facilitator(store, device);
    out << "Device " << device.substr(0, 8)
        << " is named facilitator: from its next bundle on, it may change the workshop, its keys and plans\n";
}

}  // namespace

void add_device_commands(CommandLine& cli) {
    auto* group = cli.group("device", "what the facilitator allows a member device (show, revoke, readmit, facilitator)");
    auto choice = std::make_shared<DeviceChoice>();
    const auto which = [&choice](CLI::App* command) {
        command->add_option("ID", choice->device, "the device: its id or its first characters ('oogst-cli devices')")
            ->required();
        return command;
    };
    which(cli.command(group, "show", "its role, what of it is here, and what was set aside and why",
                      [choice](const auto& store, auto& out) { show(store, *choice, out); }));
    which(cli.command(group, "revoke", "refuse its later changes (a lost tablet, a device gone rogue)",
                      [choice](const auto& store, auto& out) { revoke(store, *choice, out); }))
        ->add_flag("--set-aside", choice->set_aside, "also set aside what it handed in before (kept, not counted)");
    which(cli.command(group, "readmit", "make a revoked device a member again, with what revoking set aside",
                      [choice](const auto& store, auto& out) { readmit(store, *choice, out); }));
    which(cli.command(group, "facilitator", "let it change everything, like this machine (a second laptop)",
                      [choice](const auto& store, auto& out) { facilitator(store, *choice, out); }));
}

}  // namespace oogst::cli
