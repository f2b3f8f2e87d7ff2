#include "app/table/photo/photo_capture.hpp"

#include <exception>

#include <imgui.h>

#include "app/shell/error_text.hpp"
#include "core/errors.hpp"
#include "core/model/payloads.hpp"
#include "core/table/board_actions.hpp"
#include "core/table/table_capture.hpp"

namespace oogst::app {

bool add_photo_capture(Store& store, AppState& state, const Ui& ui, const platform::ImportedPhoto& photo) {
    CaptureAdded capture = new_table_capture(store.state(), state.session_id, CaptureKind::photo, state.capture_board);
    try {
        // The blobs and the capture that names them: all stored, or none; the table's
        // undo can take the photo back.
        BoardActions(store, state.undo).add(capture, [&](CaptureAdded& added) {
            added.photo_blob = store.put_blob(photo.original, photo.original_media_type());
            added.preview_blob = store.put_blob(photo.preview, platform::media_type(platform::ImageFormat::jpeg));
        });
    } catch (const UserError& error) {
        state.error = ui.tr("photo.not_saved", {{"reason", error_text(ui, error)}});
        return false;
    } catch (const std::exception& error) {
        state.error = ui.tr("photo.internal", {{"reason", error_text(ui, error)}});
        return false;
    }
    state.error.clear();
    state.reveal.show(capture.id, ImGui::GetTime());  // the board shows it, wherever it landed
    return true;
}

std::string photo_problem_sentence(const Ui& ui, const std::string& file_name, const platform::PhotoFailure& failure) {
    const platform::PhotoLimits limits;
    switch (failure.problem) {
        case platform::PhotoProblem::not_an_image: return ui.tr("photo.problem.not_an_image", {{"file", file_name}});
        case platform::PhotoProblem::too_large:
            return ui.tr("photo.problem.too_large", {{"file", file_name},
                                                     {"width", std::to_string(failure.size.width)},
                                                     {"height", std::to_string(failure.size.height)},
                                                     {"limit", std::to_string(limits.max_pixels / 1'000'000)}});
        case platform::PhotoProblem::truncated: return ui.tr("photo.problem.truncated", {{"file", file_name}});
        case platform::PhotoProblem::file_too_big:
            return ui.tr("photo.problem.file_too_big",
                         {{"file", file_name},
                          {"size", std::to_string((failure.file_bytes + (1u << 20) - 1) >> 20)},
                          {"limit", std::to_string(limits.max_file_bytes >> 20)}});
        case platform::PhotoProblem::unreadable: break;
    }
    return ui.tr("photo.problem.unreadable", {{"file", file_name}});
}

}  // namespace oogst::app
