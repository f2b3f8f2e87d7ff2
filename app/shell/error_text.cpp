#include "app/shell/error_text.hpp"

#include "core/errors.hpp"

namespace oogst::app {

std::string error_text(const Ui& ui, const std::exception& error) {
    if (dynamic_cast<const CaptureGone*>(&error)) return ui.tr("board.note_gone");
    if (dynamic_cast<const NotScored*>(&error)) return ui.tr("board.not_scored");
    if (const auto* theme = dynamic_cast<const ThemeError*>(&error)) {
        switch (theme->problem()) {
            case ThemeProblem::gone: return ui.tr("wall.key_gone");
            case ThemeProblem::no_name: return ui.tr("wall.key_no_name");
            case ThemeProblem::same_theme: return ui.tr("wall.key_same");
            case ThemeProblem::bad_colour: return ui.tr("wall.key_bad_colour");
        }
    }
    if (const auto* roadmap = dynamic_cast<const RoadmapError*>(&error)) {
        switch (roadmap->problem()) {
            case RoadmapProblem::gone: return ui.tr("roadmap.gone");
            case RoadmapProblem::no_title: return ui.tr("roadmap.no_title");
            case RoadmapProblem::no_key: return ui.tr("roadmap.no_key");
            case RoadmapProblem::no_initiative: return ui.tr("roadmap.no_initiative");
            case RoadmapProblem::no_actor: return ui.tr("roadmap.no_actor");
            case RoadmapProblem::same_actor: return ui.tr("roadmap.same_actor");
            case RoadmapProblem::bad_year: return ui.tr("roadmap.bad_year");
            case RoadmapProblem::bad_date: return ui.tr("roadmap.bad_date");
            case RoadmapProblem::no_capture: return ui.tr("roadmap.no_capture");
        }
    }
    const auto* store = dynamic_cast<const StoreError*>(&error);
    if (!store) return error.what();
    const char* key = "store.other";
    switch (store->problem()) {
        case StoreProblem::full: key = "store.full"; break;
        case StoreProblem::cannot_write: key = "store.cannot_write"; break;
        case StoreProblem::damaged: key = "store.damaged"; break;
        case StoreProblem::busy: key = "store.busy"; break;
        case StoreProblem::input_output: key = "store.input_output"; break;
        case StoreProblem::other: key = "store.other"; break;
    }
    return ui.tr(key, {{"folder", store->folder()}});
}

}  // namespace oogst::app
