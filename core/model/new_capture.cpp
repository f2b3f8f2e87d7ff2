#include "core/model/new_capture.hpp"

#include "core/model/ids.hpp"

namespace oogst {

CaptureAdded new_capture(const std::string& session_id, CaptureKind kind, const std::string& board) {
    CaptureAdded capture;
    capture.id = new_id();
    capture.session_id = session_id;
    capture.capture_kind = kind;
    capture.prompt = board;
    capture.board = board;
    return capture;
}

}  // namespace oogst
