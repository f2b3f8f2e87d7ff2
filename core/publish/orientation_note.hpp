#pragma once
// The orientation note for the city council (Fase 8): the process in figures, then per
// key its needs, core values and future images, its strongest dreams quoted with their
// support, its children's works, its initiatives and actions; an annex per session and a
// method appendix. Built as a Document, so it is a PDF, HTML or Markdown alike.
#include "core/assets/assets.hpp"
#include "core/publish/document.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

class Store;

// How many of a key's dreams and children's works are shown; the rest are counted.
inline constexpr std::size_t note_dreams_per_key = 12;
inline constexpr std::size_t note_children_per_key = 12;

Document orientation_note(const Store& store, const PublishedWorkshop& workshop, const Assets& assets, Language language);

}  // namespace oogst
