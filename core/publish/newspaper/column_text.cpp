#include "core/publish/newspaper/column_text.hpp"

#include <algorithm>

namespace oogst {

std::vector<std::pair<std::size_t, std::size_t>> split_columns(const std::vector<LineKind>& lines, std::size_t from,
                                                               int columns, std::size_t capacity) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::size_t at = from;
    for (int column = 0; column < columns; ++column) {
        while (at < lines.size() && lines[at] == LineKind::blank) ++at;
        const std::size_t remaining = lines.size() - at;
        const std::size_t left = static_cast<std::size_t>(columns - column);
        // Each column takes its share of what is left, rounded up: the longer columns come
        // first and no two differ by more than a line; when the rest does not fit, the
        // share exceeds capacity and every column is full.
        std::size_t end = at + std::min(capacity, (remaining + left - 1) / left);
        // A heading belongs above its text: at the foot of a column it moves to the next.
        while (end < lines.size() && end - 1 > at && lines[end - 1] == LineKind::heading) --end;
        ranges.emplace_back(at, end);
        at = end;
    }
    return ranges;
}

ColumnText::ColumnText(const PangoText& text, const ColumnLook& look, double column_width,
                       const std::vector<FlowParagraph>& paragraphs)
    : look_(look), column_width_(column_width) {
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const FlowParagraph& paragraph = paragraphs[p];
        const bool heading = paragraph.kind == FlowParagraph::Kind::subhead;
        if (heading && p > 0) lines_.push_back({nullptr, 0, 0, LineKind::blank});  // air above a subhead, on the grid
        TextStyle style;
        style.font = heading ? look.subhead_font : look.body_font;
        style.size = look.size;
        style.justify = !heading;
        PangoLayout* layout = text.layout(paragraph.markup, style, column_width);
        if (paragraph.kind == FlowParagraph::Kind::item)
            pango_layout_set_indent(layout, static_cast<int>(-look.indent * PANGO_SCALE));  // hanging
        else if (paragraph.indent)
            pango_layout_set_indent(layout, static_cast<int>(look.indent * PANGO_SCALE));
        layouts_.push_back(layout);
        PangoLayoutIter* iter = pango_layout_get_iter(layout);
        int index = 0;
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            lines_.push_back({layout, index++, static_cast<double>(logical.x) / PANGO_SCALE,
                              heading ? LineKind::heading : LineKind::text});
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }
    for (const Line& line : lines_) kinds_.push_back(line.kind);
}

ColumnText::~ColumnText() {
    for (PangoLayout* layout : layouts_) g_object_unref(layout);
}

double ColumnText::set(cairo_t* cr, double x, double y, double height, int columns, double gutter) {
    last_columns_.clear();
    const auto capacity = static_cast<std::size_t>(std::max(0.0, (height + 0.01) / look_.leading));
    if (capacity == 0 || done()) return 0;
    const auto ranges = split_columns(kinds_, next_, columns, capacity);
    // The baseline sits where the font's ascent (0.93 em in DejaVu) puts it when its
    // height (1.16 em) is centred in the line's slot.
    const double baseline = (look_.leading - 1.164 * look_.size) / 2 + 0.928 * look_.size;
    std::size_t tallest = 0;
    for (std::size_t column = 0; column < ranges.size(); ++column) {
        const auto [begin, end] = ranges[column];
        last_columns_.push_back(end - begin);
        tallest = std::max(tallest, end - begin);
        const double left = x + static_cast<double>(column) * (column_width_ + gutter);
        for (std::size_t i = begin; i < end; ++i) {
            const Line& line = lines_[i];
            if (!line.layout) continue;
            cairo_move_to(cr, left + line.x, y + static_cast<double>(i - begin) * look_.leading + baseline);
            pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(line.layout, line.index));
        }
        next_ = end;
    }
    while (next_ < lines_.size() && lines_[next_].kind == LineKind::blank) ++next_;
    return static_cast<double>(tallest) * look_.leading;
}

}  // namespace oogst
