#pragma once
// The harvest's subcommands: joining a workshop, exporting, checking and importing
// bundles. Like commands.hpp: a summary on out, UserError for bad input (exit 2).
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace oogst::cli {

struct JoinCodeChoice {
    std::filesystem::path out;  // the join file
    std::string hub;            // hub address for devices; default: this machine's, port 8620
    std::filesystem::path qr;   // optional PNG of the QR code
};
void write_join_code(const std::filesystem::path& store, const JoinCodeChoice& choice, std::ostream& out);
// Joins with a join file, or with the short code typed from the facilitator's screen
// (fetched from the hub at hub_address).
struct JoinSource {
    std::filesystem::path file;
    std::string hub_address, code;
    std::string key;  // the key= fingerprint of the QR code's link, checked when given
};
void join(const std::filesystem::path& store, const JoinSource& source, std::ostream& out);

struct ExportOptions {
    std::filesystem::path out;  // a file, or a folder to name the file in
    bool everything = false;    // else only what the facilitator has not acknowledged
    bool plain = false;         // not sealed (for tests and debugging: anyone can read it)
};
void export_bundle_file(const std::filesystem::path& store, const ExportOptions& options, std::ostream& out);
void inspect_bundle(const std::filesystem::path& store, const std::filesystem::path& file, std::ostream& out);
void verify_bundle(const std::filesystem::path& store, const std::filesystem::path& file, std::ostream& out);
void import_bundles(const std::filesystem::path& store, const std::vector<std::filesystem::path>& paths,
                    std::ostream& out);

// This machine's address on the local network ("http://192.168.1.20:8620"), or
// http://127.0.0.1:PORT when it has none.
std::string local_hub_address(int port);

}  // namespace oogst::cli
