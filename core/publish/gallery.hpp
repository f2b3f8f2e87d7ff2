#pragma once
// The exhibition gallery (issue 14): the children's works a teacher allowed to publish,
// as a folder a facilitator copies to a USB stick. Its index.html is one self-contained
// slideshow (inline style and script, nothing from a network, images by relative path)
// that opens in any browser, and still lists every work when scripts are off. The works
// come from published_workshop, so consent is applied there and only there: a work
// without the consent to publish is not in it, a first name only with the consent to
// name. Deterministic: the same workshop gives byte-identical files.
#include <vector>

#include "core/assets/language.hpp"
#include "core/assets/translations.hpp"
#include "core/publish/published_file.hpp"
#include "core/publish/published_workshop.hpp"
#include "core/store/store.hpp"

namespace oogst {

// Seconds each work stays on screen before the slideshow moves on: the kiosk loop's own
// default (KioskSettings::slide_seconds).
inline constexpr int gallery_slide_seconds = 8;

// Drawings are rendered from their strokes at this width: sharp on a full-HD screen.
inline constexpr int gallery_drawing_width = 1600;

// Every file of the exhibition's folder: "index.html" and "images/001.png",
// "images/002.jpg", … in the loop's order (each kiosk session's works in the order its
// loop shows them, the sessions in the workshop's order). A poem is text on its slide and
// has no image; a photo whose bytes are not in the store, or are neither JPEG nor PNG,
// cannot be shown and is left out. Throws std::runtime_error when cairo cannot render a
// drawing (out of memory).
std::vector<PublishedFile> exhibition_gallery(const Store& store, const PublishedWorkshop& workshop,
                                              const Translations& words, Language language);

}  // namespace oogst
