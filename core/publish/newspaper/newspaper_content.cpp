#include "core/publish/newspaper/newspaper_content.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include <glib.h>

#include "core/model/plain_text.hpp"
#include "core/publish/number_text.hpp"
#include "core/sense/theme_actions.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

// How many of a key's strongest dreams become pull quotes, and how many more the article
// lists: a newspaper quotes the few that carry most, not the 2,000 notes of a large key.
constexpr std::size_t pull_quotes = 4;
constexpr std::size_t listed_dreams = 8;
constexpr std::size_t key_pictures = 8;
constexpr std::size_t front_pictures = 6;
constexpr std::size_t headline_dream_bytes = 90;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    while (at <= text.size()) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        if (std::string line{trimmed(text.substr(at, end - at))}; !line.empty()) lines.push_back(std::move(line));
        at = end + 1;
    }
    return lines;
}

// A facilitator's text as one paragraph: its lines joined, ending as a sentence ends.
std::string as_sentence(const std::string& text) {
    std::string joined;
    for (const std::string& line : lines_of(text)) {
        if (!joined.empty()) joined += (std::string(".!?:;").find(joined.back()) == std::string::npos) ? ". " : " ";
        joined += line;
    }
    if (!joined.empty() && std::string(".!?…)\"’”»").find(joined.back()) == std::string::npos) joined += '.';
    return joined;
}

// A short line for a headline: the first line, without its closing full stop, cut at a
// word when long.
std::string headline_words(const std::string& text) {
    const std::vector<std::string> lines = lines_of(text);
    if (lines.empty()) return "";
    std::string line = lines.front();
    if (line.size() > headline_dream_bytes) {
        std::size_t cut = line.rfind(' ', headline_dream_bytes);
        if (cut == std::string::npos || cut < headline_dream_bytes / 2) cut = headline_dream_bytes;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xc0) == 0x80) --cut;  // not inside a character
        line = std::string(trimmed(line.substr(0, cut))) + "…";
    }
    while (!line.empty() && (line.back() == '.' || line.back() == ' ')) line.pop_back();
    return line;
}

class Writer {
public:
    Writer(const Store& store, const PublishedWorkshop& workshop, const Translations& words, Language language)
        : store_(store), workshop_(workshop), words_(words), language_(language) {
        place_ = !workshop.workshop.place.empty() ? workshop.workshop.place : workshop.workshop.name;
        year_ = workshop.horizon_year > 0 ? std::to_string(workshop.horizon_year) : "";
        in_year_ = year_.empty() ? "" : words.format(language, "newspaper.in_year", {{"year", year_}});
    }

    NewspaperContent content() {
        NewspaperContent paper;
        paper.title = text("newspaper.title");
        paper.dateline = year_.empty() ? place_ : words_.format(language_, "newspaper.dateline", {{"place", place_}, {"year", year_}});
        paper.tagline = text("newspaper.tagline");
        paper.workshop = workshop_.workshop.name;
        paper.language = std::string(language_code(language_));
        paper.date = first_day();
        paper.page_label = text("newspaper.page");
        paper.see_page = text("newspaper.see_page");
        paper.in_this_paper = text("newspaper.in_this_paper");
        paper.quotes_title = text("newspaper.quotes");
        paper.children_title = text("newspaper.children");
        paper.children_front_title = text("newspaper.children.front");
        dateline_ = in_capitals(paper.dateline) + " — ";
        paper.lead = front_story();
        paper.front_pictures = children_at_kiosks();
        for (const PublishedKey& key : workshop_.keys) paper.keys.push_back(key_story(key));
        return paper;
    }

private:
    const std::string& text(std::string_view key) const { return words_.text(language_, key); }

    std::string counted(const std::string& what, long long count) const {
        return words_.format(language_, "newspaper.count." + what + (count == 1 ? ".one" : ".other"),
                             {{"count", count_text(language_, count)}});
    }

    std::string listed(const std::vector<std::string>& items) const {
        std::string result;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) result += i + 1 == items.size() ? " " + text("newspaper.and") + " " : ", ";
            result += items[i];
        }
        return result;
    }

    std::string first_day() const {
        if (!workshop_.workshop.dates.empty()) return workshop_.workshop.dates.front();
        std::string first;
        for (const PublishedSession& session : workshop_.sessions)
            if (!session.day.empty() && (first.empty() || session.day < first)) first = session.day;
        return first;
    }

    std::string score(double value) const {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%.1f", value);
        std::string result = buffer;
        if (language_ != Language::en) std::replace(result.begin(), result.end(), '.', ',');
        return result;
    }

    // "★ 4,2 · 12 stemmen"; "" when nobody voted.
    std::string support_of(const PublishedWork& work) const {
        if (work.votes == 0) return "";
        return words_.format(language_, "newspaper.support", {{"score", score(work.score)}, {"votes", counted("votes", work.votes)}});
    }

    // "Centrum · ★ 4,2 · 12 stemmen"; the table alone when nobody voted.
    std::string source_of(const PublishedWork& work) const {
        const std::string support = support_of(work);
        if (support.empty() || work.table.empty()) return work.table + support;
        return work.table + " · " + support;
    }

    std::string kind_word(const PublishedWork& work) const {
        if (!work.strokes.empty()) return text("newspaper.caption.drawing");
        if (work.kind == CaptureKind::photo) return text("newspaper.caption.photo");
        if (work.kind == CaptureKind::text) return text("newspaper.caption.poem");
        return text("newspaper.caption.drawing");
    }

    // A child's work as a picture: strokes stay strokes, a photo brings its bytes, a poem
    // its words. The caption names the child only as PublishedWork::name allows.
    std::optional<DocPicture> picture_of(const PublishedWork& work) const {
        DocPicture picture;
        if (!work.strokes.empty()) {
            picture.strokes = work.strokes;
        } else if (!work.photo_blob.empty()) {
            std::optional<std::string> bytes = store_.blob(work.photo_blob);
            std::optional<std::string> type = store_.blob_media_type(work.photo_blob);
            if (!bytes || !type || (*type != "image/jpeg" && *type != "image/png")) return std::nullopt;
            picture.image = std::move(*bytes);
            picture.media_type = std::move(*type);
        } else if (!trimmed(work.text).empty()) {
            picture.words = trimmed(work.text);
        } else {
            return std::nullopt;
        }
        picture.caption = work.name.empty() ? kind_word(work)
                                            : words_.format(language_, "newspaper.caption.named",
                                                            {{"kind", kind_word(work)}, {"name", work.name}});
        return picture;
    }

    std::vector<DocPicture> pictures_of(const std::vector<PublishedWork>& works, std::size_t most) const {
        std::vector<DocPicture> pictures;
        for (const PublishedWork& work : works) {
            if (pictures.size() == most) break;
            if (std::optional<DocPicture> picture = picture_of(work)) pictures.push_back(std::move(*picture));
        }
        return pictures;
    }

    std::vector<DocPicture> children_at_kiosks() const {
        std::vector<PublishedWork> works;
        for (const PublishedSession& session : workshop_.sessions)
            if (session.kiosk) works.insert(works.end(), session.works.begin(), session.works.end());
        // Drawings and photos first: the front page shows what catches the eye.
        std::stable_partition(works.begin(), works.end(),
                              [](const PublishedWork& work) { return work.kind != CaptureKind::text; });
        return pictures_of(works, front_pictures);
    }

    NewsStory front_story() const {
        const PublishedFigures& figures = workshop_.figures;
        NewsStory story;
        const std::string participants = counted("participants", figures.participants);
        const std::string tables = counted("tables", figures.tables);
        if (figures.tables > 0 && figures.participants > 0)
            story.headline = words_.format(language_, "newspaper.front.headline",
                                           {{"participants", participants}, {"tables", tables}, {"place", place_}, {"in_year", in_year_}});
        else if (figures.tables > 0)
            story.headline = words_.format(language_, "newspaper.front.headline.tables", {{"tables", tables}, {"place", place_}});
        else
            story.headline = words_.format(language_, "newspaper.front.headline.empty", {{"place", place_}});

        std::vector<std::string> names;
        for (const PublishedKey& key : workshop_.keys) names.push_back(key.name);
        if (!names.empty())
            story.deck = words_.format(language_, "newspaper.front.keys", {{"keys", counted("keys", figures.keys)}, {"names", listed(names)}});
        else
            story.deck = text(figures.captures > 0 ? "newspaper.front.no_keys" : "newspaper.front.nothing");

        const std::string captures = counted("captures", figures.captures);
        const std::string votes = counted("votes", figures.votes);
        NewsParagraph lead{NewsParagraph::Kind::body, dateline_, ""};
        if (figures.tables > 0)
            lead.text = figures.participants > 0
                            ? words_.format(language_, "newspaper.front.figures",
                                            {{"participants", participants}, {"tables", tables}, {"captures", captures}, {"votes", votes}})
                            : words_.format(language_, "newspaper.front.figures.tables",
                                            {{"tables", tables}, {"captures", captures}, {"votes", votes}});
        if (figures.children_works > 0) {
            if (!lead.text.empty()) lead.text += ' ';
            lead.text += words_.format(language_, "newspaper.front.children", {{"works", counted("works", figures.children_works)}});
        }
        if (lead.text.empty()) lead.text = text("newspaper.front.nothing");
        story.article.push_back(lead);
        if (!names.empty()) story.article.push_back({NewsParagraph::Kind::body, "", story.deck});
        if (figures.initiatives > 0)
            story.article.push_back({NewsParagraph::Kind::body, "",
                                     words_.format(language_, "newspaper.front.initiatives",
                                                   {{"initiatives", counted("initiatives", figures.initiatives)},
                                                    {"actions", counted("actions", figures.actions)}})});
        std::vector<std::string> places;
        for (const auto& [place, count] : figures.captures_by_place) places.push_back(place);
        if (!places.empty())
            story.article.push_back({NewsParagraph::Kind::body, "", words_.format(language_, "newspaper.front.places", {{"places", listed(places)}})});

        // The strongest dreams of the whole workshop, each once (a dream may sit under two keys).
        std::vector<PublishedWork> dreams = workshop_.unfiled;
        for (const PublishedKey& key : workshop_.keys) dreams.insert(dreams.end(), key.dreams.begin(), key.dreams.end());
        strongest_first(dreams);
        std::set<std::string> quoted;
        for (const PublishedWork& dream : dreams) {
            if (story.quotes.size() == pull_quotes) break;
            if (trimmed(dream.text).empty() || !quoted.insert(dream.id).second) continue;
            story.quotes.push_back({std::string(trimmed(dream.text)), source_of(dream)});
        }
        return story;
    }

    const PublishedInitiative* strongest(const PublishedKey& key) const {
        const PublishedInitiative* best = nullptr;
        for (const PublishedInitiative& initiative : key.initiatives)
            if (!best || std::tie(initiative.evidence.votes, initiative.evidence.dreams) >
                             std::tie(best->evidence.votes, best->evidence.dreams))
                best = &initiative;
        return best;
    }

    NewsStory key_story(const PublishedKey& key) const {
        NewsStory story;
        story.kicker = key.name;
        story.colour = theme_colour(ThemeSet{key.id, key.name, key.needs, key.core_values, key.future_images, key.colour});
        story.empty = key.captures == 0;

        // The headline: the key's first future image, else its strongest initiative, else
        // its strongest dream; each as news from the horizon year.
        const std::vector<std::string> images = lines_of(key.future_images);
        const PublishedInitiative* initiative = strongest(key);
        bool initiative_in_headline = false;
        if (!images.empty()) {
            story.headline = words_.format(language_, "newspaper.headline.image",
                                           {{"key", key.name}, {"in_year", in_year_}, {"image", headline_words(images.front())}});
        } else if (initiative) {
            story.headline = words_.format(language_, "newspaper.headline.initiative",
                                           {{"key", key.name}, {"initiative", headline_words(initiative->title)}});
            initiative_in_headline = true;
        } else if (!key.dreams.empty() && !headline_words(key.dreams.front().text).empty()) {
            story.headline = words_.format(language_, "newspaper.headline.dream",
                                           {{"key", key.name}, {"dream", headline_words(key.dreams.front().text)}});
        } else {
            story.headline = words_.format(language_, "newspaper.headline.plain", {{"key", key.name}, {"place", place_}});
        }

        const std::string captures = counted("captures", static_cast<long long>(key.captures));
        const std::string tables = counted("tables", static_cast<long long>(key.tables));
        if (initiative && !initiative_in_headline)
            story.deck = initiative->owner.empty()
                             ? words_.format(language_, "newspaper.deck.initiative", {{"initiative", headline_words(initiative->title)}})
                             : words_.format(language_, "newspaper.deck.initiative.owner",
                                             {{"initiative", headline_words(initiative->title)}, {"owner", initiative->owner}});
        else if (!story.empty)
            story.deck = words_.format(language_, "newspaper.deck.figures", {{"captures", captures}, {"tables", tables}});
        story.teaser = story.empty ? text("newspaper.key.empty") : captures + " · " + tables;
        if (!key.initiatives.empty())
            story.teaser += " · " + counted("initiatives", static_cast<long long>(key.initiatives.size()));

        using Kind = NewsParagraph::Kind;
        NewsParagraph lead{Kind::body, dateline_, ""};
        if (story.empty) {
            lead.text = text("newspaper.key.empty");
        } else {
            lead.text = words_.format(language_, "newspaper.key.lead", {{"key", key.name}, {"captures", captures}, {"tables", tables}});
            if (key.votes > 0) {
                lead.text += ' ';
                lead.text += words_.format(language_, "newspaper.key.votes", {{"votes", counted("votes", key.votes)}});
            }
        }
        story.article.push_back(lead);
        if (!trimmed(key.needs).empty())
            story.article.push_back({Kind::body, "", words_.format(language_, "newspaper.key.needs", {{"needs", as_sentence(key.needs)}})});
        if (!trimmed(key.core_values).empty())
            story.article.push_back({Kind::body, "", words_.format(language_, "newspaper.key.values", {{"values", as_sentence(key.core_values)}})});
        if (!images.empty()) {
            story.article.push_back({Kind::subhead, "", text("newspaper.sub.future")});
            for (const std::string& image : images) story.article.push_back({Kind::body, "", as_sentence(image)});
        }

        for (const PublishedWork& dream : key.dreams) {
            if (story.quotes.size() == pull_quotes) break;
            if (!trimmed(dream.text).empty()) story.quotes.push_back({std::string(trimmed(dream.text)), source_of(dream)});
        }
        std::vector<NewsParagraph> listed_ones;
        for (std::size_t i = story.quotes.size(); i < key.dreams.size() && listed_ones.size() < listed_dreams; ++i) {
            const PublishedWork& dream = key.dreams[i];
            if (trimmed(dream.text).empty()) continue;
            std::string line = words_.format(language_, "newspaper.dream", {{"table", dream.table}, {"text", headline_words(dream.text)}});
            if (dream.votes > 0) line += " (" + support_of(dream) + ")";
            listed_ones.push_back({Kind::item, "", line});
        }
        if (!listed_ones.empty()) {
            story.article.push_back({Kind::subhead, "", text("newspaper.sub.dreams")});
            story.article.insert(story.article.end(), listed_ones.begin(), listed_ones.end());
        }

        if (!key.initiatives.empty()) story.article.push_back({Kind::subhead, "", text("newspaper.sub.initiatives")});
        for (const PublishedInitiative& one : key.initiatives) {
            std::string details = as_sentence(one.description == one.title ? "" : one.description);
            // A description that starts with the title (a promoted proposal) says it once.
            if (one.description.rfind(one.title, 0) == 0) details = as_sentence(one.description.substr(one.title.size()));
            const auto add = [&](const std::string& sentence) { details += (details.empty() ? "" : " ") + sentence; };
            if (!one.owner.empty()) add(words_.format(language_, "newspaper.initiative.owner", {{"owner", one.owner}}));
            if (!one.partners.empty()) add(words_.format(language_, "newspaper.initiative.partners", {{"partners", listed(one.partners)}}));
            if (one.horizon > 0) add(words_.format(language_, "newspaper.initiative.horizon", {{"year", std::to_string(one.horizon)}}));
            std::string title(trimmed(lines_of(one.title).empty() ? one.title : lines_of(one.title).front()));
            story.article.push_back({Kind::body, details.empty() ? title : title + ". ", details});
            for (const PublishedAction& action : one.actions) {
                const char* key_name = action.who.empty() ? (action.due.empty() ? "newspaper.action" : "newspaper.action.due")
                                                          : (action.due.empty() ? "newspaper.action.who" : "newspaper.action.who_due");
                story.article.push_back({Kind::item, "", words_.format(language_, key_name,
                                                                       {{"what", std::string(trimmed(action.what))}, {"who", action.who}, {"due", action.due}})});
            }
        }

        story.pictures = pictures_of(key.children, key_pictures);
        if (key.children.size() > story.pictures.size())
            story.article.push_back({Kind::body, "", words_.format(language_, "newspaper.key.children",
                                                                   {{"works", counted("works", static_cast<long long>(key.children.size()))}})});
        return story;
    }

    const Store& store_;
    const PublishedWorkshop& workshop_;
    const Translations& words_;
    Language language_;
    std::string place_, year_, in_year_, dateline_;
};

}  // namespace

NewspaperContent newspaper_content(const Store& store, const PublishedWorkshop& workshop, const Translations& words,
                                   Language language) {
    return Writer(store, workshop, words, language).content();
}

std::string in_capitals(const std::string& text) {
    gchar* up = g_utf8_strup(text.c_str(), static_cast<gssize>(text.size()));
    std::string result(up);
    g_free(up);
    return result;
}

}  // namespace oogst
