#include "core/sense/wall_cards.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/kiosk/kiosk_work.hpp"
#include "core/table/same_text.hpp"

namespace oogst {
namespace {

bool kind_matches(WallKind wanted, CaptureKind kind) {
    switch (wanted) {
        case WallKind::any: return true;
        case WallKind::text: return kind == CaptureKind::text;
        case WallKind::drawing: return kind == CaptureKind::drawing;
        case WallKind::photo: return kind == CaptureKind::photo;
    }
    return true;
}

bool passes(const WallCard& card, bool unfiled, const WallFilter& filter) {
    if (!filter.session_id.empty() && card.session_id != filter.session_id) return false;
    if (!filter.method.empty() && card.method != filter.method) return false;
    if (!filter.prompt.empty() && card.prompt != filter.prompt) return false;
    if (!filter.board.empty() && card.board != filter.board) return false;
    if (!kind_matches(filter.kind, card.kind)) return false;
    if (filter.people == WallPeople::adults && card.child) return false;
    if (filter.people == WallPeople::children && !card.child) return false;
    if (filter.min_score > 0 && card.score < filter.min_score) return false;
    if (filter.unfiled_only && !unfiled) return false;
    if (!filter.theme_id.empty() && std::find(card.themes.begin(), card.themes.end(), filter.theme_id) == card.themes.end())
        return false;
    if (!filter.search.empty() && !text_matches(card.text, filter.search) && !text_matches(card.table, filter.search))
        return false;
    return true;
}

}  // namespace

bool WallFilter::active() const {
    return !session_id.empty() || !method.empty() || !prompt.empty() || !board.empty() || kind != WallKind::any ||
           people != WallPeople::everyone || min_score > 0 || unfiled_only || !theme_id.empty() || !search.empty();
}

bool text_matches(const std::string& text, const std::string& search) {
    const std::string wanted = folded_text(search);
    return wanted.empty() || folded_text(text).find(wanted) != std::string::npos;
}

bool on_the_wall(const WorkshopState& state, const CaptureRecord& capture) {
    if (!capture.live() || !capture.field(copied_from_field).empty()) return false;
    const SessionSet* session = state.session(state.session_root(capture.origin->session_id));
    if (!session) return false;
    return session->method != kiosk_method || capture.consent.exhibited();
}

WallCards wall_cards(const WorkshopState& state, const ThemeFiling& filing,
                     const std::vector<std::vector<std::string>>& piles, const WallFilter& filter) {
    std::unordered_map<std::string, std::size_t> session_order;
    for (const SessionSet* session : state.sessions()) session_order.emplace(session->id, session_order.size());

    // Each capture the wall may show, with the pile it belongs to (its first member).
    std::unordered_map<std::string, const std::vector<std::string>*> pile_of;
    for (const auto& pile : piles)
        for (const std::string& id : pile) pile_of.emplace(id, &pile);
    // Each capture's place worked out once (a sort compares it many times): a wall holds
    // thousands.
    struct Placed {
        std::size_t session;
        const std::string* board;
        float x;
        const std::string* id;
        const CaptureRecord* capture;
        bool operator<(const Placed& other) const {
            return std::tie(session, *board, x, *id) < std::tie(other.session, *other.board, other.x, *other.id);
        }
    };
    std::vector<Placed> shown;
    shown.reserve(state.capture_records().size());
    for (const auto& [id, capture] : state.capture_records()) {
        if (!on_the_wall(state, capture)) continue;
        const auto order = session_order.find(state.session_root(capture.origin->session_id));
        shown.push_back({order == session_order.end() ? session_order.size() : order->second,
                         &capture.placement.value().board, capture.placement.value().x, &id, &capture});
    }
    std::sort(shown.begin(), shown.end());

    WallCards wall;
    std::unordered_map<const std::vector<std::string>*, std::size_t> card_of_pile;
    std::vector<bool> unfiled;
    std::vector<int> score_totals;
    std::vector<std::vector<std::string>> sessions_of;  // per card, the sessions its pile came from
    for (const auto& [order, board, x, id, capture] : shown) {
        ++wall.counts.captures;
        const auto pile = pile_of.find(*id);
        std::size_t at = wall.cards.size();
        if (pile != pile_of.end()) {
            const auto [card, made] = card_of_pile.emplace(pile->second, wall.cards.size());
            at = card->second;
        }
        if (at == wall.cards.size()) {
            const CaptureAdded& origin = *capture->origin;
            const SessionSet* session = state.session(state.session_root(origin.session_id));
            WallCard card;
            card.id = *id;
            card.session_id = session->id;
            card.table = session->table_name;
            card.method = session->method;
            card.prompt = origin.prompt;
            card.board = capture->placement.value().board;
            card.kind = origin.capture_kind;
            card.child = session->method == kiosk_method;
            card.text = capture->text.value();
            wall.cards.push_back(std::move(card));
            unfiled.push_back(false);
            score_totals.push_back(0);
            sessions_of.emplace_back();
        }
        WallCard& card = wall.cards[at];
        card.pile.push_back(*id);
        auto& sessions = sessions_of[at];
        const std::string& session = state.session_root(capture->origin->session_id);
        if (std::find(sessions.begin(), sessions.end(), session) == sessions.end()) sessions.push_back(session);
        card.votes += capture->vote_count();
        score_totals[at] += capture->score_total();
        const auto& themes = filing.themes(*id);
        if (themes.empty()) unfiled[at] = true;
        card.themes.insert(card.themes.end(), themes.begin(), themes.end());
    }
    wall.counts.cards = wall.cards.size();
    std::vector<WallCard> kept;
    for (std::size_t i = 0; i < wall.cards.size(); ++i) {
        WallCard& card = wall.cards[i];
        std::sort(card.themes.begin(), card.themes.end());
        card.themes.erase(std::unique(card.themes.begin(), card.themes.end()), card.themes.end());
        card.score = card.votes ? static_cast<double>(score_totals[i]) / card.votes : 0;
        card.tables = std::max<std::size_t>(1, sessions_of[i].size());
        if (unfiled[i]) ++wall.counts.unfiled;
        if (passes(card, unfiled[i], filter)) kept.push_back(std::move(card));
    }
    wall.cards = std::move(kept);
    wall.counts.shown = wall.cards.size();
    return wall;
}

}  // namespace oogst
