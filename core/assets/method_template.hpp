#pragma once
// A workshop method (dream session, SWOT+, Toekomstlab, …) as data: the boards a table
// fills, the prompt each board asks, the kinds of capture it takes and how people
// score. Read from assets/templates/*.yaml so a facilitator can adapt or add a method
// without a rebuild (see assets/templates/README.md for the format).
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assets/language.hpp"
#include "core/model/payloads.hpp"

namespace oogst {

// How a table scores its captures in a scoring round.
enum class VotingStyle {
    none,   // no scoring round (a focus group collects quotes, it does not rank them)
    stars,  // every voter gives each capture 1 to max_stars stars
    dots,   // every voter has `dots` dots to spread; several may go on one capture
};

struct Voting {
    VotingStyle style = VotingStyle::none;
    int max_stars = 5;
    int dots = 3;
    // The boards whose captures are scored, as the method names them ("boards" under
    // "voting"): a dream session scores its ideas, not the values behind them. Empty:
    // every board (a template that names none, as templates did before).
    std::vector<std::string> boards;

    // Whether a capture on board (its id) can be scored.
    bool scores(std::string_view board) const;
};

// One board (a column on the table's screen) and the question it asks.
struct TemplateBoard {
    std::string id;  // stable: captures name it in their placement
    LocalizedText title;
    LocalizedText prompt;
};

// Something the author fills in with each capture, besides the capture itself: the
// kiosk asks a child's first name, class and school so the exhibition can credit the
// work without a full name.
struct TemplateField {
    std::string id;  // stable: "klas"
    LocalizedText label;
    std::optional<LocalizedText> hint;  // shown in the empty field: "Bijvoorbeeld 5B"
    bool required = false;
};

// Who must agree before a capture is shown beyond the device it was made on.
enum class ConsentGiver {
    participant,  // the author agrees when saving
    teacher,      // a child's work waits until the teacher agrees (kiosk)
};

struct ConsentRule {
    ConsentGiver by = ConsentGiver::participant;
    LocalizedText text;  // the sentence the giver agrees to
};

struct MethodTemplate {
    std::string id;  // "droomsessie": what a session's method field holds
    LocalizedText name;
    LocalizedText description;
    std::vector<CaptureKind> capture_kinds;  // what the table may add, in the order offered
    std::vector<TemplateBoard> boards;
    Voting voting;
    int round_minutes = 10;                  // the ambassador's timer, per board
    std::vector<LocalizedText> author_groups;  // who said it, by group (focus groups); empty: not asked
    std::vector<TemplateField> fields;       // asked with each capture; empty: nothing asked
    std::optional<ConsentRule> consent;      // none: captures need no one's consent to be shown
    std::filesystem::path source;            // the file it came from, for messages

    bool allows(CaptureKind kind) const;
    const TemplateBoard* board(std::string_view id) const;
    const TemplateField* field(std::string_view id) const;
};

class TemplateLibrary {
public:
    // Reads every .yaml file in folder. A broken template is left out and its problem
    // (file, line, field) kept in problems(); the others load.
    static TemplateLibrary load(const std::filesystem::path& folder);
    // Reads one file; throws AssetError naming the file, line and field.
    static MethodTemplate read(const std::filesystem::path& file);

    // Adds the templates a workshop's join file brought (id -> YAML) that this library
    // lacks, so a device with older assets still shows the workshop's boards. The
    // library's own files win; a broken one becomes a problem like a broken file.
    void add_missing(const std::map<std::string, std::string>& yaml_by_id);

    const std::vector<MethodTemplate>& templates() const { return templates_; }
    const MethodTemplate* find(std::string_view id) const;
    const std::vector<std::string>& problems() const { return problems_; }

private:
    std::vector<MethodTemplate> templates_;
    std::vector<std::string> problems_;
};

}  // namespace oogst
