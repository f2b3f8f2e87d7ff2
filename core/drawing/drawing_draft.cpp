#include "core/drawing/drawing_draft.hpp"

#include <algorithm>
#include <utility>

#include "core/drawing/drawing_paper.hpp"

namespace oogst {
namespace {

float cross(float ax, float ay, float bx, float by) { return ax * by - ay * bx; }

// Whether the segments p-q and a-b cross, in paper units (y divided by the aspect).
bool segments_cross(Point p, Point q, Point a, Point b) {
    const auto side = [](Point from, Point to, Point at) {
        return cross(to.x - from.x, (to.y - from.y) / drawing_aspect, at.x - from.x, (at.y - from.y) / drawing_aspect);
    };
    const float d1 = side(a, b, p), d2 = side(a, b, q), d3 = side(p, q, a), d4 = side(p, q, b);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

float segment_distance(Point p, Point q, Point a, Point b) {
    if (segments_cross(p, q, a, b)) return 0;
    return std::min({paper_distance_to_segment(p, a, b), paper_distance_to_segment(q, a, b),
                     paper_distance_to_segment(a, p, q), paper_distance_to_segment(b, p, q)});
}

}  // namespace

bool stroke_touches(const Stroke& stroke, Point a, Point b, float radius) {
    const float reach = radius + stroke.width / 2;
    const auto& points = stroke.points;
    if (points.empty()) return false;
    if (points.size() == 1) return paper_distance_to_segment(points.front(), a, b) <= reach;
    for (std::size_t i = 0; i + 1 < points.size(); ++i)
        if (segment_distance(points[i], points[i + 1], a, b) <= reach) return true;
    return false;
}

void DrawingDraft::add(Stroke stroke) {
    if (stroke.points.empty()) return;
    Edit edit{true, {}};
    edit.steps.push_back({strokes_.size(), std::move(stroke)});
    play(strokes_, edit, false);
    push(std::move(edit));
}

void DrawingDraft::begin_erasing() {
    erasing_ = true;
    gesture_edit_ = false;
}

std::size_t DrawingDraft::erase_along(Point a, Point b, float radius) {
    Edit removed{false, {}};
    // From the top down, so the indices of strokes still to look at do not move.
    for (std::size_t i = strokes_.size(); i-- > 0;)
        if (stroke_touches(strokes_[i], a, b, radius)) remove_at(i, removed);
    const std::size_t count = removed.steps.size();
    if (count == 0) return 0;
    // Within one gesture the removals join the gesture's edit, so one undo restores them.
    if (erasing_ && gesture_edit_) {
        for (auto& step : removed.steps) undo_.back().steps.push_back(std::move(step));
    } else {
        push(std::move(removed));
        gesture_edit_ = erasing_;
    }
    return count;
}

void DrawingDraft::end_erasing() {
    erasing_ = false;
    gesture_edit_ = false;
}

void DrawingDraft::clear() {
    if (strokes_.empty()) return;
    Edit removed{false, {}};
    for (std::size_t i = strokes_.size(); i-- > 0;) remove_at(i, removed);
    push(std::move(removed));
}

void DrawingDraft::undo() {
    if (undo_.empty()) return;
    Edit edit = std::move(undo_.back());
    undo_.pop_back();
    play(strokes_, edit, true);
    redo_.push_back(std::move(edit));
    gesture_edit_ = false;
}

void DrawingDraft::redo() {
    if (redo_.empty()) return;
    Edit edit = std::move(redo_.back());
    redo_.pop_back();
    play(strokes_, edit, false);
    undo_.push_back(std::move(edit));
    gesture_edit_ = false;
}

void DrawingDraft::reset() { *this = DrawingDraft(); }

void DrawingDraft::remove_at(std::size_t index, Edit& edit) {
    edit.steps.push_back({index, std::move(strokes_[index])});
    strokes_.erase(strokes_.begin() + static_cast<std::ptrdiff_t>(index));
}

void DrawingDraft::push(Edit edit) {
    undo_.push_back(std::move(edit));
    if (undo_.size() > history_limit) undo_.erase(undo_.begin());
    gesture_edit_ = false;
    // A new change makes the undone future unreachable, as in every editor.
    redo_.clear();
}

void DrawingDraft::play(std::vector<Stroke>& strokes, const Edit& edit, bool backwards) {
    const bool insert = edit.inserts != backwards;
    const auto apply = [&](const Step& step) {
        if (insert)
            strokes.insert(strokes.begin() + static_cast<std::ptrdiff_t>(step.index), step.stroke);
        else
            strokes.erase(strokes.begin() + static_cast<std::ptrdiff_t>(step.index));
    };
    if (backwards)
        std::for_each(edit.steps.rbegin(), edit.steps.rend(), apply);
    else
        std::for_each(edit.steps.begin(), edit.steps.end(), apply);
}

}  // namespace oogst
