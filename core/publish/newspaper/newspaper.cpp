#include "core/publish/newspaper/newspaper.hpp"

#include <algorithm>

#include <cairo-pdf.h>

#include "core/drawing/cairo_bytes.hpp"
#include "core/publish/newspaper/newspaper_content.hpp"
#include "core/publish/newspaper/newspaper_pages.hpp"

namespace oogst {
namespace {

// Lays the newspaper out into out (nullptr: only to count its pages); returns the page
// each key's spread starts on.
std::vector<int> lay_out(const NewspaperContent& paper, Paper size_name, std::string* out, const std::vector<int>& key_pages) {
    const PaperSize size = size_of(size_name);
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, out, size.width, size.height);
    // The workshop's own day as the PDF's dates: the same state gives the same bytes.
    const std::string date = (paper.date.size() == 10 ? paper.date : "2026-01-01") + "T00:00:00Z";
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, (paper.title + " — " + paper.dateline).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Oogst");
    cairo_t* cr = cairo_create(surface);
    std::vector<int> starts;
    {
        NewspaperPages pages(cr, paper, newspaper_look(size_name), size);
        if (out) {
            pages.front(key_pages);
            cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, paper.title.c_str(), "page=1", CAIRO_PDF_OUTLINE_FLAG_OPEN);
        } else {
            pages.skip_front();
        }
        for (const NewsStory& story : paper.keys) {
            starts.push_back(pages.spread(story));
            if (out) {
                const std::string link = "page=" + std::to_string(starts.back());
                cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, story.kicker.c_str(), link.c_str(),
                                              cairo_pdf_outline_flags_t{});
            }
        }
        pages.finish();
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("the newspaper could not be written: ") + cairo_status_to_string(status));
    return starts;
}

std::string paragraph_text(const NewsParagraph& paragraph) { return paragraph.lead + paragraph.text; }

void add_story(Document& document, const NewsStory& story) {
    document.heading(story.headline, 1);
    document.paragraph(story.deck);
    std::vector<std::string> items;
    const auto end_list = [&] {
        if (!items.empty()) document.list(std::move(items));
        items.clear();
    };
    for (const NewsParagraph& paragraph : story.article) {
        if (paragraph.kind != NewsParagraph::Kind::item) end_list();
        switch (paragraph.kind) {
            case NewsParagraph::Kind::subhead: document.heading(paragraph.text, 2); break;
            case NewsParagraph::Kind::item: items.push_back(paragraph_text(paragraph)); break;
            case NewsParagraph::Kind::body:
                if (story.empty && &paragraph == &story.article.front()) document.note(paragraph_text(paragraph));
                else document.paragraph(paragraph_text(paragraph));
                break;
        }
    }
    end_list();
    for (const NewsQuote& quote : story.quotes) document.quote(quote.text, quote.source);
    if (!story.pictures.empty()) document.pictures(story.pictures);
}

}  // namespace

std::string newspaper_pdf(const Store& store, const PublishedWorkshop& workshop, const Translations& words,
                          Language language, Paper paper) {
    const NewspaperContent content = newspaper_content(store, workshop, words, language);
    // The front page names the page each spread starts on, known only once the spreads
    // are laid out: a first pass counts them without writing anything.
    const std::vector<int> key_pages = lay_out(content, paper, nullptr, {});
    std::string pdf;
    lay_out(content, paper, &pdf, key_pages);
    return pdf;
}

std::shared_ptr<const NewspaperContent> newspaper_words(const Store& store, const PublishedWorkshop& workshop,
                                                       const Translations& words, Language language) {
    return std::make_shared<const NewspaperContent>(newspaper_content(store, workshop, words, language));
}

std::string newspaper_page_png(const NewspaperContent& content, Paper paper, int page, int pixel_width, int& pages) {
    const std::vector<int> key_pages = lay_out(content, paper, nullptr, {});
    const PaperSize size = size_of(paper);
    const double scale = std::clamp(pixel_width, 64, 4096) / size.width;
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(size.width * scale + 0.5),
                                                          static_cast<int>(size.height * scale + 0.5));
    cairo_t* cr = cairo_create(surface);
    const auto clear = [&] {
        cairo_save(cr);
        cairo_identity_matrix(cr);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
        cairo_restore(cr);
    };
    clear();
    cairo_scale(cr, scale, scale);
    std::string png;
    int last = 0;
    {
        // Every page is drawn onto the one picture: the one asked for (or the last) is
        // kept as it ends, and the picture made white again for the next.
        NewspaperPages pages_drawn(cr, content, newspaper_look(paper), size);
        pages_drawn.on_page_end = [&](int ended) {
            last = ended;
            if (ended == page || png.empty() || ended < page) {
                png.clear();
                cairo_surface_flush(surface);
                cairo_surface_write_to_png_stream(surface, append_to_string, &png);
            }
            clear();
        };
        pages_drawn.front(key_pages);
        for (const NewsStory& story : content.keys) pages_drawn.spread(story);
        pages_drawn.finish();
    }
    pages = last;
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
    return png;
}

Document newspaper_document(const Store& store, const PublishedWorkshop& workshop, const Translations& words,
                            Language language) {
    const NewspaperContent content = newspaper_content(store, workshop, words, language);
    Document document;
    document.title = content.title;
    document.subtitle = content.dateline;
    document.language = content.language;
    document.date = content.date;
    add_story(document, content.lead);
    if (!content.front_pictures.empty()) {
        document.heading(content.children_front_title, 2);
        document.pictures(content.front_pictures);
    }
    for (const NewsStory& story : content.keys) add_story(document, story);
    return document;
}

}  // namespace oogst
