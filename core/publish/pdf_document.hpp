#pragma once
// A Document laid out as a PDF with cairo and pango: a cover, a table of contents with
// links, chapters that start on a new page, bookmarks (the outline) per chapter and
// section, page numbers ("pagina 3 van 12"), long texts continued on the next page.
// Fonts are embedded (DejaVu), text stays selectable, paragraphs are justified and
// hyphenated in the document's language. The creation date is the document's date, so
// the same Document gives the same bytes.
#include <string>

#include "core/publish/document.hpp"
#include "core/publish/paper.hpp"

namespace oogst {

// The PDF's bytes. Throws std::runtime_error when cairo fails (out of memory).
std::string document_pdf(const Document& document, Paper paper = Paper::a4);

// One page (counted from 1; past the end: the last) drawn as the PDF draws it, as a PNG
// pixel_width wide: the desk's live preview. pages, when given, is set to how many
// pages the document has.
std::string document_page_png(const Document& document, Paper paper, int page, int pixel_width, int* pages = nullptr);

}  // namespace oogst
