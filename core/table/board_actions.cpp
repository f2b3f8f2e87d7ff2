#include "core/table/board_actions.hpp"

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"

namespace oogst {

const CaptureRecord& BoardActions::live_capture(const std::string& capture_id) const {
    const CaptureRecord* capture = store_.state().capture(capture_id);
    // Deleted on another device and merged meanwhile: nothing to act on.
    if (!capture) throw CaptureGone();
    return *capture;
}

void BoardActions::add(CaptureAdded capture, const std::function<void(CaptureAdded&)>& store_blobs) {
    if (store_blobs)
        store_.batch([&] {
            store_blobs(capture);
            store_.record(capture);
        });
    else
        store_.record(capture);
    history_.remember({"undo.added", {CaptureDeleted{capture.id}}});
}

void BoardActions::move(const std::string& capture_id, const std::string& board, float x) {
    const Placement before = live_capture(capture_id).placement.value();
    if (before.board == board && before.x == x) return;
    store_.record(CaptureMoved{capture_id, board, x, before.y});
    history_.remember({"undo.moved", {CaptureMoved{capture_id, before.board, before.x, before.y}}});
}

void BoardActions::edit_text(const std::string& capture_id, const std::string& text) {
    const std::string before = live_capture(capture_id).text.value();
    if (before == text) return;
    store_.record(CaptureTextEdited{capture_id, text});
    history_.remember({"undo.edited", {CaptureTextEdited{capture_id, before}}});
}

void BoardActions::remove(const std::string& capture_id) {
    live_capture(capture_id);
    const OperationId deletion = store_.record(CaptureDeleted{capture_id});
    history_.remember({"undo.deleted", {CaptureRestored{capture_id, deletion.device, deletion.sequence}}});
}

float end_of_column(const WorkshopState& state, const std::string& session_id, const std::string& board) {
    float last = -1;
    for (const auto& [id, capture] : state.captures_of(session_id))
        if (capture->placement.value().board == board) last = std::max(last, capture->placement.value().x);
    // Whole numbers: moves leave places between them.
    return std::floor(last) + 1;
}

float column_place(const CaptureRecord* before, const CaptureRecord* after) {
    if (!before && !after) return 0;
    if (!before) return after->placement.value().x - 1;
    if (!after) return before->placement.value().x + 1;
    return (before->placement.value().x + after->placement.value().x) / 2;
}

}  // namespace oogst
