#include "app/roadmap/map_panels.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

#include "app/roadmap/map_look.hpp"
#include "app/roadmap/roadmap_words.hpp"
#include "app/shell/theme.hpp"
#include "app/wall/wall_change.hpp"
#include "app/widgets/screen_header.hpp"
#include "app/widgets/touch_widgets.hpp"
#include "core/model/plain_text.hpp"
#include "core/roadmap/speelveld_notes.hpp"

namespace oogst::app {
namespace {

void panel_heading(Ui& ui, const std::string& text) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void panel_label(Ui& ui, const char* text) {
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::muted);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// A row of chips, one per choice, wrapping at the panel's edge; the chosen one filled.
template <class Choice, class Words>
void chips(Ui& ui, const std::string& name, Choice& chosen, int count, Words words_of) {
    for (int c = 0; c < count; ++c) {
        const auto choice = static_cast<Choice>(c);
        const std::string words = words_of(choice);
        const float width = button_width(ui, words.c_str(), 12);
        if (c) ImGui::SameLine(0, ui.px(6));
        if (c && ImGui::GetCursorPosX() + width > ImGui::GetContentRegionMax().x) ImGui::NewLine();
        if (touch_button(ui, (name + std::to_string(c)).c_str(), words.c_str(), ImVec2(width, 0),
                         choice == chosen ? ButtonLook::primary : ButtonLook::secondary))
            chosen = choice;
    }
}

// The Speelveld notes an actor or a link was made from, as the table wrote them.
void draw_notes_of(const WorkshopState& workshop, Ui& ui, const std::string& item_id) {
    const auto notes = workshop.roadmap().evidence(item_id);
    if (notes.empty()) return;
    panel_label(ui, ui.tr("actor.from_notes"));
    for (const std::string& id : notes) {
        const CaptureRecord* note = workshop.capture(id);
        if (!note) continue;
        const SessionSet* table = workshop.session(workshop.session_root(note->origin->session_id));
        muted("“" + note->text.value() + "”" + (table ? " · " + table->table_name : std::string()));
    }
}

// The height a touch_card needs for its heading and detail wrapped to width (its
// padding and gap as touch_card lays them out).
float card_height(const Ui& ui, const std::string& title, const std::string& detail, float width) {
    const float pad = ui.px(24), wrap = width - 2 * pad;
    const float title_height = ui.fonts.heading->CalcTextSizeA(ui.fonts.heading->FontSize, FLT_MAX, wrap, title.c_str()).y;
    const float detail_height = ui.fonts.body->CalcTextSizeA(ui.fonts.body->FontSize, FLT_MAX, wrap, detail.c_str()).y;
    return std::max(ui.touch_size(), title_height + ui.px(8) + detail_height + pad);
}

void start_linking(MapState& map, const ActorSet& from, LinkKind kind) {
    map.linking = LinkDraft{true, kind, from.id, from.name, "", ""};
    map.chosen_actor.clear();
    map.chosen_link.clear();
}

// The actor's form: its name, group and note (an existing actor's or a new one's).
void draw_actor_form(Ui& ui, ActorForm& form, float width) {
    panel_label(ui, ui.tr("actor.name"));
    touch_text_field(ui, "actor.name", ui.tr("actor.name_hint"), form.name, width);
    panel_label(ui, ui.tr("actor.category"));
    chips(ui, "actor.category.", form.category, 7, [&](ActorCategory c) { return category_words(ui, c); });
    panel_label(ui, ui.tr("actor.note"));
    touch_text_area(ui, "actor.note", ui.tr("actor.note_hint"), form.note, ImVec2(width, ui.px(84)));
    ImGui::Dummy(ImVec2(0, ui.px(6)));
}

// The chosen actor's links, each opening on a tap, and the two ways to make one.
void draw_links_of(Store& store, MapState& map, Ui& ui, const ActorSet& actor, float width) {
    const RoadmapState& roadmap = store.state().roadmap();
    panel_label(ui, ui.tr("actor.links"));
    // Side by side when both labels fit (not in every language), else one under the other.
    const float regie = button_width(ui, ui.tr("actor.regie_with")), verbinden = button_width(ui, ui.tr("actor.verbinden_with"));
    const bool beside = regie + verbinden + ui.px(12) <= width;
    const float button = beside ? (width - ui.px(12)) / 2 : width;
    if (touch_button(ui, "actor.regie", ui.tr("actor.regie_with"), ImVec2(button, 0), ButtonLook::secondary))
        return start_linking(map, actor, LinkKind::regie);
    if (beside) ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "actor.verbinden", ui.tr("actor.verbinden_with"), ImVec2(button, 0), ButtonLook::secondary))
        return start_linking(map, actor, LinkKind::verbinden);
    int shown = 0;
    for (const ActorLinkSet* link : roadmap.links()) {
        if (link->from != actor.id && link->to != actor.id) continue;
        const ActorSet* other = roadmap.actor(link->from == actor.id ? link->to : link->from);
        std::string words = link_kind_words(ui, link->link_kind);
        if (!link->competences.empty()) words += " · " + joined(link->competences);
        ImGui::Dummy(ImVec2(0, ui.px(4)));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (touch_card(ui, ("actor.link." + link->id).c_str(), other->name.c_str(), words.c_str(),
                       ImVec2(width, card_height(ui, other->name, words, width)), colour::background, colour::text))
            return choose_link(map, *link);
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + ui.px(10), at.y + ImGui::GetItemRectSize().y),
                                                  link_ink(link->link_kind), ui.px(18), ImDrawFlags_RoundCornersLeft);
        ++shown;
    }
    if (shown == 0) muted(ui.tr("actor.no_links"));
}

}  // namespace

void choose_actor(MapState& map, const ActorSet& actor) {
    map.chosen_actor = actor.id;
    map.chosen_link.clear();
    map.adding = false;
    map.form = ActorForm{actor.name, actor.note, actor.category};
}

void choose_link(MapState& map, const ActorLinkSet& link) {
    map.chosen_link = link.id;
    map.chosen_actor.clear();
    map.adding = false;
    map.link_kind = link.link_kind;
    map.competences = joined(link.competences);
}

void draw_actor_panel(Store& store, AppState& state, Ui& ui, float width) {
    MapState& map = state.roadmap.map;
    const WorkshopState& workshop = store.state();
    const ActorSet* actor = workshop.roadmap().actor(map.chosen_actor);
    const float half = (width - ui.px(12)) / 2;
    if (!actor) {  // a new one
        panel_heading(ui, ui.tr("actor.new_heading"));
        draw_actor_form(ui, map.form, width);
        if (touch_button(ui, "actor.save", ui.tr("actor.save"), ImVec2(half, 0)))
            wall_change(state, ui, [&] {
                const std::string made = RoadmapActions(store, state.roadmap.undo)
                                             .create_actor({map.form.name, map.form.category, map.form.note});
                choose_actor(map, *store.state().roadmap().actor(made));
                ui.text_entry.unfocus();
            });
        ImGui::SameLine(0, ui.px(12));
        if (touch_button(ui, "actor.cancel", ui.tr("actor.cancel"), ImVec2(half, 0), ButtonLook::secondary)) {
            map.adding = false;
            ui.text_entry.unfocus();
        }
        return;
    }
    // What a map is read for first: who it is, and whom it is linked with.
    panel_heading(ui, actor->name);
    muted(category_words(ui, actor->category) + (actor->note.empty() ? "" : " · " + actor->note));
    draw_links_of(store, map, ui, *actor, width);
    if (map.chosen_actor != actor->id) return;  // a link opened, or one being made
    draw_notes_of(workshop, ui, actor->id);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    draw_actor_form(ui, map.form, width);
    if (touch_button(ui, "actor.save", ui.tr("actor.save"), ImVec2(half, 0)))
        wall_change(state, ui, [&] {
            RoadmapActions(store, state.roadmap.undo).edit_actor(actor->id, {map.form.name, map.form.category, map.form.note});
            ui.text_entry.unfocus();
        });
    ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "actor.remove", ui.tr("actor.remove"), ImVec2(half, 0), ButtonLook::secondary))
        wall_change(state, ui, [&] {
            RoadmapActions(store, state.roadmap.undo).remove(actor->id);
            map.chosen_actor.clear();
        });
    if (map.chosen_actor.empty()) return;  // just deleted
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (touch_button(ui, "actor.close", ui.tr("actor.close"), ImVec2(width, 0), ButtonLook::secondary)) {
        map.chosen_actor.clear();
        ui.text_entry.unfocus();
    }
}

void draw_link_panel(Store& store, AppState& state, Ui& ui, float width) {
    MapState& map = state.roadmap.map;
    const WorkshopState& workshop = store.state();
    const ActorLinkSet* link = workshop.roadmap().link(map.chosen_link);
    if (!link) return;
    panel_heading(ui, ui.tr("link.heading", {{"kind", link_kind_words(ui, link->link_kind)},
                                             {"from", workshop.roadmap().actor(link->from)->name},
                                             {"to", workshop.roadmap().actor(link->to)->name}}));
    panel_label(ui, ui.tr("link.kind"));
    chips(ui, "link.kind.", map.link_kind, 2, [&](LinkKind k) { return link_kind_words(ui, k); });
    panel_label(ui, ui.tr("link.competences"));
    touch_text_field(ui, "link.competences", ui.tr("link.competences_hint"), map.competences, width);
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    const float half = (width - ui.px(12)) / 2;
    if (touch_button(ui, "link.save", ui.tr("actor.save"), ImVec2(half, 0)))
        wall_change(state, ui, [&] {
            RoadmapActions(store, state.roadmap.undo)
                .edit_link(link->id, {link->from, link->to, map.link_kind, comma_list(map.competences)});
            ui.text_entry.unfocus();
        });
    ImGui::SameLine(0, ui.px(12));
    if (touch_button(ui, "link.remove", ui.tr("actor.remove"), ImVec2(half, 0), ButtonLook::secondary))
        wall_change(state, ui, [&] {
            RoadmapActions(store, state.roadmap.undo).remove(link->id);
            map.chosen_link.clear();
        });
    if (map.chosen_link.empty()) return;
    draw_notes_of(workshop, ui, link->id);
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (touch_button(ui, "link.close", ui.tr("actor.close"), ImVec2(width, 0), ButtonLook::secondary)) {
        map.chosen_link.clear();
        ui.text_entry.unfocus();
    }
}

void link_to(Store& store, AppState& state, const Ui& ui, const std::string& actor_id) {
    LinkDraft& draft = state.roadmap.map.linking;
    const ActorSet* actor = store.state().roadmap().actor(actor_id);
    if (draft.from.empty()) {  // a link note's first actor
        if (actor) draft.from = actor->id, draft.from_name = actor->name;
        return;
    }
    wall_change(state, ui, [&] {
        RoadmapActions actions(store, state.roadmap.undo);
        const std::vector<std::string> competences = comma_list(draft.competences);
        const std::string made =
            draft.note_id.empty()
                ? actions.create_link({draft.from, actor_id, draft.kind, competences})
                : link_from_note(actions, store.state(), draft.note_id, draft.from, actor_id, competences);
        if (const ActorLinkSet* link = store.state().roadmap().link(made)) choose_link(state.roadmap.map, *link);
        draft = LinkDraft{};
    });
    // Refused because its first actor was deleted meanwhile: this link cannot be made.
    if (draft.open && !store.state().roadmap().actor(draft.from)) draft = LinkDraft{};
}

void draw_linking_panel(Store& store, AppState& state, Ui& ui, float width) {
    MapState& map = state.roadmap.map;
    LinkDraft& draft = map.linking;
    const std::string kind = link_kind_words(ui, draft.kind);
    if (draft.from.empty()) {
        panel_heading(ui, ui.tr("linking.first_heading", {{"kind", kind}}));
        muted(ui.tr("linking.first_hint"));
    } else {
        panel_heading(ui, ui.tr("linking.heading", {{"kind", kind}, {"from", draft.from_name}}));
        muted(ui.tr("linking.hint"));
    }
    if (!draft.note_id.empty())
        if (const CaptureRecord* note = store.state().capture(draft.note_id)) muted("“" + note->text.value() + "”");
    panel_label(ui, ui.tr("link.competences"));
    touch_text_field(ui, "linking.competences", ui.tr("link.competences_hint"), draft.competences, width);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    if (touch_button(ui, "linking.cancel", ui.tr("actor.cancel"), ImVec2(width, 0), ButtonLook::secondary)) {
        draft = LinkDraft{};
        ui.text_entry.unfocus();
        return;
    }
    // The actors as a list too: a map crowded at one place is hard to tap.
    for (const ActorSet* actor : store.state().roadmap().actors()) {
        if (actor->id == draft.from) continue;
        ImGui::Dummy(ImVec2(0, ui.px(2)));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::string words = actor->name + " · " + category_words(ui, actor->category);
        if (touch_button(ui, ("linking.to." + actor->id).c_str(), fitted_text(ui.fonts.bold, words, width - ui.px(56)).c_str(),
                         ImVec2(width, 0), ButtonLook::secondary)) {
            link_to(store, state, ui, actor->id);
            return;
        }
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + ui.px(8), at.y + ImGui::GetItemRectSize().y),
                                                  category_ink(actor->category), ui.px(8), ImDrawFlags_RoundCornersLeft);
    }
}

}  // namespace oogst::app
