#pragma once
// A publication as plain content: headings, paragraphs, quotes, lists, figures and
// pictures in reading order, already in the reader's language and with consent applied
// (published_workshop.hpp). The orientation note, the memorandum and a table's summary
// are each built as one Document; writers lay it out as a PDF (pdf_document.hpp), HTML
// or Markdown (web_document.hpp), so the three say the same thing.
#include <string>
#include <utility>
#include <vector>

#include "core/drawing/drawing.hpp"

namespace oogst {

// A child's drawing (its strokes, drawn as vectors), or a photo (its JPEG or PNG bytes).
struct DocPicture {
    std::vector<Stroke> strokes;
    std::string image;       // the photo's bytes when there are no strokes
    std::string media_type;  // "image/jpeg" or "image/png"
    std::string words;       // a poem or a caption written with the work
    std::string caption;     // "Lotte, 5B" only with the consent to name; may be empty
};

enum class BlockKind {
    heading,     // level 1 starts a chapter (a new page in the PDF, a bookmark, a line in the contents)
    paragraph,
    quote,       // a participant's words, with where they came from in source
    list,        // items
    figures,     // label and value rows: "Tafels  52"
    pictures,    // children's works and photos, in a grid
    note,        // a quiet line: "Nog geen sleutels." where a part is empty
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 1;                    // a heading's: 1 chapter, 2 section, 3 part
    std::string text;                 // a heading's, paragraph's, quote's or note's words
    std::string source;               // a quote's: "Tafel 3 · ★ 4,2 · 12 stemmen"
    std::vector<std::string> items;   // a list's
    std::vector<std::pair<std::string, std::string>> rows;  // figures: label, value
    std::vector<DocPicture> pictures;
};

struct Document {
    std::string title, subtitle;  // on the cover
    std::string language;         // "nl", "fr", "en": hyphenation and the HTML's lang
    std::string date;             // "2026-12-04": the workshop's, so the same state gives the same file
    std::string contents_title;   // "Inhoud" (empty: no table of contents)
    std::string page_word;        // "pagina" in the footer's "pagina 3 van 12"
    std::string of_word;          // "van"
    std::vector<Block> blocks;

    Document& heading(std::string text, int level = 1);
    Document& paragraph(std::string text);
    Document& quote(std::string text, std::string source);
    Document& list(std::vector<std::string> items);
    Document& figures(std::vector<std::pair<std::string, std::string>> rows);
    Document& pictures(std::vector<DocPicture> pictures);
    Document& note(std::string text);
};

}  // namespace oogst
