#include "core/publish/newspaper/newspaper_pages.hpp"

#include <algorithm>

#include "core/publish/pdf_picture.hpp"

namespace oogst {
namespace {

const std::string headline_font = "DejaVu Serif Condensed Bold";
const std::string deck_font = "DejaVu Serif Italic";
const std::string quote_font = "DejaVu Serif Condensed Italic";
const std::string label_font = "DejaVu Sans Condensed Bold";
const std::string small_font = "DejaVu Sans Condensed";
constexpr double ink[3] = {0.1, 0.1, 0.1};
constexpr double grey_ink[3] = {0.38, 0.38, 0.38};

// A pull quote is an excerpt: a long dream is cut at a word, the article keeps the rest.
constexpr std::size_t quote_bytes = 240;

std::string excerpt(const std::string& text, std::size_t most) {
    if (text.size() <= most) return text;
    std::size_t cut = text.rfind(' ', most);
    if (cut == std::string::npos || cut < most / 2) cut = most;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
}

std::string with_page(std::string label, int page) {
    const auto at = label.find("{page}");
    if (at != std::string::npos) label.replace(at, 6, std::to_string(page));
    return label;
}

// A label in capitals, spaced out a little as a newspaper sets its section names (not so
// much that a reader's software takes the letters for words of their own).
std::string spaced(const std::string& text) { return "<span letter_spacing=\"300\">" + escaped(in_capitals(text)) + "</span>"; }

TextStyle style(const std::string& font, double size, const double* colour = ink) {
    TextStyle made;
    made.font = font;
    made.size = size;
    made.red = colour[0], made.green = colour[1], made.blue = colour[2];
    return made;
}

}  // namespace

NewspaperLook newspaper_look(Paper paper) {
    NewspaperLook look;
    if (paper == Paper::a3) return look;
    look.margin = 30, look.gutter = 11, look.columns = 3;
    look.body.size = 8.7, look.body.leading = 11.2, look.body.indent = 8;
    look.masthead = 44, look.front_headline = 28, look.headline = 26, look.deck = 12, look.kicker = 8.5;
    look.quote = 12.5, look.caption = 7, look.running = 7, look.teaser = 11.5, look.section = 9;
    return look;
}

NewspaperPages::NewspaperPages(cairo_t* cr, const NewspaperContent& paper, const NewspaperLook& look, PaperSize size)
    : cr_(cr), paper_(paper), look_(look), size_(size), text_(cr), hyphenator_(paper.language) {
    left_ = look.margin;
    width_ = size.width - 2 * look.margin;
    top_ = look.margin;
    bottom_ = size.height - look.margin;
}

NewspaperPages::~NewspaperPages() = default;

double NewspaperPages::column_width(int columns) const {
    const double one = (width_ - look_.gutter * (look_.columns - 1)) / look_.columns;
    return one * columns + look_.gutter * (columns - 1);
}

double NewspaperPages::column_x(int column) const { return left_ + column * (column_width(1) + look_.gutter); }

std::string NewspaperPages::hyphenated(const std::string& text) const { return hyphenator_.soft_hyphens(text); }

void NewspaperPages::rule(double y, double width_pt, double x, double length) {
    if (x < 0) x = left_;
    if (length < 0) length = width_;
    cairo_save(cr_);
    cairo_set_line_width(cr_, width_pt);
    cairo_move_to(cr_, x, y + width_pt / 2);
    cairo_line_to(cr_, x + length, y + width_pt / 2);
    cairo_stroke(cr_);
    cairo_restore(cr_);
}

void NewspaperPages::new_page() {
    if (open_ && on_page_end) on_page_end(page_);
    if (open_) cairo_show_page(cr_);
    open_ = true;
    ++page_;
    y_ = top_;
    if (page_ > 1) running_head();
}

void NewspaperPages::finish() {
    if (open_ && on_page_end) on_page_end(page_);
    if (open_) cairo_show_page(cr_);
    open_ = false;
}

void NewspaperPages::running_head() {
    TextStyle left = style(label_font, look_.running);
    const double height = text_.draw(cr_, spaced(paper_.title), left, left_, y_, width_);
    TextStyle centre = style(deck_font, look_.running);
    centre.align = PANGO_ALIGN_CENTER;
    text_.draw(cr_, escaped(paper_.dateline), centre, left_, y_, width_);
    TextStyle right = style(small_font, look_.running);
    right.align = PANGO_ALIGN_RIGHT;
    text_.draw(cr_, escaped(with_page(paper_.page_label, page_)), right, left_, y_, width_);
    y_ += height + 3;
    rule(y_, 0.6);
    y_ += 0.6 + look_.body.leading * 1.2;
}

std::vector<FlowParagraph> NewspaperPages::flow_of(const std::vector<NewsParagraph>& article) const {
    std::vector<FlowParagraph> flow;
    for (std::size_t i = 0; i < article.size(); ++i) {
        const NewsParagraph& paragraph = article[i];
        FlowParagraph one;
        std::string markup = escaped(hyphenated(paragraph.text));
        if (!paragraph.lead.empty()) markup = "<b>" + escaped(hyphenated(paragraph.lead)) + "</b>" + markup;
        switch (paragraph.kind) {
            case NewsParagraph::Kind::subhead: one.kind = FlowParagraph::Kind::subhead; break;
            case NewsParagraph::Kind::item:
                one.kind = FlowParagraph::Kind::item;
                markup = "– " + markup;
                break;
            case NewsParagraph::Kind::body:
                // A newspaper indents a paragraph that follows another, not the first one
                // nor one under a subhead.
                one.indent = i > 0 && article[i - 1].kind != NewsParagraph::Kind::subhead;
                break;
        }
        one.markup = std::move(markup);
        flow.push_back(std::move(one));
    }
    return flow;
}

bool NewspaperPages::flow(ColumnText& text, int columns) {
    bool turned = false;
    while (!text.done()) {
        if (space_left() < 3 * text.leading()) new_page(), turned = true;
        const double top = y_;
        cairo_set_source_rgb(cr_, ink[0], ink[1], ink[2]);
        const double used = text.set(cr_, left_, y_, space_left(), columns, look_.gutter);
        // Thin rules between the columns that hold text, as far down as the text goes.
        const std::vector<std::size_t>& lines = text.last_column_lines();
        cairo_save(cr_);
        cairo_set_source_rgb(cr_, 0.7, 0.7, 0.7);
        cairo_set_line_width(cr_, 0.4);
        for (std::size_t column = 1; column < lines.size(); ++column) {
            if (lines[column] == 0) continue;
            const double x = column_x(static_cast<int>(column)) - look_.gutter / 2;
            cairo_move_to(cr_, x, top);
            cairo_line_to(cr_, x, top + used);
        }
        cairo_stroke(cr_);
        cairo_restore(cr_);
        y_ += used;
        if (!text.done()) new_page(), turned = true;
    }
    return turned;
}

double NewspaperPages::quote(const NewsQuote& quote, double x, double y, double width, double size, bool draw,
                             const double* colour) {
    const double top = y;
    if (draw) {
        cairo_save(cr_);
        cairo_set_source_rgb(cr_, colour[0], colour[1], colour[2]);
        rule(y, 2.2, x, width);
        cairo_restore(cr_);
    }
    y += 2.2 + size * 0.45;
    TextStyle words = style(quote_font, size);
    words.line_spacing = 1.05;
    const std::string markup = escaped("“" + hyphenated(excerpt(quote.text, quote_bytes)) + "”");
    y += draw ? text_.draw(cr_, markup, words, x, y, width) : text_.height(markup, words, width);
    if (!quote.source.empty()) {
        y += size * 0.35;
        TextStyle source = style(small_font, look_.caption * 1.15, grey_ink);
        const std::string line = escaped("— " + quote.source);
        y += draw ? text_.draw(cr_, line, source, x, y, width) : text_.height(line, source, width);
    }
    return y - top;
}

double NewspaperPages::picture(const DocPicture& picture, double x, double y, double width, bool draw) {
    const double top = y;
    double shown = picture_height(picture, width);
    if (shown > 0) {
        // A tall photo is shown narrower, centred, so it does not take the whole column.
        double picture_width = width;
        if (shown > width * 1.25) {
            picture_width = width * (width * 1.25 / shown);
            shown = picture_height(picture, picture_width);
        }
        if (draw) draw_picture(cr_, picture, x + (width - picture_width) / 2, y, picture_width);
        y += shown;
    } else if (!picture.words.empty()) {
        // A poem: its lines in a tinted box, the first ten when it is long.
        TextStyle poem = style(quote_font, look_.body.size * 1.1);
        PangoLayout* layout = text_.layout(escaped(picture.words), poem, width - 16);
        pango_layout_set_height(layout, -10);
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        const double box = static_cast<double>(h) / PANGO_SCALE + 16;
        if (draw) {
            cairo_save(cr_);
            cairo_set_source_rgb(cr_, 0.96, 0.94, 0.88);
            cairo_rectangle(cr_, x, y, width, box);
            cairo_fill(cr_);
            cairo_set_source_rgb(cr_, ink[0], ink[1], ink[2]);
            cairo_move_to(cr_, x + 8, y + 8);
            pango_cairo_show_layout(cr_, layout);
            cairo_restore(cr_);
        }
        g_object_unref(layout);
        y += box;
    } else {
        return 0;
    }
    if (!picture.caption.empty()) {
        y += 3;
        const TextStyle caption = style("DejaVu Sans Condensed Oblique", look_.caption, grey_ink);
        const std::string markup = escaped(picture.caption);
        y += draw ? text_.draw(cr_, markup, caption, x, y, width) : text_.height(markup, caption, width);
    }
    return y - top;
}

double NewspaperPages::section(const std::string& title, const double* colour) {
    const double top = y_;
    cairo_save(cr_);
    cairo_set_source_rgb(cr_, colour[0], colour[1], colour[2]);
    rule(y_, 1.6);
    cairo_restore(cr_);
    y_ += 1.6 + 4;
    y_ += text_.draw(cr_, spaced(title), style(label_font, look_.section, colour), left_, y_, width_);
    y_ += look_.body.leading;
    return y_ - top;
}

void NewspaperPages::quotes_row(const std::vector<NewsQuote>& quotes, const double* colour) {
    if (quotes.empty()) return;
    const std::size_t per_row = look_.columns >= 5 ? (quotes.size() == 4 ? 2 : std::min<std::size_t>(quotes.size(), 3))
                                                   : std::min<std::size_t>(quotes.size(), 2);
    const double width = (width_ - look_.gutter * 2 * static_cast<double>(per_row - 1)) / static_cast<double>(per_row);
    for (std::size_t first = 0; first < quotes.size(); first += per_row) {
        double tallest = 0;
        const std::size_t end = std::min(quotes.size(), first + per_row);
        for (std::size_t i = first; i < end; ++i)
            tallest = std::max(tallest, quote(quotes[i], 0, 0, width, look_.quote, false, colour));
        if (tallest > space_left()) return;
        for (std::size_t i = first; i < end; ++i)
            quote(quotes[i], left_ + static_cast<double>(i - first) * (width + 2 * look_.gutter), y_, width, look_.quote, true, colour);
        y_ += tallest + look_.body.leading * 1.5;
    }
}

void NewspaperPages::pictures_grid(const std::vector<DocPicture>& pictures, int per_row, const double* colour,
                                   bool may_turn) {
    (void)colour;
    const double width = (width_ - look_.gutter * (per_row - 1)) / per_row;
    for (std::size_t first = 0; first < pictures.size(); first += static_cast<std::size_t>(per_row)) {
        const std::size_t end = std::min(pictures.size(), first + static_cast<std::size_t>(per_row));
        double tallest = 0;
        for (std::size_t i = first; i < end; ++i) tallest = std::max(tallest, picture(pictures[i], 0, 0, width, false));
        if (tallest > space_left()) {
            if (!may_turn) return;
            new_page();
        }
        for (std::size_t i = first; i < end; ++i)
            picture(pictures[i], left_ + static_cast<double>(i - first) * (width + look_.gutter), y_, width, true);
        y_ += tallest + look_.body.leading * 1.5;
    }
}

void NewspaperPages::front(const std::vector<int>& key_pages) {
    new_page();
    const NewsStory& lead = paper_.lead;

    // The masthead: the paper's name between rules, and under it where and when it appears.
    rule(y_, 2.8);
    y_ += 2.8 + look_.masthead * 0.1;
    TextStyle masthead = style(headline_font, look_.masthead);
    masthead.align = PANGO_ALIGN_CENTER;
    // The paper's name on one line, however long it is in the reader's language.
    if (const double wide = text_.width(escaped(paper_.title), masthead); wide > width_)
        masthead.size *= width_ / wide * 0.98;
    y_ += text_.draw(cr_, escaped(paper_.title), masthead, left_, y_, width_);
    y_ += look_.masthead * 0.08;
    rule(y_, 0.6);
    y_ += 0.6 + 4;
    TextStyle where = style(label_font, look_.running * 1.3);
    double strip = text_.draw(cr_, escaped(paper_.dateline), where, left_, y_, width_);
    TextStyle tagline = style(deck_font, look_.running * 1.3);
    tagline.align = PANGO_ALIGN_CENTER;
    strip = std::max(strip, text_.draw(cr_, escaped(paper_.tagline), tagline, left_ + width_ / 4, y_, width_ / 2));
    TextStyle name = style(small_font, look_.running * 1.3);
    name.align = PANGO_ALIGN_RIGHT;
    strip = std::max(strip, text_.draw(cr_, escaped(paper_.workshop), name, left_ + width_ * 0.75, y_, width_ / 4));
    y_ += strip + 4;
    rule(y_, 0.6);
    y_ += 0.6 + 1.5;
    rule(y_, 2);
    y_ += 2 + look_.front_headline * 0.4;

    // The lead story: the workshop in figures, told as news.
    TextStyle headline = style(headline_font, look_.front_headline);
    headline.line_spacing = 0.95;
    y_ += text_.draw(cr_, escaped(lead.headline), headline, left_, y_, width_) + look_.deck * 0.6;
    if (!lead.deck.empty())
        y_ += text_.draw(cr_, escaped(lead.deck), style(deck_font, look_.deck), left_, y_, column_width(look_.columns - 1)) +
              look_.deck;
    const int picture_columns = paper_.front_pictures.empty() ? 0 : (look_.columns >= 5 ? 2 : 1);
    const int text_columns = look_.columns - picture_columns;
    const double band = y_;
    double pictured = 0;
    if (picture_columns > 0)
        pictured = picture(paper_.front_pictures.front(), column_x(text_columns), y_, column_width(picture_columns), true);
    ColumnText article(text_, look_.body, column_width(1), flow_of(lead.article));
    cairo_set_source_rgb(cr_, ink[0], ink[1], ink[2]);
    // The front page is one page: its lead story is a few paragraphs, set in what is left
    // of the upper half at most.
    const double written = article.set(cr_, left_, y_, std::max(space_left() / 2, 6 * look_.body.leading), text_columns, look_.gutter);
    y_ = band + std::max(written, pictured) + look_.body.leading * 1.5;

    const double black[3] = {ink[0], ink[1], ink[2]};
    quotes_row(lead.quotes, black);

    // A teaser per key: its name, its headline, what it holds and where it starts.
    if (!paper_.keys.empty() && space_left() > 8 * look_.body.leading) {
        section(paper_.in_this_paper, black);
        const std::size_t keys = paper_.keys.size();
        const std::size_t columns = static_cast<std::size_t>(look_.columns);
        const std::size_t rows = (keys + columns - 1) / columns;
        const std::size_t per_row = (keys + rows - 1) / rows;
        const double width = (width_ - look_.gutter * static_cast<double>(per_row - 1)) / static_cast<double>(per_row);
        for (std::size_t first = 0; first < keys; first += per_row) {
            const std::size_t end = std::min(keys, first + per_row);
            const auto teaser = [&](std::size_t i, double x, bool draw) {
                const NewsStory& story = paper_.keys[i];
                double colour[3] = {ink[0], ink[1], ink[2]};
                parse_colour(story.colour, colour[0], colour[1], colour[2]);
                double y = y_;
                if (draw) {
                    cairo_save(cr_);
                    cairo_set_source_rgb(cr_, colour[0], colour[1], colour[2]);
                    rule(y, 3, x, width);
                    cairo_restore(cr_);
                }
                y += 3 + 4;
                const auto put = [&](const std::string& markup, const TextStyle& text_style) {
                    y += draw ? text_.draw(cr_, markup, text_style, x, y, width) : text_.height(markup, text_style, width);
                };
                put(spaced(story.kicker), style(label_font, look_.kicker, colour));
                y += 2;
                TextStyle title = style(headline_font, look_.teaser);
                title.line_spacing = 0.95;
                put(escaped(story.headline), title);
                y += 3;
                put(escaped(story.teaser), style(small_font, look_.caption * 1.15, grey_ink));
                if (i < key_pages.size()) put(escaped(with_page(paper_.see_page, key_pages[i])), style(deck_font, look_.caption * 1.15));
                return y - y_;
            };
            double tallest = 0;
            for (std::size_t i = first; i < end; ++i) tallest = std::max(tallest, teaser(i, 0, false));
            if (tallest > space_left()) break;
            for (std::size_t i = first; i < end; ++i)
                teaser(i, left_ + static_cast<double>(i - first) * (width + look_.gutter), true);
            y_ += tallest + look_.body.leading * 1.5;
        }
    }

    // The children's works, as far as the page goes.
    if (paper_.front_pictures.size() > 1) {
        std::vector<DocPicture> rest(paper_.front_pictures.begin() + 1, paper_.front_pictures.end());
        const double width = column_width(1);
        double row = 0;
        for (std::size_t i = 0; i < rest.size() && i < static_cast<std::size_t>(look_.columns); ++i)
            row = std::max(row, picture(rest[i], 0, 0, width, false));
        // Its title only with at least a row of works under it.
        if (row + look_.section + 2 * look_.body.leading + 6 <= space_left()) {
            section(paper_.children_front_title, black);
            pictures_grid(rest, look_.columns, black, false);
        }
    }
}

int NewspaperPages::spread(const NewsStory& story) {
    new_page();
    const int first = page_;
    double colour[3] = {ink[0], ink[1], ink[2]};
    parse_colour(story.colour, colour[0], colour[1], colour[2]);

    // The key's name in its colour, the headline, the deck.
    cairo_save(cr_);
    cairo_set_source_rgb(cr_, colour[0], colour[1], colour[2]);
    rule(y_, 3.5);
    cairo_restore(cr_);
    y_ += 3.5 + 5;
    y_ += text_.draw(cr_, spaced(story.kicker), style(label_font, look_.kicker, colour), left_, y_, width_) + 4;
    TextStyle headline = style(headline_font, look_.headline);
    headline.line_spacing = 0.95;
    y_ += text_.draw(cr_, escaped(story.headline), headline, left_, y_, width_) + look_.deck * 0.6;
    if (!story.deck.empty())
        y_ += text_.draw(cr_, escaped(story.deck), style(deck_font, look_.deck), left_, y_, column_width(look_.columns - 1)) +
              look_.deck * 0.6;
    rule(y_, 0.6);
    y_ += 0.6 + look_.body.leading;

    // The strongest dream beside the first child's work, above the article.
    std::size_t quotes_from = 0, pictures_from = 0;
    if (!story.quotes.empty() && !story.pictures.empty()) {
        const int picture_columns = look_.columns >= 5 ? 2 : 1;
        const int quote_columns = look_.columns - picture_columns;
        const double big = look_.quote * 1.35;
        const double quoted = quote(story.quotes.front(), 0, 0, column_width(quote_columns) - look_.gutter, big, false, colour);
        const double pictured = picture(story.pictures.front(), 0, 0, column_width(picture_columns), false);
        if (std::max(quoted, pictured) < space_left() / 2) {
            quote(story.quotes.front(), left_, y_, column_width(quote_columns) - look_.gutter, big, true, colour);
            picture(story.pictures.front(), column_x(quote_columns), y_, column_width(picture_columns), true);
            y_ += std::max(quoted, pictured) + look_.body.leading * 1.5;
            quotes_from = pictures_from = 1;
        }
    }

    ColumnText article(text_, look_.body, column_width(1), flow_of(story.article));
    flow(article, look_.columns);
    y_ += look_.body.leading * 1.5;

    // Then the other voices and the children's works: on the facing page when the
    // article filled the first, below it when there is room (a key with little material
    // is one page, not a spread of blank paper).
    if (quotes_from < story.quotes.size()) {
        if (space_left() < 12 * look_.body.leading) new_page();
        section(paper_.quotes_title, colour);
        quotes_row(std::vector<NewsQuote>(story.quotes.begin() + static_cast<long>(quotes_from), story.quotes.end()), colour);
    }
    if (pictures_from < story.pictures.size()) {
        if (space_left() < 14 * look_.body.leading) new_page();
        section(paper_.children_title, colour);
        pictures_grid(std::vector<DocPicture>(story.pictures.begin() + static_cast<long>(pictures_from), story.pictures.end()),
                      look_.columns >= 5 ? 4 : 3, colour, true);
    }
    return first;
}

}  // namespace oogst
