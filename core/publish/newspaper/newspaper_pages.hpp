#pragma once
// The newspaper's pages: its look per paper (column count, type sizes) and the layout of
// the front page and of each key's spread on a cairo surface. The words come finished
// from newspaper_content; this file only places them.
#include <vector>

#include <cairo.h>

#include "core/publish/hyphenation.hpp"
#include "core/publish/newspaper/column_text.hpp"
#include "core/publish/newspaper/newspaper_content.hpp"
#include "core/publish/paper.hpp"

namespace oogst {

struct NewspaperLook {
    double margin = 40, gutter = 14;
    int columns = 5;
    ColumnLook body;
    double masthead = 66, front_headline = 44, headline = 40, deck = 16, kicker = 11, quote = 17;
    double caption = 7.8, running = 8, teaser = 15, section = 11;
};

// A3: five columns; A4: three, the type a size smaller.
NewspaperLook newspaper_look(Paper paper);

class NewspaperPages {
public:
    NewspaperPages(cairo_t* cr, const NewspaperContent& paper, const NewspaperLook& look, PaperSize size);
    ~NewspaperPages();
    NewspaperPages(const NewspaperPages&) = delete;
    NewspaperPages& operator=(const NewspaperPages&) = delete;

    // Page 1. key_pages: the page each key's spread starts on, for the teasers ("" when
    // not known yet).
    void front(const std::vector<int>& key_pages);
    // A key's spread from a new page on; returns the page it starts on.
    int spread(const NewsStory& story);
    // Ends the last page.
    void finish();
    int pages() const { return page_; }
    // Counting pages without a front page: the first spread starts on page 2.
    void skip_front() { page_ = 1; }
    // Told each page's number as it ends (a preview keeps the one it shows).
    std::function<void(int)> on_page_end;

private:
    void new_page();
    void running_head();
    double space_left() const { return bottom_ - y_; }
    double column_width(int columns) const;
    double column_x(int column) const;
    std::string hyphenated(const std::string& text) const;
    std::vector<FlowParagraph> flow_of(const std::vector<NewsParagraph>& article) const;
    // Flows the article from y_ down, page after page; returns whether it started a page.
    bool flow(ColumnText& text, int columns);
    double quote(const NewsQuote& quote, double x, double y, double width, double size, bool draw, const double* colour);
    double picture(const DocPicture& picture, double x, double y, double width, bool draw);
    double section(const std::string& title, const double* colour);
    void quotes_row(const std::vector<NewsQuote>& quotes, const double* colour);
    void pictures_grid(const std::vector<DocPicture>& pictures, int per_row, const double* colour, bool may_turn);
    void rule(double y, double width_pt, double x = -1, double length = -1);

    cairo_t* cr_;
    const NewspaperContent& paper_;
    NewspaperLook look_;
    PaperSize size_;
    PangoText text_;
    Hyphenator hyphenator_;
    int page_ = 0;
    bool open_ = false;
    double left_, width_, top_, bottom_, y_ = 0;
};

}  // namespace oogst
