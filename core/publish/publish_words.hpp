#pragma once
// What the publications' builders share: their words in the reader's language, a
// method's name, a work's source line ("Tafel 3 · ★ 4,2 · 12 stemmen") and a child's
// work as a picture with its bytes.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "core/assets/assets.hpp"
#include "core/publish/document.hpp"
#include "core/publish/published_workshop.hpp"

namespace oogst {

class Store;

struct PublishWords {
    const Assets& assets;
    Language language;

    const std::string& tr(std::string_view key) const { return assets.words.text(language, key); }
    std::string format(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> values) const {
        return assets.words.format(language, key, values);
    }
    std::string count(long long value) const;
    // The method's name in the reader's language; its id when no template has it.
    std::string method_name(const std::string& method) const;
    // Where a work came from and how it was backed: its table (or the child's first name
    // and class, when given), its stars and votes, and how often it was said.
    std::string source(const PublishedWork& work) const;
    // A document's frame: title, language, the contents' and footer's words, the date.
    Document document(std::string title, std::string subtitle, const PublishedWorkshop& workshop) const;
};

// A child's drawing or photo as a picture (its photo read from the store); a poem as
// its words.
DocPicture picture_of(const Store& store, const PublishedWork& work);

}  // namespace oogst
