#include "core/opendata/decidim_proposals.hpp"

#include "core/model/json_writer.hpp"
#include "core/model/plain_text.hpp"
#include "core/opendata/csv_table.hpp"
#include "core/opendata/proposal_text.hpp"
#include "core/opendata/survey/survey_fields.hpp"

namespace oogst {
namespace {

Proposal from_work(const WorkshopState& state, const PublishedWork& work, const PublishedKey& key) {
    const CaptureRecord* capture = state.capture(work.id);
    const ProposalText text = proposal_text(work.text, capture ? capture->field(survey_field::title) : "");
    return {work.id, text.title, text.body, key.id, key.name, work.votes, work.score, work.pile};
}

Proposal from_row(const CaptureRow& row) {
    const ProposalText text = proposal_text(row.text, row.title);
    return {row.id, text.title, text.body, row.key_id, row.key, row.votes, row.score_average, 1};
}

}  // namespace

std::vector<Proposal> decidim_proposals(const WorkshopState& state, const PublishedWorkshop& workshop,
                                        const std::vector<CaptureRow>& rows, ProposalChoice choice, int per_key) {
    std::vector<Proposal> proposals;
    if (choice == ProposalChoice::all) {
        for (const CaptureRow& row : rows)
            if (!blank(row.text)) proposals.push_back(from_row(row));
        return proposals;
    }
    for (const PublishedKey& key : workshop.keys) {
        int taken = 0;
        for (const PublishedWork& work : key.dreams) {  // strongest first
            if (taken == per_key) break;
            if (blank(work.text)) continue;
            proposals.push_back(from_work(state, work, key));
            ++taken;
        }
    }
    return proposals;
}

std::string decidim_proposals_csv(const std::vector<Proposal>& proposals, const DecidimMapping& mapping) {
    OpenTable table{"proposals", {}, {}};
    for (const std::string& locale : mapping.locales) table.fields.push_back({"title/" + locale});
    for (const std::string& locale : mapping.locales) table.fields.push_back({"body/" + locale});
    table.fields.push_back({mapping.taxonomy_column(), FieldType::integer});
    table.fields.push_back({"scope/id", FieldType::integer});
    table.fields.push_back({"votes", FieldType::integer});
    table.fields.push_back({"score_average", FieldType::number});
    table.fields.push_back({"oogst/key"});
    table.fields.push_back({"oogst/id"});
    for (const Proposal& proposal : proposals) {
        std::vector<std::string> row(mapping.locales.size(), proposal.title);
        row.insert(row.end(), mapping.locales.size(), proposal.body);
        row.insert(row.end(), {mapping.taxonomy(proposal.key_id), mapping.scope, std::to_string(proposal.votes),
                               number_text(proposal.score), proposal.key, proposal.id});
        table.rows.push_back(std::move(row));
    }
    return csv_text(table, {';', false});
}

std::string decidim_proposals_json(const std::vector<Proposal>& proposals, const DecidimMapping& mapping) {
    JsonWriter json;
    json.begin_array();
    for (const Proposal& proposal : proposals) {
        json.begin_object();
        for (const auto& [name, text] : {std::pair{"title", &proposal.title}, std::pair{"body", &proposal.body}}) {
            json.key(name).begin_object();
            for (const std::string& locale : mapping.locales) json.field(locale, *text);
            json.end_object();
        }
        if (const std::string taxonomy = mapping.taxonomy(proposal.key_id); !taxonomy.empty()) {
            if (mapping.category) json.key("category").begin_object().field("id", std::stoll(taxonomy)).end_object();
            else json.key("taxonomies").begin_object().key("ids").begin_array().value(std::int64_t{std::stoll(taxonomy)}).end_array().end_object();
        }
        if (!mapping.scope.empty()) json.key("scope").begin_object().field("id", std::stoll(mapping.scope)).end_object();
        json.field("votes", proposal.votes).field("score_average", proposal.score);
        json.field("pile", proposal.pile).field("key", proposal.key).field("oogst_id", proposal.id);
        json.end_object();
    }
    json.end_array();
    return json.take();
}

}  // namespace oogst
