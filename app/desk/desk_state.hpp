#pragma once
// What the facilitator's desk remembers between frames: the sticks, the import
// under way, the report of everything that arrived since the desk was opened, the hub
// and the last join file written.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/harvest/harvest_job.hpp"
#include "app/harvest/stick_places.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/qr_code.hpp"
#include "platform/net/hub_protocol.hpp"

namespace oogst::app {

class DeskHub;  // app/desk/desk_hub.hpp: the hub server with its own store connection

// One bundle that arrived, from a stick or pushed over the network.
struct DeskArrival {
    BundleOutcome outcome;
    bool pushed = false;
    std::string place;  // the stick's name (imports)
    std::uint64_t batch = 0;  // one import or one push: the report shows the newest batch on top
};

// What an import job brings back: the merge report, and the receipts it left on the
// stick for the devices whose work is now held (core/harvest/stick_receipts.hpp).
struct DeskImport {
    MergeReport report;
    std::size_t receipts_written = 0;
    std::string receipts_problem;  // why some could not be written (a read-only stick); English
};

struct Desk {
    StickPlaces usb;
    std::vector<std::size_t> bundles_on_place;  // *.oogst files on each place, counted with the places
    double counted_at = -1;                     // the places' found_at they were counted at

    HarvestJob import_job;
    std::shared_ptr<DeskImport> importing;   // written by the import job
    std::string importing_from;              // the place's name

    std::vector<DeskArrival> arrivals;  // oldest first
    std::uint64_t batches = 0;          // imports and pushes so far
    // The receipts the newest import left on its stick (none after a push: the hub
    // answers each push with its own receipt).
    std::size_t receipts_written = 0;
    std::string receipts_problem, receipts_place;

    // The hub, while it runs (shared_ptr: the type is complete only in desk_hub.cpp).
    std::shared_ptr<DeskHub> hub;
    int hub_port = platform::default_hub_port;  // where it listens (tests take any free port: 0)
    std::uint64_t pushes_seen = 0;
    std::string hub_url, join_code;      // of the running hub
    std::shared_ptr<const QrCode> qr;    // its join link

    // The join file last written to a stick, for the result line.
    std::string join_written, join_place;
};

}  // namespace oogst::app
