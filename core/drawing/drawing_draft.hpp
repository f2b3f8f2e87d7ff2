#pragma once
// A drawing being made: its strokes and the history that undo and redo walk. Pure, so
// the table's canvas and the kiosk's share it and tests check it without a window.
//
// Every change is an edit of steps, each inserting or removing one stroke at an index.
// Undo plays an edit's steps backwards and inverted, redo plays them again, so adding,
// erasing and clearing all undo the same way and the strokes come back in their order.
#include <cstddef>
#include <vector>

#include "core/drawing/drawing.hpp"

namespace oogst {

class DrawingDraft {
public:
    // How many edits undo can walk back; older ones are forgotten.
    static constexpr std::size_t history_limit = 200;

    const std::vector<Stroke>& strokes() const { return strokes_; }
    bool empty() const { return strokes_.empty(); }

    // Adds a finished stroke on top (one edit). A stroke without points is ignored.
    void add(Stroke stroke);

    // An eraser gesture: every stroke whose ink comes within radius (a fraction of the
    // paper's width) of the segment a-b is removed whole, so the drawing stays clean
    // vectors. All removals between begin_erasing and end_erasing are one edit.
    void begin_erasing();
    std::size_t erase_along(Point a, Point b, float radius);
    void end_erasing();

    // Removes every stroke, as one edit (so a child's accidental tap is undone in one).
    void clear();

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    void undo();
    void redo();

    // Starts over: no strokes and no history (after saving, or for another table).
    void reset();

private:
    struct Step {
        std::size_t index = 0;
        Stroke stroke;
    };
    struct Edit {
        bool inserts = true;  // the steps insert strokes (else they remove them)
        std::vector<Step> steps;
    };

    void remove_at(std::size_t index, Edit& edit);
    void push(Edit edit);
    static void play(std::vector<Stroke>& strokes, const Edit& edit, bool backwards);

    std::vector<Stroke> strokes_;
    std::vector<Edit> undo_, redo_;
    bool erasing_ = false;
    bool gesture_edit_ = false;  // the eraser gesture under way has an edit on top of undo_
};

// Whether a stroke's ink (its width included) comes within radius of the segment a-b.
bool stroke_touches(const Stroke& stroke, Point a, Point b, float radius);

}  // namespace oogst
