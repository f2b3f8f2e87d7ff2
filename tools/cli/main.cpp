// oogst-cli: the command line of Oogst. The contract (subcommand names, exit codes) is
// in DESIGN.md: 0 success, 2 bad input with a one-line reason, 1 internal failure. Each
// *_commands.cpp registers its own subcommands; this file gathers them.
#include <CLI/CLI.hpp>

#include <iostream>

#include "core/errors.hpp"
#include "tools/cli/command_line.hpp"

namespace {

constexpr int exit_bad_input = 2;
constexpr int exit_internal = 1;

}  // namespace

int main(int argc, char** argv) {
    using namespace oogst;
    CLI::App app{"Oogst: capture participation workshops offline, harvest them afterwards"};
    app.require_subcommand(1);
    cli::CommandLine command_line(app);
    cli::add_workshop_commands(command_line);
    cli::add_harvest_commands(command_line);
    cli::add_kiosk_commands(command_line);
    cli::add_hub_commands(command_line);
    cli::add_prepare_commands(command_line);

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
        command_line.chosen()(std::cout);
        return 0;
    } catch (const UserError& error) {
        std::cerr << "oogst-cli: " << error.what() << "\n";
        return exit_bad_input;
    } catch (const std::exception& error) {
        std::cerr << "oogst-cli: internal error: " << error.what() << "\n";
        return exit_internal;
    }
}
