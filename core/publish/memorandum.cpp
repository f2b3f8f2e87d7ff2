#include "core/publish/memorandum.hpp"

#include "core/model/roadmap_names.hpp"
#include "core/publish/publish_words.hpp"
#include "core/publish/publishable.hpp"
#include "core/roadmap/synthesis.hpp"

namespace oogst {
namespace {

constexpr std::size_t phrases_per_part = 6;

// The strongest phrases on a board of the method's sessions that may be published.
void backed(Document& memo, const PublishWords& words, const WorkshopState& state, const char* method,
            const std::string& board) {
    std::size_t shown = 0;
    for (const StrongNote& note : strongest_on_board(state, method, board, phrases_per_part * 4)) {
        if (shown == phrases_per_part) break;
        if (!publishable(state, note.capture_id)) continue;
        PublishedWork work;
        work.table = note.table;
        work.score = note.score;
        work.votes = note.votes;
        memo.quote(note.text, words.source(work));
        ++shown;
    }
}

void statement(Document& memo, const PublishWords& words, const WorkshopState& state, StatementPart part) {
    const std::string& text = state.roadmap().statement(part);
    if (text.empty()) memo.note(words.tr("memorandum.no_statement"));
    else memo.paragraph(text);
}

}  // namespace

Document memorandum(const WorkshopState& state, const PublishedWorkshop& workshop, const Assets& assets, Language language) {
    const PublishWords words{assets, language};
    Document memo = words.document(words.tr("memorandum.title") + ": " + workshop.workshop.name,
                                   workshop.workshop.name + (workshop.workshop.place.empty() ? "" : " · " + workshop.workshop.place),
                                   workshop);

    memo.heading(words.tr("memorandum.environment"));
    if (!has_method(state, swot_method)) memo.note(words.tr("memorandum.no_swot"));
    else
        for (const char* board : {"sterktes", "zwaktes", "kansen", "bedreigingen"}) {
            memo.heading(words.tr("memorandum.swot." + std::string(board)), 2);
            backed(memo, words, state, swot_method, board);
        }

    memo.heading(words.tr("memorandum.inspiration"));
    memo.heading(words.tr("memorandum.part.future_image"), 2);
    statement(memo, words, state, StatementPart::future_image);
    if (has_method(state, swot_method)) backed(memo, words, state, swot_method, "toekomstbeeld");
    for (const PublishedKey& key : workshop.keys)
        if (!key.future_images.empty()) memo.heading(key.name, 3).paragraph(key.future_images);

    memo.heading(words.tr("memorandum.mission"));
    const std::pair<StatementPart, const char*> parts[] = {{StatementPart::mission, "missie"},
                                                           {StatementPart::vision, "visie"},
                                                           {StatementPart::values, "waarden"},
                                                           {StatementPart::transitions, "transities"}};
    for (const auto& [part, board] : parts) {
        memo.heading(words.tr("memorandum.part." + std::string(name_of(part))), 2);
        statement(memo, words, state, part);
        if (has_method(state, mission_method)) backed(memo, words, state, mission_method, board);
    }

    memo.heading(words.tr("memorandum.cases"));
    const RoadmapState& roadmap = state.roadmap();
    const std::vector<const InnovationCaseSet*> cases = roadmap.cases();
    if (cases.empty()) memo.note(words.tr("memorandum.no_cases"));
    for (const bool shortlist : {true, false}) {
        bool titled = false;
        for (const InnovationCaseSet* one : cases) {
            if (roadmap.shortlisted(one->id) != shortlist) continue;
            if (!titled) memo.heading(words.tr(shortlist ? "memorandum.shortlisted" : "memorandum.long_list"), 2), titled = true;
            memo.heading(one->title, 3);
            std::vector<std::pair<std::string, std::string>> rows;
            if (!one->impact.empty()) rows.push_back({words.tr("memorandum.impact"), one->impact});
            if (!one->target_group.empty()) rows.push_back({words.tr("memorandum.target_group"), one->target_group});
            if (!one->first_step.empty()) rows.push_back({words.tr("memorandum.first_step"), one->first_step});
            if (!one->owner.empty()) rows.push_back({words.tr("note.owner"), one->owner});
            memo.figures(std::move(rows));
            if (!shortlist) continue;
            std::vector<std::pair<std::string, std::string>> canvas;
            for (std::size_t b = 0; b < canvas_block_count; ++b) {
                const CanvasBlock block = static_cast<CanvasBlock>(b);
                const std::string& text = roadmap.canvas_block(one->id, block);
                if (!text.empty()) canvas.push_back({words.tr("canvas." + std::string(name_of(block))), text});
            }
            if (!canvas.empty()) memo.paragraph(words.tr("memorandum.canvas") + ":").figures(std::move(canvas));
        }
    }
    return memo;
}

}  // namespace oogst
