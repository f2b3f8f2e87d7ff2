// The newspaper of the future (issue 14) on a real store, read back with poppler's tools
// as a reader's software would: the keys, the headlines, the quoted dreams and the
// initiatives are in its text; its pages are A3 or A4; every font is embedded; the same
// state gives the same bytes; and a child's work appears only with the consent to be
// published, its first name only with the consent to name it.
#include <gtest/gtest.h>

#include <cairo-pdf.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/assets/assets.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/publish/hyphenation.hpp"
#include "core/publish/newspaper/column_text.hpp"
#include "core/publish/newspaper/newspaper.hpp"
#include "core/store/store.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tools/demo/demo_drawings.hpp"
#include "tools/demo/demo_kiosk.hpp"

namespace oogst::testing {
namespace {

// A PDF read back by poppler: its text with words broken at a line's end joined again
// (the columns hyphenate), and what pdfinfo, pdffonts and pdfimages say about it.
struct ReadBack {
    std::string raw, text, info, fonts, images;
    std::vector<std::string> pages;  // the first four pages' text, joined as text is
};

// A word broken at a line's end ends in the soft hyphen Pango broke it at (drawn as a
// hyphen, copied as U+00AD) or in a hyphen of its own.
std::string joined_lines(std::string text) {
    text = std::regex_replace(text, std::regex("\xC2\xAD\\s+|-\n"), "");
    text = std::regex_replace(text, std::regex("\\s+"), " ");
    return text;
}

ReadBack read_back(const std::string& pdf) {
    TemporaryFolder folder;
    const auto file = folder / "krant.pdf";
    std::ofstream(file, std::ios::binary) << pdf;
    ReadBack back;
    back.raw = run_program("/usr/bin/pdftotext", {file.string(), "-"}).out;
    back.text = joined_lines(back.raw);
    back.info = run_program("/usr/bin/pdfinfo", {file.string()}).out;
    for (int page = 1; page <= 4; ++page)
        back.pages.push_back(joined_lines(
            run_program("/usr/bin/pdftotext", {"-f", std::to_string(page), "-l", std::to_string(page), file.string(), "-"}).out));
    back.fonts = run_program("/usr/bin/pdffonts", {file.string()}).out;
    back.images = run_program("/usr/bin/pdfimages", {"-list", file.string()}).out;
    return back;
}

// The images pdfimages lists (a photo; a drawing is strokes, so none of its own).
int images_of(const ReadBack& back) {
    std::istringstream lines(back.images);
    int images = 0;
    for (std::string line; std::getline(lines, line);)
        if (std::regex_search(line, std::regex("^\\s*\\d+\\s+\\d+\\s+image\\s"))) ++images;
    return images;
}

int pages_of(const ReadBack& back) {
    std::smatch match;
    return std::regex_search(back.info, match, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(match[1]) : 0;
}

class NewspaperTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare 2030", "droomsessie", "Roeselare", {"2026-03-02"}, {"nl"}});
        store.record(SessionSet{"t1", "droomsessie", "Tafel Centrum", "An Vermeulen", "Bibliotheek De Spil", 1772474400000, 8, {}, ""});
        store.record(SessionSet{"t2", "droomsessie", "Tafel Rumbeke", "Pieter Declercq", "Ontmoetingscentrum Rumbeke",
                                1772474400000, 6, {}, ""});
        store.record(ThemeSet{"ademen", "Ademen", "Rust en groen dichtbij huis", "Gezondheid\nDuurzaamheid",
                              "Parken waar iedereen op adem komt\nBomen in elke straat van de stad", "#2e7d32"});
        store.record(ThemeSet{"ontmoeten", "Ontmoeten", "Een plek om elkaar te zien", "Verbondenheid", "", ""});
        store.record(ThemeSet{"schitteren", "Schitteren", "", "", "", ""});
        dream("d1", "t1", "Een stad waar kinderen veilig naar school fietsen", {5, 5, 4}, "ademen");
        dream("d2", "t2", "Meer bankjes en schaduw op de pleinen", {4, 3}, "ademen");
        dream("d3", "t1", "Moestuinen op braakliggende gronden", {3}, "ademen");
        dream("d4", "t2", "Elke maand een buurtfeest in de straat", {5, 4}, "ontmoeten");
        dream("d5", "t1", "Een ontmoetingsplek voor jong en oud in elke buurt", {4}, "ontmoeten");
        store.record(InitiativeSet{"i1", "ademen", "Een boom voor elk kind", "Planten met de buurt, elk voorjaar",
                                   "Dienst Groen", false, {"Natuurpunt"}, 2030, InitiativeStatus::proposed, ""});
        store.record(ActionSet{"a1", "i1", "Straten kiezen met de wijkraden", "Dienst Groen", "2027-03-01", "", ActionStatus::open});
        store.record(InitiativeSet{"i2", "ontmoeten", "Een buurthuis in elke deelgemeente", "", "Lies Peeters", true, {}, 2029,
                                   InitiativeStatus::proposed, ""});
    }

    void dream(const std::string& id, const std::string& session, const std::string& text, std::vector<std::uint8_t> stars,
               const std::string& key) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = "ideeen";
        added.author_label = "Auteurslabel " + id;
        store.record(added);
        int voter = 0;
        for (std::uint8_t star : stars) store.record(VoteCast{id, id + "-v" + std::to_string(++voter), star});
        store.record(ThemeMembershipSet{key, id, true});
    }

    // A kiosk with a child's work of each consent, each filed under Ademen: only the last
    // two may be published, and only the last one with its first name.
    void children() {
        KioskSettings settings;
        settings.title = "Mijn droomstad";
        settings.schools = {{"De Regenboog", {"5B", "3C"}}};
        store.save_kiosk_settings(settings);
        ensure_kiosk_session(store, settings);
        const auto submit = [&](CaptureKind kind, const std::string& name, const std::string& class_name, const std::string& poem) {
            KioskWork work = new_kiosk_work(kind);
            work.first_name = name;
            work.school = "De Regenboog";
            work.class_name = class_name;
            if (kind == CaptureKind::text) work.poem = poem;
            if (kind == CaptureKind::drawing) work.strokes = demo_drawing(7);
            if (kind == CaptureKind::photo) work.photo_blob = store.put_blob(demo_collage_png(3, 320, 240), "image/png");
            submit_kiosk_work(store, settings, work);
            store.record(ThemeMembershipSet{"ademen", work.id, true});
            return work.id;
        };
        submit(CaptureKind::text, "Noortje", "3C", "Zeppelinwolk boven de Grote Markt");  // waiting: no consent at all
        submit(CaptureKind::photo, "Noortje", "3C", "");
        const std::string shown = submit(CaptureKind::text, "Lotteke", "3C", "Regenboogtram door de Ooststraat");
        set_work_status(store, shown, WorkStatus::shown, true);  // in the exhibition, not to be published
        const std::string unnamed = submit(CaptureKind::text, "Milanka", "3C", "Vlindertuin op het dak van de school");
        set_work_status(store, unnamed, WorkStatus::shown, false);
        give_consent(store, unnamed, ConsentAspect::publish, true);
        const std::string named = submit(CaptureKind::text, "Fientje", "5B", "Sterrenfiets langs de Mandel");
        set_work_status(store, named, WorkStatus::shown, true);
        give_consent(store, named, ConsentAspect::publish, true);
        const std::string drawing = submit(CaptureKind::drawing, "Fientje", "5B", "");
        set_work_status(store, drawing, WorkStatus::shown, true);
        give_consent(store, drawing, ConsentAspect::publish, true);
    }

    std::string pdf(Paper paper = Paper::a3, Language language = Language::nl) {
        return newspaper_pdf(store, published_workshop(store.state()), assets.words, language, paper);
    }

    Assets assets = Assets::load();
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
};

TEST_F(NewspaperTest, TheFrontPageAndEachKeysSpreadSayWhatTheWorkshopSaid) {
    const ReadBack back = read_back(pdf());
    EXPECT_NE(back.text.find("De Krant van de Toekomst"), std::string::npos) << back.text;
    EXPECT_NE(back.text.find("Roeselare, 2030"), std::string::npos) << "dated in the horizon year";
    EXPECT_NE(back.text.find("14 inwoners droomden aan 2 tafels over Roeselare in 2030"), std::string::npos)
        << "the figures as the lead story";
    for (const char* key : {"Ademen", "Ontmoeten", "Schitteren"}) EXPECT_NE(back.text.find(key), std::string::npos) << key;
    EXPECT_NE(back.text.find("Ademen in 2030: Parken waar iedereen op adem komt"), std::string::npos)
        << "the headline: the key's first future image as news from 2030";
    EXPECT_NE(back.text.find("Een buurthuis in elke deelgemeente: zo krijgt Ontmoeten vorm"), std::string::npos)
        << "without a future image, its initiative";
    EXPECT_NE(back.text.find("Een stad waar kinderen veilig naar school fietsen"), std::string::npos) << "a quoted dream";
    EXPECT_NE(back.text.find("Tafel Centrum · ★ 4,7 · 3 stemmen"), std::string::npos) << "with its table and support";
    EXPECT_NE(back.text.find("Straten kiezen met de wijkraden"), std::string::npos) << "an initiative's action";
    EXPECT_NE(back.text.find("Onder deze sleutel staan nog geen bijdragen"), std::string::npos) << "the empty key says so";
    EXPECT_EQ(back.text.find("Lies Peeters"), std::string::npos) << "a private person owning an initiative is not named";
    EXPECT_EQ(back.text.find("An Vermeulen"), std::string::npos) << "nor an ambassador";
    EXPECT_EQ(back.text.find("Auteurslabel"), std::string::npos) << "nor an author label";
    EXPECT_FALSE(std::regex_search(back.raw, std::regex("\xC2\xAD[^\n]"))) << "a soft hyphen is only where a word broke";
    EXPECT_NE(back.info.find("841.89 x 1190.55 pts (A3)"), std::string::npos) << back.info;
    // A key with this little material takes one page of its own; the front page names it.
    EXPECT_EQ(pages_of(back), 4) << "a front page and a page per key";
    EXPECT_NE(back.text.find("Lees meer op pagina 3"), std::string::npos) << "the teaser says where Ontmoeten starts";
    EXPECT_NE(back.pages[2].find("zo krijgt Ontmoeten vorm"), std::string::npos) << back.pages[2];
    EXPECT_NE(back.pages[3].find("SCHITTEREN"), std::string::npos) << back.pages[3];
}

TEST_F(NewspaperTest, OnA4TheSameNewspaperHasA4Pages) {
    const ReadBack back = read_back(pdf(Paper::a4));
    EXPECT_NE(back.info.find("595.28 x 841.89 pts (A4)"), std::string::npos) << back.info;
    EXPECT_NE(back.text.find("Ademen in 2030: Parken waar iedereen op adem komt"), std::string::npos) << back.text;
    EXPECT_NE(back.text.find("Elke maand een buurtfeest in de straat"), std::string::npos);
}

TEST_F(NewspaperTest, EveryFontIsEmbedded) {
    children();
    const ReadBack back = read_back(pdf());
    std::istringstream lines(back.fonts);
    std::string line;
    int fonts = 0;
    bool table = false;
    while (std::getline(lines, line)) {
        if (line.rfind("----", 0) == 0) {
            table = true;
            continue;
        }
        if (!table || line.empty()) continue;
        std::vector<std::string> fields;
        std::istringstream words(line);
        for (std::string word; words >> word;) fields.push_back(word);
        ASSERT_GE(fields.size(), 7u) << line;
        EXPECT_EQ(fields[fields.size() - 5], "yes") << "not embedded: " << line;
        ++fonts;
    }
    EXPECT_GE(fonts, 3) << back.fonts;  // serif, its bold and italic, sans at least
    EXPECT_NE(back.fonts.find("DejaVuSerif"), std::string::npos) << back.fonts;
}

TEST_F(NewspaperTest, TheSameWorkshopGivesTheSameBytes) {
    children();
    const std::string first = pdf(), second = pdf();
    EXPECT_GT(first.size(), 10000u);
    EXPECT_TRUE(first == second) << "A3 differs between two writes";
    EXPECT_TRUE(pdf(Paper::a4) == pdf(Paper::a4)) << "A4 differs between two writes";
    EXPECT_NE(first.find("/CreationDate (20260302000000"), std::string::npos) << "dated by the workshop's first day";
}

TEST_F(NewspaperTest, OnlyPublishedChildrensWorksAppearAndTheFirstNameOnlyWithItsConsent) {
    children();
    for (const Paper paper : {Paper::a3, Paper::a4}) {
        const ReadBack back = read_back(pdf(paper));
        EXPECT_NE(back.text.find("Sterrenfiets langs de Mandel"), std::string::npos) << "published with its name";
        EXPECT_NE(back.text.find("Gedicht van Fientje, 5B"), std::string::npos) << back.text;
        EXPECT_NE(back.text.find("Tekening van Fientje, 5B"), std::string::npos) << "the drawing, drawn as vectors";
        EXPECT_NE(back.text.find("Vlindertuin op het dak van de school"), std::string::npos) << "published without its name";
        EXPECT_EQ(back.text.find("Milanka"), std::string::npos) << "no name without the consent to name";
        EXPECT_EQ(back.text.find("3C"), std::string::npos) << "nor its class";
        EXPECT_EQ(back.text.find("Regenboogtram"), std::string::npos) << "shown in the exhibition, not published";
        EXPECT_EQ(back.text.find("Lotteke"), std::string::npos);
        EXPECT_EQ(back.text.find("Zeppelinwolk"), std::string::npos) << "waiting for consent";
        EXPECT_EQ(back.text.find("Noortje"), std::string::npos);
        EXPECT_EQ(back.text.find("De Regenboog"), std::string::npos) << "no school";
        EXPECT_EQ(images_of(back), 0) << "the unpublished photo is not in it, and the drawing is vectors, not its "
                                         "PNG preview:\n" << back.images;
    }
    const Document document = newspaper_document(store, published_workshop(store.state()), assets.words, Language::nl);
    std::string everything;
    for (const Block& block : document.blocks) {
        everything += block.text + "\n" + block.source + "\n";
        for (const std::string& item : block.items) everything += item + "\n";
        for (const DocPicture& picture : block.pictures) everything += picture.words + "\n" + picture.caption + "\n";
    }
    EXPECT_NE(everything.find("Gedicht van Fientje, 5B"), std::string::npos) << everything;
    EXPECT_NE(everything.find("Vlindertuin"), std::string::npos);
    for (const char* hidden : {"Milanka", "3C", "Regenboogtram", "Lotteke", "Zeppelinwolk", "Noortje", "An Vermeulen"})
        EXPECT_EQ(everything.find(hidden), std::string::npos) << hidden;
}

TEST_F(NewspaperTest, APublishedPhotoIsEmbeddedAsItIs) {
    children();
    const std::string photo = store.put_blob(demo_collage_png(5, 320, 240), "image/png");
    KioskSettings settings = *store.kiosk_settings();
    KioskWork work = new_kiosk_work(CaptureKind::photo);
    work.photo_blob = photo;
    work.school = "De Regenboog";
    work.class_name = "5B";
    submit_kiosk_work(store, settings, work);
    set_work_status(store, work.id, WorkStatus::shown, true);
    give_consent(store, work.id, ConsentAspect::publish, true);
    const ReadBack back = read_back(pdf());
    EXPECT_EQ(images_of(back), 1) << back.images;
    EXPECT_TRUE(std::regex_search(back.images, std::regex("image\\s+320\\s+240"))) << back.images;
}

TEST_F(NewspaperTest, ALongArticleContinuesOnTheNextPage) {
    std::string needs;
    for (int i = 0; i < 900; ++i) needs += "Een stadsbrede wandelroute langs de waterlopen en speelpleinen. ";
    needs += "Slotwoordenboekje.";
    store.record(ThemeSet{"ademen", std::string(120, 'A') + " Ademen", needs, "", "Parken", ""});
    const ReadBack short_one = read_back(pdf(Paper::a4));
    EXPECT_NE(short_one.text.find("Slotwoordenboekje"), std::string::npos) << "the article's last word is printed";
    EXPECT_GE(pages_of(short_one), 6) << "the long article runs over several pages";
    EXPECT_NE(short_one.text.find("Elke maand een buurtfeest in de straat"), std::string::npos) << "and the next key follows";
}

TEST_F(NewspaperTest, AWorkshopWithoutKeysStillHasAFrontPage) {
    TemporaryFolder other;
    Store fresh = Store::open_or_create(other.path());
    fresh.record(WorkshopSet{"w", "Kortrijk morgen", "droomsessie", "Kortrijk", {}, {"nl"}});
    fresh.record(SessionSet{"t1", "droomsessie", "Tafel 1", "", "", 0, 5, {}, ""});
    CaptureAdded added;
    added.id = "c1";
    added.session_id = "t1";
    added.text = "Een zwembad aan de Leie";
    added.board = "ideeen";
    fresh.record(added);
    const ReadBack back =
        read_back(newspaper_pdf(fresh, published_workshop(fresh.state()), assets.words, Language::nl, Paper::a3));
    EXPECT_EQ(pages_of(back), 1);
    EXPECT_NE(back.text.find("De Krant van de Toekomst"), std::string::npos) << back.text;
    EXPECT_NE(back.text.find("Nog geen sleutels"), std::string::npos);
    EXPECT_NE(back.text.find("Een zwembad aan de Leie"), std::string::npos) << "its strongest dream quoted";
    EXPECT_EQ(back.text.find(", 0"), std::string::npos) << "no year 0 when no day is known";

    TemporaryFolder empty;
    Store nothing = Store::open_or_create(empty.path());
    const ReadBack blank =
        read_back(newspaper_pdf(nothing, published_workshop(nothing.state()), assets.words, Language::en, Paper::a4));
    EXPECT_EQ(pages_of(blank), 1);
    EXPECT_NE(blank.text.find("The Newspaper of the Future"), std::string::npos) << blank.text;
}

TEST_F(NewspaperTest, InFrenchTheColumnsAreHyphenatedTheFrenchWay) {
    std::string needs;
    for (int i = 0; i < 40; ++i) needs += "Une promenade intergénérationnelle extraordinairement accueillante. ";
    store.record(ThemeSet{"ademen", "Respirer", needs, "", "", ""});
    const ReadBack back = read_back(pdf(Paper::a4, Language::fr));
    EXPECT_NE(back.text.find("Le Journal du Futur"), std::string::npos);
    EXPECT_NE(back.text.find("Roeselare, 2030"), std::string::npos);
    EXPECT_NE(back.text.find("intergénérationnelle"), std::string::npos) << "words joined again across a break";
    EXPECT_TRUE(std::regex_search(back.raw, std::regex("[a-zé]\xC2\xAD\n[a-zé]"))) << "some word broken at a line's end:\n" << back.raw;
}

TEST_F(NewspaperTest, TheDocumentSaysTheSameForHtmlAndMarkdown) {
    const Document document = newspaper_document(store, published_workshop(store.state()), assets.words, Language::nl);
    EXPECT_EQ(document.title, "De Krant van de Toekomst");
    EXPECT_EQ(document.subtitle, "Roeselare, 2030");
    EXPECT_EQ(document.date, "2026-03-02");
    std::vector<std::string> headlines;
    bool quoted = false, noted = false;
    for (const Block& block : document.blocks) {
        if (block.kind == BlockKind::heading && block.level == 1) headlines.push_back(block.text);
        if (block.kind == BlockKind::quote && block.text == "Een stad waar kinderen veilig naar school fietsen")
            quoted = block.source == "Tafel Centrum · ★ 4,7 · 3 stemmen";
        if (block.kind == BlockKind::note) noted = block.text.find("nog geen bijdragen") != std::string::npos;
    }
    ASSERT_EQ(headlines.size(), 4u) << "the front page's and one per key";
    EXPECT_EQ(headlines[1], "Ademen in 2030: Parken waar iedereen op adem komt");
    EXPECT_TRUE(quoted);
    EXPECT_TRUE(noted) << "the empty key's note";
}

// Balanced columns: the lines are shared out so columns differ by one line at most, the
// shorter ones last; what does not fit waits; a column starts with no blank line and
// ends with no subhead.
TEST(NewspaperColumns, ColumnsAreBalancedAndOverflowWaits) {
    using K = LineKind;
    const auto counts = [](const std::vector<std::pair<std::size_t, std::size_t>>& ranges) {
        std::vector<std::size_t> made;
        for (const auto& [begin, end] : ranges) made.push_back(end - begin);
        return made;
    };
    const std::vector<K> ten(10, K::text);
    EXPECT_EQ(counts(split_columns(ten, 0, 4, 100)), (std::vector<std::size_t>{3, 3, 2, 2}));
    EXPECT_EQ(counts(split_columns(ten, 0, 5, 100)), (std::vector<std::size_t>{2, 2, 2, 2, 2}));
    EXPECT_EQ(counts(split_columns(ten, 0, 3, 3)), (std::vector<std::size_t>{3, 3, 3})) << "full columns";
    EXPECT_EQ(split_columns(ten, 0, 3, 3).back().second, 9u) << "one line waits for the next page";
    std::vector<K> headed(12, K::text);
    headed[4] = K::blank, headed[5] = K::heading;
    const auto ranges = split_columns(headed, 0, 3, 100);
    EXPECT_EQ(ranges[1].first, 5u) << "the blank above the subhead is not at the column's top";
    EXPECT_NE(headed[ranges[0].second - 1], K::heading);
}

TEST(NewspaperColumns, ARealArticleIsSetInBalancedColumns) {
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(nullptr, nullptr, 842, 1191);
    cairo_t* cr = cairo_create(surface);
    {
        PangoText text(cr);
        Hyphenator dutch("nl");
        std::vector<FlowParagraph> paragraphs;
        for (int i = 0; i < 9; ++i)
            paragraphs.push_back({FlowParagraph::Kind::body,
                                  escaped(dutch.soft_hyphens("Roeselare kreeg in " + std::to_string(2021 + i) +
                                                             " een stadsbrede ontmoetingsplek voor jong en oud, "
                                                             "met speelpleinen, moestuinen en een fietsenstalling.")),
                                  i > 0});
        ColumnText article(text, ColumnLook{}, 140, paragraphs);
        const std::size_t lines = article.lines_left();
        const double used = article.set(cr, 40, 40, 1000, 4, 14);
        EXPECT_TRUE(article.done());
        const std::vector<std::size_t>& columns = article.last_column_lines();
        ASSERT_EQ(columns.size(), 4u);
        EXPECT_EQ(columns[0] + columns[1] + columns[2] + columns[3], lines);
        EXPECT_LE(columns.front() - columns.back(), 1u) << columns[0] << " " << columns[3];
        EXPECT_DOUBLE_EQ(used, static_cast<double>(columns.front()) * ColumnLook{}.leading);
    }
    cairo_destroy(cr);
    cairo_surface_destroy(surface);
}

}  // namespace
}  // namespace oogst::testing
