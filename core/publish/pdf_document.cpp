#include "core/publish/pdf_document.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "core/drawing/cairo_bytes.hpp"
#include "core/publish/hyphenation.hpp"
#include "core/publish/pdf_picture.hpp"

namespace oogst {
namespace {

// The page's parts, in points. Generous margins: the note is read on paper, with a pen.
constexpr double side = 62, top = 64, bottom = 72;
constexpr double accent[] = {0.11, 0.38, 0.29};  // a deep green, the harvest's colour
constexpr double grey[] = {0.42, 0.42, 0.42};

struct Heading {
    std::string text;
    int level = 1;
    int page = 0;
    double y = 0;
};

using Layout = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;

// One pass over the document. The first pass (into nothing) learns on which page each
// chapter starts and how many pages there are; the second draws with those known.
class PdfPass {
public:
    // on_page_end is told each page's number when it is drawn (a preview keeps one);
    // scale maps points to the surface's units (pixels, for a preview).
    PdfPass(const Document& document, Paper paper, cairo_surface_t* surface, const std::vector<Heading>& known,
            int total_pages, std::function<void(int)> on_page_end = {}, double scale = 1)
        : document_(document),
          size_(size_of(paper)),
          cr_(cairo_create(surface)),
          total_pages_(total_pages),
          hyphenator_(document.language),
          on_page_end_(std::move(on_page_end)) {
        cairo_scale(cr_, scale, scale);
        columns_ = paper == Paper::a3 ? 4 : 3;
        for (const Heading& heading : known)
            if (heading.level == 1) contents_.push_back(heading);
    }
    ~PdfPass() { cairo_destroy(cr_); }

    void write() {
        cover();
        contents();
        for (const Block& block : document_.blocks) write(block);
        finish_page();
    }

    std::vector<Heading> headings;
    int page = 1;
    cairo_status_t status() const { return cairo_status(cr_); }
    cairo_t* context() const { return cr_; }

private:
    const Document& document_;
    PaperSize size_;
    cairo_t* cr_;
    std::vector<Heading> contents_;  // the chapters, as the contents list them (the outline has their sections too)
    int total_pages_;
    Hyphenator hyphenator_;
    std::function<void(int)> on_page_end_;
    int columns_;
    double y_ = top;

    double width() const { return size_.width - 2 * side; }
    double page_bottom() const { return size_.height - bottom; }
    bool at_page_top() const { return y_ <= top + 0.01; }

    Layout layout(const std::string& text, const char* font, double width, bool justify = false) {
        Layout layout(pango_cairo_create_layout(cr_), g_object_unref);
        PangoFontDescription* description = pango_font_description_from_string(font);
        pango_layout_set_font_description(layout.get(), description);
        pango_font_description_free(description);
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_justify(layout.get(), justify);
        pango_layout_set_text(layout.get(), text.c_str(), -1);
        return layout;
    }

    static double height_of(PangoLayout* layout) {
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        return static_cast<double>(h) / PANGO_SCALE;
    }

    void colour(const double (&rgb)[3]) { cairo_set_source_rgb(cr_, rgb[0], rgb[1], rgb[2]); }
    void black() { cairo_set_source_rgb(cr_, 0.1, 0.1, 0.1); }

    void footer() {
        if (page < 2) return;  // the cover has none
        cairo_save(cr_);
        colour(grey);
        Layout left = layout(document_.title, "DejaVu Sans 7.5", width() * 0.6);
        pango_layout_set_ellipsize(left.get(), PANGO_ELLIPSIZE_END);
        cairo_move_to(cr_, side, size_.height - bottom + 30);
        pango_cairo_show_layout(cr_, left.get());
        char number[64];
        std::snprintf(number, sizeof number, " %d %s %d", page, document_.of_word.c_str(), total_pages_);
        Layout right = layout(document_.page_word + number, "DejaVu Sans 7.5", width() * 0.4);
        pango_layout_set_alignment(right.get(), PANGO_ALIGN_RIGHT);
        cairo_move_to(cr_, side + width() * 0.6, size_.height - bottom + 30);
        pango_cairo_show_layout(cr_, right.get());
        cairo_restore(cr_);
    }

    void finish_page() {
        footer();
        if (on_page_end_) on_page_end_(page);
    }

    void new_page() {
        finish_page();
        cairo_show_page(cr_);
        ++page;
        y_ = top;
    }

    // Draws a layout line by line from y_, going on on a new page when a line does not
    // fit; on_line is told each line's top and bottom on its page (a quote's bar).
    void flow(PangoLayout* layout, double x, const std::function<void(double, double)>& on_line = {}) {
        // A text of a few lines is not split: one line alone at a page's foot or head
        // reads as a mistake.
        if (height_of(layout) <= 52) keep(height_of(layout));
        PangoLayoutIter* iter = pango_layout_get_iter(layout);
        double offset = 0;  // the layout's y that is at y_ on the current page
        double last_bottom = 0;
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            const double line_top = static_cast<double>(logical.y) / PANGO_SCALE;
            const double line_bottom = static_cast<double>(logical.y + logical.height) / PANGO_SCALE;
            if (y_ + line_bottom - offset > page_bottom() && !(at_page_top() && line_top - offset <= 0.01)) {
                y_ += last_bottom - offset;
                new_page();
                offset = line_top;
            }
            const double baseline = static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
            cairo_move_to(cr_, x + static_cast<double>(logical.x) / PANGO_SCALE, y_ + baseline - offset);
            pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(iter));
            if (on_line) on_line(y_ + line_top - offset, y_ + line_bottom - offset);
            last_bottom = line_bottom;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        y_ += last_bottom - offset;
    }

    // Starts a new page unless needed points still fit on this one.
    void keep(double needed) {
        if (!at_page_top() && y_ + needed > page_bottom()) new_page();
    }

    void cover() {
        cairo_save(cr_);
        colour(accent);
        cairo_rectangle(cr_, 0, 0, size_.width, size_.height * 0.06);
        cairo_fill(cr_);
        Layout title = layout(document_.title, "DejaVu Sans Bold 30", width());
        cairo_move_to(cr_, side, size_.height * 0.30);
        pango_cairo_show_layout(cr_, title.get());
        const double below = size_.height * 0.30 + height_of(title.get()) + 18;
        cairo_rectangle(cr_, side, below, 80, 3);
        cairo_fill(cr_);
        black();
        Layout subtitle = layout(document_.subtitle, "DejaVu Serif 14", width());
        cairo_move_to(cr_, side, below + 18);
        pango_cairo_show_layout(cr_, subtitle.get());
        cairo_restore(cr_);
        new_page();
    }

    void contents() {
        if (document_.contents_title.empty()) return;
        black();
        Layout title = layout(document_.contents_title, "DejaVu Sans Bold 20", width());
        cairo_move_to(cr_, side, y_);
        pango_cairo_show_layout(cr_, title.get());
        y_ += height_of(title.get()) + 18;
        std::size_t index = 0;
        for (const Block& block : document_.blocks) {
            if (block.kind != BlockKind::heading || block.level != 1) continue;
            const Heading* where = index < contents_.size() ? &contents_[index] : nullptr;
            ++index;
            const double indent = block.level == 1 ? 0 : 16;
            Layout entry = layout(block.text, block.level == 1 ? "DejaVu Sans Bold 10.5" : "DejaVu Sans 9.5",
                                  width() - indent - 40);
            pango_layout_set_ellipsize(entry.get(), PANGO_ELLIPSIZE_END);
            const double line = height_of(entry.get()) + (block.level == 1 ? 7 : 3);
            keep(line);
            if (block.level == 1) y_ += 3;
            char target[96];
            std::snprintf(target, sizeof target, "page=%d pos=[%.1f %.1f]", where ? where->page : 1, side,
                          where ? where->y : top);
            cairo_tag_begin(cr_, CAIRO_TAG_LINK, target);
            black();
            cairo_move_to(cr_, side + indent, y_);
            pango_cairo_show_layout(cr_, entry.get());
            Layout number = layout(std::to_string(where ? where->page : 0), "DejaVu Sans 9.5", 40);
            pango_layout_set_alignment(number.get(), PANGO_ALIGN_RIGHT);
            cairo_move_to(cr_, side + width() - 40, y_);
            pango_cairo_show_layout(cr_, number.get());
            cairo_tag_end(cr_, CAIRO_TAG_LINK);
            y_ += line;
        }
        new_page();
    }

    void write(const Block& block) {
        switch (block.kind) {
            case BlockKind::heading: heading(block); break;
            case BlockKind::paragraph: paragraph(block.text); break;
            case BlockKind::quote: quote(block); break;
            case BlockKind::list: list(block); break;
            case BlockKind::figures: figures(block); break;
            case BlockKind::pictures: pictures(block); break;
            case BlockKind::note: note(block.text); break;
        }
    }

    void heading(const Block& block) {
        static const char* fonts[] = {"DejaVu Sans Bold 19", "DejaVu Sans Bold 13.5", "DejaVu Sans Bold 11"};
        const int level = std::clamp(block.level, 1, 3);
        if (level == 1 && !at_page_top()) new_page();
        Layout text = layout(block.text, fonts[level - 1], width());
        const double height = height_of(text.get());
        // A heading keeps a few lines of what follows with it.
        keep(height + (level == 1 ? 0 : 48));
        if (!at_page_top()) y_ += level == 2 ? 14 : 8;
        headings.push_back({block.text, level, page, y_});
        if (level == 1) colour(accent); else black();
        flow(text.get(), side);
        if (level == 1) {
            cairo_rectangle(cr_, side, y_ + 6, width(), 1.2);
            cairo_fill(cr_);
            y_ += 20;
        } else {
            y_ += 5;
        }
    }

    void paragraph(const std::string& text) {
        black();
        Layout body = layout(hyphenator_.soft_hyphens(text), "DejaVu Serif 10.5", width(), true);
        pango_layout_set_spacing(body.get(), 2 * PANGO_SCALE);
        flow(body.get(), side);
        y_ += 7;
    }

    void quote(const Block& block) {
        constexpr double indent = 16;
        Layout words = layout(hyphenator_.soft_hyphens(block.text), "DejaVu Serif Italic 10.5", width() - indent, true);
        Layout source = layout(block.source, "DejaVu Sans 8", width() - indent);
        keep(std::min(height_of(words.get()), 40.0) + height_of(source.get()));
        const auto bar = [&](double line_top, double line_bottom) {
            cairo_save(cr_);
            colour(accent);
            cairo_rectangle(cr_, side + 2, line_top, 2.5, line_bottom - line_top + 1);
            cairo_fill(cr_);
            cairo_restore(cr_);
        };
        black();
        flow(words.get(), side + indent, bar);
        if (!block.source.empty()) {
            y_ += 2;
            colour(grey);
            flow(source.get(), side + indent, bar);
        }
        y_ += 9;
    }

    void list(const Block& block) {
        constexpr double indent = 14;
        for (const std::string& item : block.items) {
            Layout text = layout(hyphenator_.soft_hyphens(item), "DejaVu Serif 10.5", width() - indent);
            keep(std::min(height_of(text.get()), 52.0));  // the bullet goes where its text starts
            black();
            Layout bullet = layout("•", "DejaVu Serif 10.5", indent);
            cairo_move_to(cr_, side + 2, y_);
            pango_cairo_show_layout(cr_, bullet.get());
            flow(text.get(), side + indent);
            y_ += 3;
        }
        y_ += 5;
    }

    void figures(const Block& block) {
        // Counts sit right-aligned beside their label; longer values (an owner, a
        // canvas block) get the wider column, read from the left.
        bool long_values = false;
        for (const auto& row : block.rows) long_values = long_values || row.second.size() > 24;
        const double value_width = width() * (long_values ? 0.66 : 0.3);
        for (const auto& [label, value] : block.rows) {
            Layout left = layout(label, "DejaVu Sans 9.5", width() - value_width - 8);
            Layout right = layout(value, long_values ? "DejaVu Serif 9.5" : "DejaVu Sans Bold 9.5", value_width);
            if (!long_values) pango_layout_set_alignment(right.get(), PANGO_ALIGN_RIGHT);
            const double height = std::max(height_of(left.get()), height_of(right.get())) + 6;
            keep(std::min(height, 120.0));
            black();
            cairo_move_to(cr_, side, y_ + 3);
            pango_cairo_show_layout(cr_, left.get());
            const double top_of_row = y_;
            const int page_of_row = page;
            y_ += 3;
            flow(right.get(), side + width() - value_width);  // a long value may go on overleaf
            y_ = page == page_of_row ? std::max(y_ + 3, top_of_row + height) : y_ + 3;
            cairo_save(cr_);
            cairo_set_source_rgb(cr_, 0.85, 0.85, 0.85);
            cairo_rectangle(cr_, side, y_, width(), 0.5);
            cairo_fill(cr_);
            cairo_restore(cr_);
        }
        y_ += 10;
    }

    void pictures(const Block& block) {
        constexpr double gap = 12;
        const double cell = (width() - gap * (columns_ - 1)) / columns_;
        const std::vector<DocPicture>& all = block.pictures;
        for (std::size_t row = 0; row < all.size(); row += columns_) {
            const std::size_t end = std::min(all.size(), row + columns_);
            double row_height = 0;
            std::vector<Layout> captions;
            for (std::size_t i = row; i < end; ++i) {
                std::string text = all[i].words;
                if (!all[i].caption.empty()) text += (text.empty() ? "" : "\n") + all[i].caption;
                captions.push_back(layout(text, "DejaVu Sans 7.5", cell));
                pango_layout_set_height(captions.back().get(), -4);  // at most four lines
                pango_layout_set_ellipsize(captions.back().get(), PANGO_ELLIPSIZE_END);
                row_height = std::max(row_height, picture_height(all[i], cell) + 4 + height_of(captions.back().get()));
            }
            keep(row_height);
            for (std::size_t i = row; i < end; ++i) {
                const double x = side + (i - row) * (cell + gap);
                draw_picture(cr_, all[i], x, y_, cell);
                colour(grey);
                cairo_move_to(cr_, x, y_ + picture_height(all[i], cell) + 4);
                pango_cairo_show_layout(cr_, captions[i - row].get());
            }
            y_ += row_height + gap;
        }
    }

    void note(const std::string& text) {
        colour(grey);
        Layout words = layout(text, "DejaVu Sans Oblique 9.5", width());
        flow(words.get(), side);
        y_ += 8;
    }
};

void add_outline(cairo_surface_t* surface, const std::vector<Heading>& headings) {
    int chapter = CAIRO_PDF_OUTLINE_ROOT;
    for (const Heading& heading : headings) {
        if (heading.level > 2) continue;
        char target[96];
        std::snprintf(target, sizeof target, "page=%d pos=[%.1f %.1f]", heading.page, side, heading.y);
        const int parent = heading.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : chapter;
        const int id = cairo_pdf_surface_add_outline(surface, parent, heading.text.c_str(), target,
                                                     heading.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN
                                                                        : static_cast<cairo_pdf_outline_flags_t>(0));
        if (heading.level == 1) chapter = id;
    }
}

}  // namespace

namespace {

struct FirstPass {
    std::vector<Heading> headings;
    int pages = 0;
};

// Where the chapters fall, and how many pages there are: the document laid out into nothing.
FirstPass first_pass(const Document& document, Paper paper) {
    const PaperSize size = size_of(paper);
    const std::vector<Heading> none;
    cairo_surface_t* trial = cairo_pdf_surface_create_for_stream(append_to_string, nullptr, size.width, size.height);
    FirstPass first;
    {
        PdfPass pass(document, paper, trial, none, 0);
        pass.write();
        first.headings = pass.headings;
        first.pages = pass.page;
    }
    cairo_surface_destroy(trial);
    return first;
}

}  // namespace

std::string document_pdf(const Document& document, Paper paper) {
    const PaperSize size = size_of(paper);
    const FirstPass first = first_pass(document, paper);

    std::string bytes;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &bytes, size.width, size.height);
    // The date is the workshop's, not the clock's: the same workshop gives the same file.
    const std::string date = (document.date.empty() ? std::string("2000-01-01") : document.date) + "T00:00:00";
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Oogst");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
    cairo_status_t status;
    {
        PdfPass pass(document, paper, surface, first.headings, first.pages);
        pass.write();
        status = pass.status();
    }
    add_outline(surface, first.headings);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("the PDF could not be written (cairo: ") + cairo_status_to_string(status) + ")");
    return bytes;
}

std::string document_page_png(const Document& document, Paper paper, int page, int pixel_width, int* pages) {
    const PaperSize size = size_of(paper);
    const FirstPass first = first_pass(document, paper);
    if (pages) *pages = first.pages;
    page = std::clamp(page, 1, std::max(1, first.pages));
    pixel_width = std::clamp(pixel_width, 64, 4096);
    const double scale = pixel_width / size.width;
    cairo_surface_t* surface =
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixel_width, static_cast<int>(size.height * scale + 0.5));
    std::string png;
    cairo_t* blank = cairo_create(surface);
    cairo_set_source_rgb(blank, 1, 1, 1);
    const auto clear = [&] { cairo_paint(blank); };
    clear();
    {
        // Every page is drawn onto the one picture; the page asked for is kept as it
        // ends, and the picture made white again for the next.
        PdfPass pass(document, paper, surface, first.headings, first.pages,
                     [&](int ended) {
                         if (ended == page) {
                             cairo_surface_flush(surface);
                             cairo_surface_write_to_png_stream(surface, append_to_string, &png);
                         }
                         clear();
                     },
                     scale);
        pass.write();
    }
    cairo_destroy(blank);
    cairo_surface_destroy(surface);
    if (png.empty()) throw std::runtime_error("the page's preview could not be made");
    return png;
}

}  // namespace oogst
