#include "tools/cli/command_line.hpp"

#include "core/store/store_location.hpp"

namespace oogst::cli {

CommandLine::CommandLine(CLI::App& app) : app_(app), store_(default_store_folder()) {}

CLI::App* CommandLine::group(const std::string& name, const std::string& description) {
    for (CLI::App* existing : app_.get_subcommands({}))
        if (existing->get_name() == name) return existing;
    CLI::App* made = app_.add_subcommand(name, description);
    made->require_subcommand(1);
    return made;
}

CLI::App* CommandLine::command(CLI::App* parent, const std::string& name, const std::string& description,
                               std::function<void(const std::filesystem::path&, std::ostream&)> action) {
    CLI::App* made = (parent ? parent : &app_)->add_subcommand(name, description);
    made->add_option("--store", store_, "folder of the store (default: $OOGST_STORE or ~/.local/share/oogst/store)");
    made->callback([this, action = std::move(action)] {
        chosen_ = [this, action](std::ostream& out) { action(store_, out); };
    });
    return made;
}

}  // namespace oogst::cli
