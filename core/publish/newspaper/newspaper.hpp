#pragma once
// The newspaper of the future (issue 14): the workshop told as news from its horizon
// year. A masthead dated "Roeselare, 2030", a front page with the workshop in figures as
// its lead story and a teaser per key, then a spread per key: its headline, an article in
// balanced, hyphenated columns, pull quotes of the strongest dreams and the children's
// works, drawings as vectors. Only what published_workshop lets through is printed; a
// child's first name and class only where its consent to name allows.
#include <memory>
#include <string>

#include "core/assets/translations.hpp"
#include "core/publish/document.hpp"
#include "core/publish/paper.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

class Store;

// The PDF's bytes, A3 or A4. The same workshop gives the same bytes: the PDF's dates are
// the workshop's first day (or a fixed day when it has none).
std::string newspaper_pdf(const Store& store, const PublishedWorkshop& workshop, const Translations& words,
                          Language language, Paper paper);

// The same content as a Document (for HTML and Markdown): the masthead as its title, each
// story's headline a level-1 heading, its article's paragraphs, its subheads level 2, its
// pull quotes as quotes, its children's works as pictures.
// The newspaper's words and pictures, laid out by the two below: made where the store
// is read, drawn anywhere (the desk's preview draws on a thread of its own).
struct NewspaperContent;
std::shared_ptr<const NewspaperContent> newspaper_words(const Store& store, const PublishedWorkshop& workshop,
                                                       const Translations& words, Language language);
// One page (from 1; past the end: the last) as a PNG pixel_width wide; pages is set to
// how many there are.
std::string newspaper_page_png(const NewspaperContent& content, Paper paper, int page, int pixel_width, int& pages);

Document newspaper_document(const Store& store, const PublishedWorkshop& workshop, const Translations& words,
                            Language language);

}  // namespace oogst
