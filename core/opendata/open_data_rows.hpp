#pragma once
// Every capture open data may show, one row each, with consent applied by publishable.hpp
// (never again here): a child's work only with the consent to publish, its name only
// through published_name, never an author label or a device id (only a short hash of
// it), never a debate table's copy. The CSV, XLSX, JSON and Data Package exports and
// Decidim's "all captures" proposals are all made from these rows.
#include <string>
#include <vector>

#include "core/model/workshop_state.hpp"

namespace oogst {

struct CaptureRow {
    std::string id;
    std::string session_id, session, method;  // session: its table's name
    std::string prompt, board, kind;          // kind: text, drawing or photo
    std::string text, title;                  // title: an imported idea's own (survey_field::title)
    std::string key, key_id;                  // the key it is filed under (the first, by id); "" unfiled
    std::string pile;                         // its pile's first published capture; its own id when alone
    int votes = 0, score_total = 0;
    double score_average = 0;                 // 0 without votes
    bool published = true, named = false, exhibited = false, child = false;
    std::string name;                         // published_name: "Lotte, 5B" with the consent to name; else ""
    std::string group, source, platform_id;   // an imported idea's fields (survey_fields.hpp)
    std::string device;                       // short_device: never the device's id itself
    std::string created;                      // "2026-03-02T10:15:00Z", from its operation's clock
};

// In the workshop's order of sessions, each session's captures in the order made.
std::vector<CaptureRow> open_data_rows(const WorkshopState& state);

// The first 8 hex digits of the device id's BLAKE2b hash: enough to tell a workshop's
// devices apart in a spreadsheet, not the id a bundle is signed with.
std::string short_device(const std::string& device_id);

// "2026-03-02T10:15:00Z" for milliseconds since the epoch (UTC); "" for 0.
std::string iso_time(std::int64_t wall_ms);

}  // namespace oogst
