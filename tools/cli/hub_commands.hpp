#pragma once
// 'oogst-cli hub' (the facilitator's machine serves its workshop on the venue's network)
// and 'oogst-cli push' (a device hands its captures to that hub). Both throw UserError
// with one sentence for bad input, an unreachable hub or a refusal: main() exits 2.
#include <filesystem>
#include <iosfwd>
#include <string>

namespace oogst::cli {

struct HubFields {
    int port = 8620;               // 0: any free port (the address printed says which)
    std::string host = "0.0.0.0";  // every interface
    std::string advertise;         // the address devices are told; default: this machine's LAN address
};

// Prints the address, the join code and every push as it lands; returns on SIGINT or
// SIGTERM after the requests being answered are done.
void run_hub(const std::filesystem::path& store, const HubFields& fields, std::ostream& out);

// hub empty: the hub named in the workshop's join file.
void push(const std::filesystem::path& store, const std::string& hub, std::ostream& out);

}  // namespace oogst::cli
