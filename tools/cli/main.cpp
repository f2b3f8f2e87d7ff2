// oogst-cli: the command line of Oogst. The contract (subcommand names, exit codes) is
// in DESIGN.md: 0 success, 2 bad input with a one-line reason, 1 internal failure. Each
// *_commands.cpp registers its own subcommands; this file gathers them.
#include <CLI/CLI.hpp>

#include <iostream>

#include "core/errors.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/terminal_output.hpp"

namespace {

constexpr int exit_bad_input = 2;
constexpr int exit_internal = 1;

// What was wrong with the words, in one line: a word where a subcommand belongs is named
// as an unknown subcommand (CLI11 only says that one is required).
std::string parse_problem(const CLI::App& app, const CLI::ParseError& error) {
    const CLI::App* deepest = &app;
    std::string path = "oogst-cli";
    while (!deepest->get_subcommands().empty()) {
        deepest = deepest->get_subcommands().front();
        path += " " + deepest->get_name();
    }
    const auto extra = deepest->remaining();
    const bool takes_subcommands = deepest->get_require_subcommand_min() > 0;
    if (takes_subcommands && !extra.empty() && !extra.front().starts_with("-"))
        return "there is no subcommand \"" + extra.front() + "\" of " + path + " (see " + path + " --help)";
    return std::string(error.what()) + " (see " + path + " --help)";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace oogst;
    // Named, so usage lines say "oogst-cli", not the path it was started by.
    CLI::App app{"Oogst: capture participation workshops offline, harvest them afterwards", "oogst-cli"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("oogst-cli ") + OOGST_VERSION);
    cli::CommandLine command_line(app);
    cli::add_workshop_commands(command_line);
    cli::add_harvest_commands(command_line);
    cli::add_kiosk_commands(command_line);
    cli::add_hub_commands(command_line);
    cli::add_prepare_commands(command_line);
    cli::add_key_commands(command_line);
    cli::add_roadmap_commands(command_line);
    cli::add_report_commands(command_line);
    cli::add_survey_commands(command_line);
    cli::add_backup_commands(command_line);
    cli::add_export_commands(command_line);
    cli::add_device_commands(command_line);
    cli::add_cluster_commands(command_line);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForVersion& version) {
        return app.exit(version);
    } catch (const CLI::ParseError& error) {
        std::cerr << "oogst-cli: " << cli::terminal_text(parse_problem(app, error)) << "\n";
        return exit_bad_input;
    }

    // Names from member bundles and older stores reach the terminal: escaped on the way
    // (issue 15, input hygiene).
    cli::TerminalOutput safe_output(std::cout.rdbuf());
    std::ostream out(&safe_output);
    try {
        command_line.chosen()(out);
        out.flush();
        return 0;
    } catch (const UserError& error) {
        out.flush();
        std::cerr << "oogst-cli: " << cli::terminal_text(error.what()) << "\n";
        return exit_bad_input;
    } catch (const std::exception& error) {
        out.flush();
        std::cerr << "oogst-cli: internal error: " << cli::terminal_text(error.what()) << "\n";
        return exit_internal;
    }
}
