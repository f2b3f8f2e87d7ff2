// The publications (issue 14) read back with poppler's tools: the orientation note finds
// its keys, quoted dreams and initiatives; every font is embedded; the paper is A4 or
// A3; the same workshop gives the same bytes; consent is absolute in the PDF, the HTML
// and the Markdown alike; and empty or huge workshops still lay out.
#include <gtest/gtest.h>

#include <regex>

#include "core/errors.hpp"
#include "core/publish/hyphenation.hpp"
#include "core/publish/number_text.hpp"
#include "core/publish/published_workshop.hpp"
#include "core/publish/report.hpp"
#include "core/roadmap/roadmap_actions.hpp"
#include "tests/core/publish/publish_support.hpp"

namespace oogst::testing {
namespace {

class PublishTest : public PublishWorkshop {
protected:
    std::string make(ReportKind kind, ReportFormat format = ReportFormat::pdf, Paper paper = Paper::a4,
                     Language language = Language::nl) {
        ReportRequest request;
        request.kind = kind;
        request.format = format;
        request.paper = paper;
        request.language = language;
        const std::vector<PublishedFile> files = make_report(store, assets, request);
        EXPECT_EQ(files.size(), 1u);
        return files.empty() ? "" : files.front().bytes;
    }

    void initiative() {
        UndoHistory history;
        RoadmapActions roadmap(store, history);
        InitiativeWords words;
        words.theme_id = "ademen";
        words.title = "Duizend bomen tegen 2030";
        words.owner = "Dienst Groen";
        words.horizon = 2030;
        const std::string id = roadmap.create_initiative(words, {"d1"});
        ActionWords action;
        action.initiative_id = id;
        action.what = "Plantplan opmaken";
        action.who = "Dienst Groen";
        action.due = "2027-03-01";
        roadmap.create_action(action);
    }
};

TEST_F(PublishTest, TheNoteNamesItsKeysQuotesItsDreamsAndListsItsInitiatives) {
    initiative();
    const std::string pdf = make(ReportKind::note);
    ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
    const std::string words = pdf_words(pdf);
    for (const char* expected : {"Oriëntatienota", "Het proces in cijfers", "Ademen", "Schitteren", "Meer bomen in onze straat",
                                 "Een park met bankjes voor iedereen", "Duizend bomen tegen 2030", "Dienst Groen",
                                 "Plantplan opmaken", "Bijlage: de sessies", "Bijlage: werkwijze"})
        EXPECT_NE(words.find(expected), std::string::npos) << expected << " missing from:\n" << words;
    // Each quote says where it came from and how it was backed, in words that count.
    EXPECT_NE(words.find("Tafel 1 · ★ 5,0 · 1 stem"), std::string::npos) << words;
    EXPECT_EQ(words.find("1 stemmen"), std::string::npos);
    // A key with no captures says so instead of leaving a hole.
    EXPECT_NE(words.find("Onder deze sleutel staan nog geen bijdragen"), std::string::npos);
    // Nobody's device, author label or full name is printed.
    for (const char* never : {"Device 7f3a", "Jansens", "Deze zin mag niet gedrukt worden"})
        EXPECT_EQ(words.find(never), std::string::npos) << never;
}

TEST_F(PublishTest, EveryFontIsEmbeddedAndThePaperIsA4OrA3) {
    const std::string a4 = make(ReportKind::note);
    const std::string fonts = poppler("pdffonts", a4);
    std::istringstream lines(fonts);
    std::string line;
    int rows = 0;
    std::getline(lines, line), std::getline(lines, line);  // the header and its rule
    while (std::getline(lines, line)) {
        if (line.empty()) continue;
        ++rows;
        EXPECT_TRUE(std::regex_search(line, std::regex(R"(\s+yes\s+yes\s+yes\s+\d+\s+\d+$)"))) << "not embedded: " << line;
    }
    EXPECT_GE(rows, 2) << fonts;
    EXPECT_NE(poppler("pdfinfo", a4).find("595.28 x 841.89 pts (A4)"), std::string::npos);
    EXPECT_NE(poppler("pdfinfo", make(ReportKind::note, ReportFormat::pdf, Paper::a3)).find("841.89 x 1190.55 pts (A3)"),
              std::string::npos);
}

TEST_F(PublishTest, TheSameWorkshopGivesTheSameBytesDatedFromTheWorkshop) {
    initiative();
    every_consent();
    for (const ReportKind kind : {ReportKind::note, ReportKind::memorandum, ReportKind::table})
        for (const ReportFormat format : {ReportFormat::pdf, ReportFormat::html, ReportFormat::md})
            EXPECT_EQ(make(kind, format), make(kind, format)) << name_of(kind) << "." << extension_of(format);
    EXPECT_NE(poppler("pdfinfo", make(ReportKind::note)).find("CreationDate:    Mon Mar  2 00:00:00 2026"), std::string::npos)
        << poppler("pdfinfo", make(ReportKind::note));
}

TEST_F(PublishTest, AChildsWorkIsPublishedOnlyWithItsConsentAndNamedOnlyWithThatConsentToo) {
    every_consent();
    const PublishedWorkshop published = published_workshop(store.state());
    ASSERT_EQ(published.keys.size(), 2u);
    std::vector<std::string> children;
    for (const PublishedWork& work : published.keys[0].children) children.push_back(work.id + ":" + work.name);
    EXPECT_EQ(children, (std::vector<std::string>{"named:Daan, 5B", "published:"}));

    for (const ReportFormat format : {ReportFormat::pdf, ReportFormat::html, ReportFormat::md}) {
        for (const ReportKind kind : {ReportKind::note, ReportKind::table, ReportKind::memorandum}) {
            const std::string bytes = make(kind, format);
            const std::string text = format == ReportFormat::pdf ? pdf_words(bytes) : bytes;
            const std::string where = std::string(name_of(kind)) + "." + std::string(extension_of(format));
            for (const char* never : {"Vlinders dansen", "Anouk", "dak van gras", "Bram", "Cato", "Een toren van snoep",
                                      "Emma", "Device 7f3a"})
                EXPECT_EQ(text.find(never), std::string::npos) << never << " in " << where;
            if (kind == ReportKind::note) {
                EXPECT_NE(text.find("De rivier zingt door de stad"), std::string::npos) << where;
                EXPECT_NE(text.find("Overal fietsen en geen auto"), std::string::npos) << where;
                EXPECT_NE(text.find("Daan, 5B"), std::string::npos) << where;
            }
        }
    }
}

TEST_F(PublishTest, AChildsPoemLikeAnAdultsNoteStaysAChildsWorkUnderItsKey) {
    poem("twin1", "Meer bomen in onze straat", "Fien", true, true, true);
    poem("twin2", "Meer bomen in onze straat", "Gust", true, true, false);
    const PublishedWorkshop published = published_workshop(store.state());
    const PublishedKey& ademen = published.keys[0];
    ASSERT_EQ(ademen.children.size(), 2u) << "each child's work on its own, never piled with the adults' note";
    for (const PublishedWork& dream : ademen.dreams) EXPECT_FALSE(dream.child);
    EXPECT_EQ(ademen.dreams.front().pile, 1u);
}

TEST_F(PublishTest, AWorkshopWithoutKeysOrSessionsStillSaysWhatItIs) {
    TemporaryFolder other;
    Store empty = Store::open_or_create(other.path());
    empty.record(WorkshopSet{"w", "Nog niets", "droomsessie", "Gent", {}, {"nl"}});
    ReportRequest request;
    const std::string words = pdf_words(make_report(empty, assets, request).front().bytes);
    EXPECT_NE(words.find("Er zijn nog geen sleutels"), std::string::npos) << words;
    EXPECT_NE(words.find("Er zijn nog geen sessies"), std::string::npos) << words;
    request.kind = ReportKind::memorandum;
    EXPECT_NE(pdf_words(make_report(empty, assets, request).front().bytes).find("Er is geen SWOT+-sessie gehouden"),
              std::string::npos);
}

TEST_F(PublishTest, AKeyOfTwoThousandNotesAndAVeryLongNoteGoOnOverManyPages) {
    std::string long_note;
    for (int i = 0; i < 300; ++i) long_note += "Een stad waar iedereen elkaar kent en groet. ";
    dream("long", "t1", long_note, 5);
    file("ademen", "long");
    for (int i = 0; i < 2000; ++i) {
        CaptureAdded added;
        added.id = "many" + std::to_string(i);
        added.session_id = i % 2 ? "t1" : "t2";
        added.text = "Droom nummer " + std::to_string(i) + " over de " + std::to_string(i % 37) + "ste straat";
        store.record(added);
        file("ademen", added.id);
    }
    const std::string pdf = make(ReportKind::note);
    const std::string info = poppler("pdfinfo", pdf);
    std::smatch pages;
    ASSERT_TRUE(std::regex_search(info, pages, std::regex(R"(Pages:\s+(\d+))")));
    EXPECT_GE(std::stoi(pages[1]), 8);
    const std::string words = pdf_words(pdf);
    EXPECT_NE(words.find("Een stad waar iedereen elkaar kent en groet."), std::string::npos);
    // Notes alike enough are one pile ("keer gezegd"); beyond the twelve strongest, the
    // rest are counted ("En nog …").
    EXPECT_TRUE(words.find("En nog ") != std::string::npos || words.find("keer gezegd") != std::string::npos) << words.substr(0, 3000);
}

TEST_F(PublishTest, TheTablesSummaryHasAPagePerTableAndOneTableOnAsking) {
    const std::string all = pdf_words(make(ReportKind::table));
    EXPECT_NE(all.find("Tafel 1"), std::string::npos);
    EXPECT_NE(all.find("Tafel 2"), std::string::npos);
    EXPECT_NE(all.find("Ademen"), std::string::npos) << "where the notes went";
    ReportRequest request;
    request.kind = ReportKind::table;
    request.table = "Tafel 2";
    const std::string one = pdf_words(make_report(store, assets, request).front().bytes);
    EXPECT_EQ(one.find("Tafel 1"), std::string::npos);
    EXPECT_NE(one.find("Een park met bankjes voor iedereen"), std::string::npos);
    request.table = "Tafel 9";
    EXPECT_THROW(make_report(store, assets, request), UserError);
}

TEST_F(PublishTest, TheNoteIsWrittenInTheLanguageAsked) {
    const std::string french = pdf_words(make(ReportKind::note, ReportFormat::pdf, Paper::a4, Language::fr));
    EXPECT_NE(french.find("Note d’orientation"), std::string::npos);
    EXPECT_NE(french.find("Le processus en chiffres"), std::string::npos);
    const std::string html = make(ReportKind::note, ReportFormat::html, Paper::a4, Language::en);
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("The process in figures"), std::string::npos);
    EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg")) << "no link leaves the page";
}

TEST_F(PublishTest, ParticipantsWordsAreEscapedInHtmlAndMarkdown) {
    dream("script", "t1", "<script>alert(1)</script> & *vet* # kop", 5);
    file("ademen", "script");
    const std::string html = make(ReportKind::note, ReportFormat::html);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *vet* # kop"), std::string::npos);
    const std::string md = make(ReportKind::note, ReportFormat::md);
    EXPECT_NE(md.find("\\<script\\>alert(1)\\</script\\> & \\*vet\\* \\# kop"), std::string::npos);
}

TEST_F(PublishTest, ThePreviewShowsThePagesThePdfHas) {
    initiative();
    ReportRequest request;
    int pages = 0;
    const PageDrawer draw = report_pages(store, assets, request);
    ASSERT_TRUE(draw);
    const std::string first = draw(1, 300, pages);
    ASSERT_EQ(first.rfind("\x89PNG", 0), 0u);
    std::smatch count;
    const std::string info = poppler("pdfinfo", make(ReportKind::note));
    ASSERT_TRUE(std::regex_search(info, count, std::regex(R"(Pages:\s+(\d+))")));
    EXPECT_EQ(pages, std::stoi(count[1]));
    // 300 pixels wide, at A4's shape: its IHDR says so.
    const auto at = [&](std::size_t i) {
        const auto* b = reinterpret_cast<const unsigned char*>(first.data()) + i;
        return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
    };
    EXPECT_EQ(at(16), 300);
    EXPECT_EQ(at(20), 424);
    EXPECT_NE(draw(2, 300, pages), first) << "another page, another picture";
}

TEST(Hyphenation, LongDutchAndFrenchWordsGetSoftHyphensShortOnesNone) {
    const Hyphenator dutch("nl");
    ASSERT_TRUE(dutch.ready()) << "hyphen-nl is installed by tools/setup";
    const std::string hyphenated = dutch.soft_hyphens("De gemeenteraad bespreekt de ontmoetingsplaatsen.");
    EXPECT_NE(hyphenated.find(soft_hyphen), std::string::npos) << hyphenated;
    std::string plain = hyphenated;
    for (std::size_t at; (at = plain.find(soft_hyphen)) != std::string::npos;) plain.erase(at, 2);
    EXPECT_EQ(plain, "De gemeenteraad bespreekt de ontmoetingsplaatsen.");
    EXPECT_EQ(dutch.soft_hyphens("Meer bomen, minder auto's."), "Meer bomen, minder auto's.");
    const Hyphenator french("fr");
    ASSERT_TRUE(french.ready());
    EXPECT_EQ(french.soft_hyphens("généralement"), "gé\xC2\xADné\xC2\xADra\xC2\xADle\xC2\xADment");
}

TEST(NumberText, EachLanguageWritesItsOwnNumbers) {
    EXPECT_EQ(count_text(Language::nl, 1234567), "1.234.567");
    EXPECT_EQ(count_text(Language::fr, 1234), "1\u202f234");
    EXPECT_EQ(count_text(Language::en, 1234), "1,234");
    EXPECT_EQ(decimal_text(Language::nl, 4.25), "4,2");
    EXPECT_EQ(decimal_text(Language::en, 4.26), "4.3");
}

}  // namespace
}  // namespace oogst::testing
