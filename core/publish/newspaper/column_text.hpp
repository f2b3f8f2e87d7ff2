#pragma once
// Text flowing through newspaper columns. Pango breaks a paragraph into lines but has no
// columns: ColumnText lays every paragraph out once at the column's width, keeps its
// lines on one grid (every line the same height, so columns side by side line up), and
// sets as many as a box holds, column after column. When the rest fits in the box, the
// columns are balanced: they differ by one line at most, the shorter ones last, as a
// newspaper ends an article. What does not fit waits for the next box (the next page).
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/publish/newspaper/pango_text.hpp"

namespace oogst {

struct FlowParagraph {
    enum class Kind { body, subhead, item };
    Kind kind = Kind::body;
    std::string markup;   // escaped, with soft hyphens where words may break
    bool indent = false;  // a body paragraph's first line indented (not after a subhead)
};

struct ColumnLook {
    std::string body_font = "DejaVu Serif Condensed";
    std::string subhead_font = "DejaVu Sans Condensed Bold";
    double size = 9.5;     // points
    double leading = 12;   // points from one line to the next
    double indent = 10;    // a paragraph's first line; an item's hanging indent
};

enum class LineKind { text, heading, blank };

// Which lines each of `columns` columns shows, from line `from` on, at most `capacity`
// each: [begin, end) per column. Balanced when the rest fits (column lengths differ by
// one line at most, the longer ones first); else each column full. A blank line at a
// column's top is skipped, a heading is not left at a column's foot.
std::vector<std::pair<std::size_t, std::size_t>> split_columns(const std::vector<LineKind>& lines, std::size_t from,
                                                               int columns, std::size_t capacity);

class ColumnText {
public:
    ColumnText(const PangoText& text, const ColumnLook& look, double column_width, const std::vector<FlowParagraph>& paragraphs);
    ~ColumnText();
    ColumnText(const ColumnText&) = delete;
    ColumnText& operator=(const ColumnText&) = delete;

    bool done() const { return next_ >= lines_.size(); }
    std::size_t lines_left() const { return lines_.size() - next_; }
    double leading() const { return look_.leading; }

    // Sets the next lines into `columns` columns of the constructor's width, gutter apart,
    // from (x, y) down at most height; in the current source colour. Returns the height
    // used: 0 when not one line fits.
    double set(cairo_t* cr, double x, double y, double height, int columns, double gutter);

    // The lines each column of the last set() showed (for tests and for rules between them).
    const std::vector<std::size_t>& last_column_lines() const { return last_columns_; }

private:
    struct Line {
        PangoLayout* layout = nullptr;  // nullptr: a blank line
        int index = 0;
        double x = 0;                   // the line's start within the column (indent, alignment)
        LineKind kind = LineKind::text;
    };
    ColumnLook look_;
    double column_width_;
    std::vector<PangoLayout*> layouts_;
    std::vector<Line> lines_;
    std::vector<LineKind> kinds_;
    std::size_t next_ = 0;
    std::vector<std::size_t> last_columns_;
};

}  // namespace oogst
