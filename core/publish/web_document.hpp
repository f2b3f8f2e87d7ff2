#pragma once
// A Document as one self-contained HTML page (accessible: headings, lists, figure tables
// with header cells, every picture with its alt text; children's drawings inline as SVG
// vectors and photos inline, so the page needs no other file and no network) and as
// Markdown (searchable plain text; a picture is named by its caption). Byte for byte the
// same for the same Document.
#include <string>

#include "core/publish/document.hpp"

namespace oogst {

std::string document_html(const Document& document);
std::string document_markdown(const Document& document);

}  // namespace oogst
