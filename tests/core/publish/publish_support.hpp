#pragma once
// What the publication tests share: a small real workshop on disk with tables, a kiosk
// whose children's works hold each consent, keys and an initiative; and poppler's tools
// run on the PDFs written.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/assets/assets.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/store/store.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

// poppler's tool on bytes written to a file: what it printed (empty when it failed).
inline std::string poppler(const std::string& tool, const std::string& pdf, std::vector<std::string> arguments = {}) {
    TemporaryFolder folder;
    const std::filesystem::path file = folder / "publication.pdf";
    std::ofstream(file, std::ios::binary) << pdf;
    arguments.push_back(file.string());
    if (tool == "pdftotext") arguments.push_back("-");
    const ProgramResult result = run_program("/usr/bin/" + tool, arguments);
    EXPECT_EQ(result.exit_code, 0) << tool << ": " << result.err;
    return result.out;
}

// pdftotext's words with every run of white space one space and words broken at a
// line's end by a hyphen joined again: a quote is found however the lines fell.
inline std::string pdf_words(const std::string& pdf) {
    const std::string text = poppler("pdftotext", pdf);
    std::string words;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '-' && i + 1 < text.size() && text[i + 1] == '\n') { ++i; continue; }
        if (c == '\n' || c == ' ' || c == '\f' || c == '\t') {
            if (!words.empty() && words.back() != ' ') words += ' ';
        } else {
            words += c;
        }
    }
    return words;
}

class PublishWorkshop : public ::testing::Test {
protected:
    void SetUp() override {
        store.record(WorkshopSet{"w", "Roeselare droomt", "droomsessie", "Roeselare", {"2026-03-02"}, {"nl", "fr"}});
        store.record(SessionSet{"t1", "droomsessie", "Tafel 1", "Ambassadeur Jansens", "Bibliotheek", 0, 6});
        store.record(SessionSet{"t2", "droomsessie", "Tafel 2", "", "Stadhuis", 0, 5});
        store.record(SessionSet{"k", kiosk_method, "Mijn droomstad", "", "School", 0, 0});
        store.record(ThemeSet{"ademen", "Ademen", "rust en groen", "natuur", "een stad vol parken"});
        store.record(ThemeSet{"leeg", "Schitteren", "", "", ""});
        dream("d1", "t1", "Meer bomen in onze straat", 5);
        dream("d2", "t2", "Een park met bankjes voor iedereen", 4);
        dream("d3", "t1", "Een zwembad in openlucht", 3);
        file("ademen", "d1"), file("ademen", "d2");
        // A table's note whose publication was taken back.
        dream("refused", "t2", "Deze zin mag niet gedrukt worden", 5);
        store.record(CaptureConsentGiven{"refused", ConsentAspect::publish, false});
        file("ademen", "refused");
    }

    void dream(const std::string& id, const std::string& session, const std::string& text, std::uint8_t stars) {
        CaptureAdded added;
        added.id = id;
        added.session_id = session;
        added.text = text;
        added.board = "dromen";
        added.author_label = "Device 7f3a";  // never printed
        store.record(added);
        store.record(VoteCast{id, "v1", stars});
    }

    void file(const std::string& key, const std::string& capture) { store.record(ThemeMembershipSet{key, capture, true}); }

    // A child's poem in the kiosk with the consents given; filed under Ademen.
    void poem(const std::string& id, const std::string& text, const std::string& first_name, bool exhibit, bool publish,
              bool name) {
        CaptureAdded added;
        added.id = id;
        added.session_id = "k";
        added.text = text;
        added.author_label = first_name + ", 5B";
        added.fields = {{kiosk_field::first_name, first_name}, {kiosk_field::class_name, "5B"}};
        store.record(added);
        if (exhibit) store.record(CaptureConsentGiven{id, ConsentAspect::exhibit, true});
        if (publish) store.record(CaptureConsentGiven{id, ConsentAspect::publish, true});
        if (name) store.record(CaptureConsentGiven{id, ConsentAspect::name, true});
        file("ademen", id);
    }

    // One child's work of each consent, each poem and name its own words.
    void every_consent() {
        poem("none", "Vlinders dansen boven het plein", "Anouk", false, false, false);
        poem("shown", "Mijn huis heeft een dak van gras", "Bram", true, false, false);
        poem("published", "De rivier zingt door de stad", "Cato", true, true, false);
        poem("named", "Overal fietsen en geen auto", "Daan", true, true, true);
        poem("withdrawn", "Een toren van snoep", "Emma", true, true, true);
        store.record(CaptureConsentGiven{"withdrawn", ConsentAspect::publish, false});
    }

    Assets assets = Assets::load();
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
};

}  // namespace oogst::testing
