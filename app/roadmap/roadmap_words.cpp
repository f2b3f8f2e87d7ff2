#include "app/roadmap/roadmap_words.hpp"

#include <string>


namespace oogst::app {

// Each key written out, so the test that every key asked for exists sees them.
std::string status_words(const Ui& ui, InitiativeStatus status) {
    switch (status) {
        case InitiativeStatus::proposed: return ui.tr("initiative.status.proposed");
        case InitiativeStatus::planned: return ui.tr("initiative.status.planned");
        case InitiativeStatus::running: return ui.tr("initiative.status.running");
        case InitiativeStatus::done: return ui.tr("initiative.status.done");
        case InitiativeStatus::dropped: return ui.tr("initiative.status.dropped");
    }
    return {};
}

std::string status_words(const Ui& ui, ActionStatus status) {
    switch (status) {
        case ActionStatus::open: return ui.tr("action.status.open");
        case ActionStatus::running: return ui.tr("action.status.running");
        case ActionStatus::done: return ui.tr("action.status.done");
        case ActionStatus::dropped: return ui.tr("action.status.dropped");
    }
    return {};
}

std::string category_words(const Ui& ui, ActorCategory category) {
    switch (category) {
        case ActorCategory::politics: return ui.tr("category.politics");
        case ActorCategory::administration: return ui.tr("category.administration");
        case ActorCategory::citizens: return ui.tr("category.citizens");
        case ActorCategory::businesses: return ui.tr("category.businesses");
        case ActorCategory::associations: return ui.tr("category.associations");
        case ActorCategory::experts: return ui.tr("category.experts");
        case ActorCategory::partners: return ui.tr("category.partners");
    }
    return {};
}

std::string link_kind_words(const Ui& ui, LinkKind kind) {
    return kind == LinkKind::regie ? ui.tr("link.kind.regie") : ui.tr("link.kind.verbinden");
}

std::string evidence_words(const Ui& ui, const EvidenceCount& count) {
    if (count.dreams == 0 && count.children_works == 0 && count.proposals == 0) return ui.tr("evidence.none");
    const std::string dreams = ui.tr(count.dreams == 1 ? "evidence.dreams.one" : "evidence.dreams",
                                     {{"count", std::to_string(count.dreams)}});
    const std::string tables = ui.tr(count.tables == 1 ? "evidence.tables.one" : "evidence.tables",
                                     {{"count", std::to_string(count.tables)}});
    const std::string children = ui.tr(count.children_works == 1 ? "evidence.children.one" : "evidence.children",
                                       {{"count", std::to_string(count.children_works)}});
    std::string words;
    if (count.dreams && count.children_works)
        words = ui.tr("evidence.dreams_and_children", {{"dreams", dreams}, {"tables", tables}, {"children", children}});
    else if (count.dreams)
        words = ui.tr("evidence.dreams_only", {{"dreams", dreams}, {"tables", tables}});
    else if (count.children_works)
        words = ui.tr("evidence.children_only", {{"children", children}});
    if (count.proposals) {
        const std::string proposals = ui.tr(count.proposals == 1 ? "evidence.proposals.one" : "evidence.proposals",
                                            {{"count", std::to_string(count.proposals)}});
        words = words.empty() ? ui.tr("evidence.proposals_only", {{"proposals", proposals}}) : words + " · " + proposals;
    }
    return words;
}

InitiativeForm form_of(const InitiativeSet& initiative) {
    InitiativeForm form;
    form.of = initiative.id;
    form.title = initiative.title;
    form.owner = initiative.owner;
    form.horizon = initiative.horizon ? std::to_string(initiative.horizon) : std::string();
    form.description = initiative.description;
    form.status = initiative.status;
    return form;
}

}  // namespace oogst::app
