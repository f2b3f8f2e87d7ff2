#include "core/opendata/survey/survey_columns.hpp"

#include <algorithm>
#include <set>

#include "core/opendata/survey/survey_problem.hpp"
#include "core/prepare/plan_text.hpp"

namespace oogst {
namespace {

using SurveyKind = SurveyProblem::Kind;

std::string header_list(const std::vector<std::string>& header) {
    std::string list;
    for (std::size_t i = 0; i < header.size(); ++i)
        list += (list.empty() ? "" : ", ") + (header[i].empty() ? column_letter(i) : header[i]);
    return list;
}

// The column the facilitator named: a header's word, else a letter (C) or number (3).
std::size_t named_column(const std::vector<std::string>& header, const std::string& asked) {
    const std::string key = name_key(asked);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (name_key(header[i]) == key) return i;
    const std::string word = trim(asked);
    if (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        word.size() < 6) {
        const std::size_t number = std::stoul(word);
        if (number >= 1 && number <= header.size()) return number - 1;
    }
    if (!word.empty() && word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        })) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (name_key(column_letter(i)) == name_key(word)) return i;
    }
    throw SurveyError(SurveyProblem{.kind = SurveyKind::unknown_column, .name = header_list(header), .value = asked});
}

std::optional<std::size_t> exact(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
    for (const char* name : names)
        for (std::size_t i = 0; i < header.size(); ++i)
            if (name_key(header[i]) == name) return i;
    return std::nullopt;
}

// Decidim's localised columns ("body/nl"), the workshop's languages first.
std::optional<std::size_t> localized(const std::vector<std::string>& header, const std::string& field,
                                     const std::vector<std::string>& languages) {
    for (const std::string& language : languages)
        if (const auto at = exact(header, {(field + "/" + language).c_str()})) return at;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (name_key(header[i]).rfind(field + "/", 0) == 0 && header[i].find('/', field.size() + 1) == std::string::npos)
            return i;
    return std::nullopt;
}

// The first column whose header holds one of the words (as a whole word or the start of
// one: "Uw idee" and "Ideeën" are both the idea), and is not taken already.
std::optional<std::size_t> worded(const std::vector<std::string>& header, std::initializer_list<const char*> words,
                                  const std::set<std::size_t>& taken) {
    for (const char* word : words)
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (taken.count(i)) continue;
            const std::string name = name_key(header[i]);
            for (std::size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
                const bool starts = at == 0 || name[at - 1] == ' ' || name[at - 1] == '_' || name[at - 1] == '-' ||
                                    name[at - 1] == '/' || name[at - 1] == '(';
                if (starts) return i;
            }
        }
    return std::nullopt;
}

void recognise_decidim(const SurveyTable& table, const std::vector<std::string>& languages, SurveyColumns& at) {
    const auto& header = table.header;
    at.text = localized(header, "body", languages);
    at.title = localized(header, "title", languages);
    at.agree = exact(header, {"supports", "votes", "proposal_votes_count", "endorsements/total_count"});
    at.date = exact(header, {"published_at", "created_at"});
    at.id = exact(header, {"id"});
    at.category = localized(header, "category/name", languages);
    if (!at.category) at.category = localized(header, "taxonomies/name", languages);
    at.withdrawn = exact(header, {"withdrawn", "state"});
}

void recognise_polis(const SurveyTable& table, SurveyColumns& at) {
    const auto& header = table.header;
    at.text = exact(header, {"comment-body"});
    at.id = exact(header, {"comment-id"});
    at.agree = exact(header, {"agrees"});
    at.disagree = exact(header, {"disagrees"});
    at.date = exact(header, {"datetime", "timestamp"});
    at.withdrawn = exact(header, {"moderated"});
}

// A survey of one's own: its header's words in the three languages.
void recognise_words(const SurveyTable& table, SurveyColumns& at, std::set<std::size_t>& taken) {
    const auto& header = table.header;
    const auto take = [&taken](std::optional<std::size_t>& slot, std::optional<std::size_t> found) {
        if (slot || !found) return;
        slot = found;
        taken.insert(*found);
    };
    take(at.id, exact(header, {"id", "nr", "nummer", "numéro", "number"}));
    take(at.title, worded(header, {"titel", "title", "titre", "onderwerp", "sujet", "subject"}, taken));
    take(at.text, worded(header, {"idee", "ideeën", "idea", "idée", "droom", "dream", "rêve", "voorstel", "proposal",
                                  "proposition", "suggestie", "suggestion", "tekst", "text", "texte", "antwoord",
                                  "answer", "réponse", "opmerking", "comment", "commentaire", "body", "bericht",
                                  "message", "beschrijving", "description", "wens", "wish", "souhait"},
                          taken));
    // "Uw idee" and "Toelichting" side by side: the idea is the title, its explanation the text.
    if (!at.title && at.text)
        if (const auto explained = worded(header, {"toelichting", "uitleg", "explanation", "explication", "waarom",
                                                   "why", "pourquoi", "details", "beschrijving", "description"},
                                          taken)) {
            at.title = at.text;
            at.text = explained;
            taken.insert(*explained);
        }
    take(at.score, worded(header, {"score", "waardering", "rating", "sterren", "stars", "étoiles"}, taken));
    take(at.agree, worded(header, {"voor", "eens", "agree", "pour", "steun", "support", "likes", "like", "stemmen",
                                   "votes", "duimpjes"},
                          taken));
    take(at.disagree, worded(header, {"tegen", "oneens", "disagree", "contre", "dislikes", "dislike"}, taken));
    take(at.date, worded(header, {"datum", "date", "tijdstempel", "timestamp", "tijd", "created", "horodateur"}, taken));
    take(at.group, worded(header, {"groep", "group", "groupe", "leeftijd", "age", "âge", "doelgroep", "categorie",
                                   "catégorie", "wijk", "quartier", "district"},
                          taken));
}

}  // namespace

std::string column_letter(std::size_t column) {
    std::string letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

SurveyColumns survey_columns(const SurveyTable& table, const SurveyColumnChoice& choice,
                             const std::vector<std::string>& languages) {
    SurveyColumns at;
    std::set<std::size_t> taken;
    const auto chosen = [&](std::optional<std::size_t>& slot, const std::string& asked) {
        if (trim(asked).empty()) return;
        slot = named_column(table.header, asked);
        taken.insert(*slot);
    };
    chosen(at.text, choice.text);
    chosen(at.title, choice.title);
    chosen(at.score, choice.score);
    chosen(at.agree, choice.agree);
    chosen(at.disagree, choice.disagree);
    chosen(at.date, choice.date);
    chosen(at.group, choice.group);

    SurveyColumns seen;
    if (table.format == SurveyFormat::decidim) recognise_decidim(table, languages, seen);
    else if (table.format == SurveyFormat::polis) recognise_polis(table, seen);
    else recognise_words(table, seen, taken);
    // What the facilitator named wins; the rest is what was recognised.
    for (auto [slot, found] : {std::pair{&at.text, seen.text}, {&at.title, seen.title}, {&at.score, seen.score},
                               {&at.agree, seen.agree}, {&at.disagree, seen.disagree}, {&at.date, seen.date},
                               {&at.group, seen.group}, {&at.id, seen.id}, {&at.category, seen.category},
                               {&at.withdrawn, seen.withdrawn}})
        if (!*slot) *slot = found;
    // A survey with one column is that column.
    if (!at.text && table.header.size() == 1) at.text = 0;
    if (!at.text) throw SurveyError(SurveyProblem{.kind = SurveyKind::no_text_column, .name = header_list(table.header)});
    return at;
}

}  // namespace oogst
