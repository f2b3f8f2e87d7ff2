#pragma once
// What the Publish screen (issue 14) remembers between frames: the publication chosen,
// its language and paper, the page previewed and its picture being drawn on a thread of
// its own, where the files go, and what the last write did.
#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <string>

#include "core/publish/report.hpp"

namespace oogst::app {

// A page's picture, drawn from a copy of the publication's Document off the frame thread.
struct PublishPreview {
    std::string png;
    int pages = 0;
};

struct PublishState {
    ReportRequest request;
    bool language_chosen = false;  // until chosen, the workshop's own language
    int page = 1;
    // The preview shown, the request and page it is of, and the one being drawn.
    std::string preview_key, wanted_key;
    PublishPreview preview;
    std::shared_ptr<std::future<PublishPreview>> drawing;
    // Where the files go: the folder beside the store unless a stick is chosen.
    std::size_t place = 0;  // 0: beside the store; n: the desk's stick n-1
    int write_countdown = 0;        // frames until the write: "Writing…" is shown for one first
    std::filesystem::path written;  // the last file or folder written
    std::string problem;            // why the last write failed, in the person's words
};

}  // namespace oogst::app
