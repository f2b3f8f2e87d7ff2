#pragma once
// What the Harvest screen (on a tablet or kiosk) remembers between frames: where to go
// back to, the export choice, the job under way and the last result.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/harvest/harvest_actions.hpp"
#include "app/harvest/harvest_job.hpp"
#include "app/harvest/harvest_push.hpp"
#include "app/harvest/stick_places.hpp"
#include "core/harvest/join_file.hpp"

namespace oogst::app {

struct HarvestState {
    bool everything = false;  // export everything, not only what the facilitator lacks
    // Hand in to the first stick as soon as it is found, as a tap on it would (the
    // "harvest-stick" screenshot).
    bool hand_in_to_first_stick = false;
    // Send to the hub the join file named as soon as it is drawn, as a tap on "send"
    // would (the "harvest-hub" screenshot: what the facilitator's computer answered).
    bool send_to_hub_at_once = false;
    StickPlaces usb;
    // Join files on the sticks (for a device that has not joined), found with the places.
    std::vector<std::filesystem::path> join_files;
    std::vector<std::string> join_names;  // each file's workshop; empty when it cannot be read
    double join_files_at = -1;  // the places' found_at they were looked for at

    // Receipts the facilitator left on the sticks, taken in when the sticks are looked at.
    double receipts_at = -1;                   // the places' found_at they were looked for at
    std::vector<std::string> receipts_refused;  // refused files already said on screen

    // The standing, read again every few seconds and after every job or join.
    HarvestStanding standing;
    double standing_read_at = -1;  // the UI clock's time; negative: read it now

    // Joining with the short code from the facilitator's screen, fetched from the hub.
    std::string code_typed, hub_typed;
    std::shared_ptr<JoinFile> fetched;  // written by the fetch job

    enum class Job { none, usb_export, push, fetch_join };
    Job job_kind = Job::none;
    HarvestJob job;
    std::string job_place;                       // the stick's name, for the result
    std::shared_ptr<ExportOutcome> exported;     // written by the export job
    std::shared_ptr<PushOutcome> pushed;         // written by the push job

    // The last job's result, shown until the next one starts.
    enum class Result { none, usb_written, usb_nothing_new, push_received };
    Result result = Result::none;
    ExportOutcome last_export;
    std::string last_place;
    PushOutcome last_push;
};

}  // namespace oogst::app
