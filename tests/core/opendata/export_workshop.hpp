#pragma once
// The publication tests' workshop (publish_support.hpp) with what the exports must
// handle besides: children's works of every consent, a debate table's copy, an imported
// survey idea, notes a spreadsheet would run as formulas, votes of every score, and
// initiatives with actions (one owned by a private person); and each export's bytes as
// a reader sees them (an XLSX unzipped).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/opendata/open_data_export.hpp"
#include "core/opendata/survey/survey_fields.hpp"
#include "core/roadmap/debate_tables.hpp"
#include "tests/core/publish/publish_support.hpp"

namespace oogst::testing {

inline constexpr const char* hyperlink = "=HYPERLINK(\"http://kwaad.example\",\"klik\")";

class ExportWorkshop : public PublishWorkshop {
protected:
    void SetUp() override {
        PublishWorkshop::SetUp();
        every_consent();
        store.record(VoteCast{"d2", "v2", 3});
        store.record(VoteCast{"d3", "v3", 1});
        // A debate table's copy of d1: working material, never exported.
        store.record(SessionSet{"debat", debate_method, "Debattafel Ademen", "", "Stadhuis", 0, 4, {}, "ademen"});
        CaptureAdded copy;
        copy.id = "copy", copy.session_id = "debat", copy.text = "Kopie voor het debat";
        copy.fields = {{copied_from_field, "d1"}};
        store.record(copy);
        // An idea from the online survey, with its own title.
        store.record(SessionSet{"online", survey_method, "Online bevraging", "", "", 0, 0});
        CaptureAdded idea;
        idea.id = "idea", idea.session_id = "online", idea.text = "Autovrij centrum\nGeen auto's meer op de Grote Markt";
        idea.fields = {{survey_field::title, "Autovrij centrum"}, {survey_field::group, "18-25 jaar"}};
        store.record(idea);
        file("ademen", "idea");
        int formula = 0;
        for (const char* text : {hyperlink, "+31 470 12 34 56", "-", "@SUM(A1:A9)"})
            dream("formula" + std::to_string(++formula), "t2", text, 2);
        roadmap();
    }

    void roadmap() {
        store.record(InitiativeSet{"i1", "ademen", "Honderd bomen", "Bomen planten in elke wijk", "Dienst Groen", false,
                                   {"Natuurpunt"}, 2030, InitiativeStatus::running, ""});
        store.record(ActionSet{"a1", "i1", "Plekken kiezen", "Dienst Groen", "2026-06-01", "", ActionStatus::done});
        store.record(ActionSet{"a2", "i1", "Bomen planten", "Vrijwilligers", "2026-11-15", "", ActionStatus::open});
        store.record(RoadmapEvidenceSet{"i1", "d1", true});
        store.record(RoadmapEvidenceSet{"i1", "refused", true});
        // A private person's initiative: the person is never named.
        store.record(InitiativeSet{"i2", "ademen", "Buurtmoestuin", "Een moestuin achter de school", "Jan Peeters", true,
                                   {}, 2028, InitiativeStatus::proposed, ""});
    }

public:
    std::vector<PublishedFile> exported(ExportFormat format, ExportRequest request = {}) {
        request.format = format;
        return make_export(store, assets, request);
    }

protected:
    std::string file_of(ExportFormat format, const std::string& path = {}, ExportRequest request = {}) {
        for (const PublishedFile& file : exported(format, request))
            if (path.empty() || file.path == path) return file.bytes;
        ADD_FAILURE() << "no " << path;
        return "";
    }

    // One raw device id of the store: the one every capture here was made on.
    std::string device_id() { return store.state().capture("d1")->origin_order.device; }
};

// What a reader of the file sees: an XLSX's parts unzipped, every other file as it is.
inline std::string readable(const std::string& bytes, const std::string& part = {}) {
    if (bytes.rfind("PK", 0) != 0) return bytes;
    TemporaryFolder folder;
    const std::filesystem::path file = folder / "export.xlsx";
    std::ofstream(file, std::ios::binary) << bytes;
    std::vector<std::string> arguments{"-p", file.string()};
    if (!part.empty()) arguments.push_back(part);
    const ProgramResult result = run_program("/usr/bin/unzip", arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
}

}  // namespace oogst::testing
