#pragma once
// What the newspaper of the future says, before it is laid out: the masthead's words, the
// front page's lead story and one story per key, each with its headline written as news
// from the horizon year, its article, its pull quotes and its children's works. Made
// only from a PublishedWorkshop (consent already applied) and the templated sentences of
// assets/i18n/newspaper.yaml, so the PDF and the Document say the same, and nothing is
// invented: a template only arranges the workshop's own words and figures.
#include <string>
#include <vector>

#include "core/assets/translations.hpp"
#include "core/publish/document.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

class Store;

struct NewsParagraph {
    enum class Kind { body, subhead, item };
    Kind kind = Kind::body;
    std::string lead;  // set in bold before the text: a dateline "ROESELARE, 2030 —", an initiative's title
    std::string text;
};

struct NewsQuote {
    std::string text;
    std::string source;  // "Centrum · ★ 4,2 · 12 stemmen"
};

struct NewsStory {
    std::string kicker;    // the key's name above the headline
    std::string colour;    // "#rrggbb", the key's
    std::string headline;
    std::string deck;      // one sentence under the headline
    std::vector<NewsParagraph> article;
    std::vector<NewsQuote> quotes;     // strongest dreams first
    std::vector<DocPicture> pictures;  // children's drawings, photos and poems, captions consent-checked
    std::string teaser;    // for the front page: "312 bijdragen · 12 tafels"
    bool empty = false;    // a key with no published captures: its article says so
};

struct NewspaperContent {
    std::string title;     // "De Krant van de Toekomst"
    std::string dateline;  // "Roeselare, 2030"
    std::string tagline;
    std::string workshop;  // the workshop's name
    std::string language;  // "nl": hyphenation
    std::string date;      // "2026-03-02": the workshop's first day; "" when it has none
    // The pages' own words: "pagina {page}", "Lees meer op pagina {page}", the sections.
    std::string page_label, see_page, in_this_paper, quotes_title, children_title, children_front_title;
    NewsStory lead;        // the front page's story: the workshop in figures as news
    std::vector<DocPicture> front_pictures;  // children's works for the front page
    std::vector<NewsStory> keys;
};

// The newspaper's words. store gives the photos' bytes (PublishedWork::photo_blob).
NewspaperContent newspaper_content(const Store& store, const PublishedWorkshop& workshop, const Translations& words,
                                   Language language);

// text in capitals, as mastheads and datelines set it: "é" becomes "É" (glib's
// g_utf8_strup, which knows every script's capitals).
std::string in_capitals(const std::string& text);

}  // namespace oogst
