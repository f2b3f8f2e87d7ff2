#pragma once
// What every oogst-cli subcommand shares: the store it works on (--store), the output
// it prints its summary to, and the one action main() runs once the words are parsed.
// Each *_commands.cpp registers its own subcommands (add_*_commands); main() only
// gathers them and turns what they throw into the exit codes of DESIGN.md.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace oogst::cli {

class CommandLine {
public:
    explicit CommandLine(CLI::App& app);

    // The subcommand called name (made, with description, the first time it is asked
    // for): "workshop" gathers subcommands registered by more than one file.
    CLI::App* group(const std::string& name, const std::string& description);
    // A subcommand of parent (or of the program) that works on a store: it takes
    // --store, and runs action when it is the one chosen.
    CLI::App* command(CLI::App* parent, const std::string& name, const std::string& description,
                      std::function<void(const std::filesystem::path& store, std::ostream& out)> action);

    CLI::App& app() { return app_; }
    // The action of the chosen subcommand; empty until parsing chose one.
    const std::function<void(std::ostream& out)>& chosen() const { return chosen_; }

private:
    CLI::App& app_;
    std::filesystem::path store_;
    std::function<void(std::ostream& out)> chosen_;
};

// Each file's subcommands (DESIGN.md's command-line contract names them).
void add_workshop_commands(CommandLine& cli);  // init, workshop new|show, session new, add, dump, demo, templates
void add_harvest_commands(CommandLine& cli);   // workshop join-code|join, bundle export|inspect|verify, import
void add_hub_commands(CommandLine& cli);       // hub, push
void add_kiosk_commands(CommandLine& cli);     // kiosk set|pin|show
void add_prepare_commands(CommandLine& cli);   // session list|edit|delete|copy|merge|import-csv, workshop edit, devices
void add_key_commands(CommandLine& cli);       // key new|list|show|file|unfile|merge
void add_cluster_commands(CommandLine& cli);   // cluster --suggest|--accept
void add_roadmap_commands(CommandLine& cli);   // initiative, action, case, actor, link
void add_report_commands(CommandLine& cli);    // report
void add_survey_commands(CommandLine& cli);    // import-survey
void add_backup_commands(CommandLine& cli);    // backup
void add_export_commands(CommandLine& cli);    // export
void add_device_commands(CommandLine& cli);    // device show|revoke|readmit|facilitator

// "nl, fr" -> {"nl", "fr"}: an option that takes a list in one word.
std::vector<std::string> split_list(const std::string& text);

}  // namespace oogst::cli
