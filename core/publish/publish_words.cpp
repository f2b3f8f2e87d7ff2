#include "core/publish/publish_words.hpp"

#include "core/publish/number_text.hpp"
#include "core/store/store.hpp"

namespace oogst {

std::string PublishWords::count(long long value) const { return count_text(language, value); }

std::string PublishWords::method_name(const std::string& method) const {
    const MethodTemplate* found = assets.templates.find(method);
    return found && !found->name.in(language).empty() ? found->name.in(language) : method;
}

std::string PublishWords::source(const PublishedWork& work) const {
    std::string line = work.child ? work.name : work.table;
    if (work.child && line.empty()) line = work.table;
    const std::string support = work.votes ? format(work.votes == 1 ? "note.support_one" : "note.support",
                                                    {{"score", decimal_text(language, work.score)}, {"votes", count(work.votes)}})
                                           : tr("note.no_votes");
    if (!work.child) line += (line.empty() ? "" : " · ") + support;
    if (work.pile > 1)
        line += " · " + format("note.pile", {{"count", count(static_cast<long long>(work.pile))},
                                             {"tables", count(static_cast<long long>(work.tables))}});
    return line;
}

Document PublishWords::document(std::string title, std::string subtitle, const PublishedWorkshop& workshop) const {
    Document document;
    document.title = std::move(title);
    document.subtitle = std::move(subtitle);
    document.language = std::string(language_code(language));
    // The workshop's first day, else its first session's: the same workshop gives the
    // same file, on any day.
    document.date = workshop.workshop.dates.empty() ? "" : workshop.workshop.dates.front();
    if (document.date.empty())
        for (const PublishedSession& session : workshop.sessions)
            if (!session.day.empty() && (document.date.empty() || session.day < document.date)) document.date = session.day;
    document.contents_title = tr("publish.contents");
    document.page_word = tr("publish.page");
    document.of_word = tr("publish.of");
    return document;
}

DocPicture picture_of(const Store& store, const PublishedWork& work) {
    DocPicture picture;
    picture.caption = work.name;
    if (work.kind == CaptureKind::drawing) {
        picture.strokes = work.strokes;
    } else if (work.kind == CaptureKind::photo && !work.photo_blob.empty()) {
        if (std::optional<std::string> bytes = store.blob(work.photo_blob)) {
            picture.image = std::move(*bytes);
            picture.media_type = store.blob_media_type(work.photo_blob).value_or("image/jpeg");
        }
    }
    if (work.kind != CaptureKind::text) picture.words = work.text;
    return picture;
}

}  // namespace oogst
