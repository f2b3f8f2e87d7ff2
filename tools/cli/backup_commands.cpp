// oogst-cli backup --out DIR (issue 15): a consistent copy of this store, made with
// SQLite's online backup while the app may be running on it (Store::back_up).
#include <filesystem>
#include <memory>
#include <ostream>

#include "core/errors.hpp"
#include "core/store/store.hpp"
#include "tools/cli/command_line.hpp"
#include "tools/cli/out_path.hpp"

namespace oogst::cli {
namespace {

void back_up(const std::filesystem::path& folder, const std::filesystem::path& out, std::ostream& said) {
    // Never inside the store's folder; an empty folder already there is fine.
    check_out(folder, out, true);
    const Store store = Store::open(folder);
    store.back_up(out);
    said << "Backup of " << store.operation_count() << " operation(s) written to " << (out / Store::file_name).string()
         << "; open it with --store " << out.string() << "\n";
}

}  // namespace

void add_backup_commands(CommandLine& cli) {
    auto out = std::make_shared<std::filesystem::path>();
    cli.command(nullptr, "backup", "write a consistent copy of this store into an empty folder (SQLite's online backup)",
                [out](const auto& store, auto& said) { back_up(store, *out, said); })
        ->add_option("--out", *out, "the folder to write the copy in (made when missing; must hold no store)")
        ->required();
}

}  // namespace oogst::cli
