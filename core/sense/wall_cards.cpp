#include "core/sense/wall_cards.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
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

bool passes(const WallCard& card, const WallFilter& filter) {
    if (!filter.session_id.empty() && card.session_id != filter.session_id) return false;
    if (!filter.method.empty() && card.method != filter.method) return false;
    if (!filter.prompt.empty() && card.prompt != filter.prompt) return false;
    if (!filter.board.empty() && card.board != filter.board) return false;
    if (!kind_matches(filter.kind, card.kind)) return false;
    if (filter.people == WallPeople::adults && card.child) return false;
    if (filter.people == WallPeople::children && !card.child) return false;
    if (filter.min_score > 0 && card.score < filter.min_score) return false;
    if (filter.unfiled_only && !card.unfiled) return false;
    if (!filter.theme_id.empty() && std::find(card.themes.begin(), card.themes.end(), filter.theme_id) == card.themes.end())
        return false;
    if (!filter.search.empty() && !text_matches(card.text, filter.search) && !text_matches(card.table, filter.search))
        return false;
    return true;
}

// Adds one capture of a card's pile to the card's support and keys.
void add_capture(WallCard& card, int& score_total, const CaptureRecord& capture, const std::vector<std::string>& themes) {
    card.votes += capture.vote_count();
    score_total += capture.score_total();
    if (themes.empty()) card.unfiled = true;
    card.themes.insert(card.themes.end(), themes.begin(), themes.end());
}

// Once every capture of its pile is in: the average, and each key once.
void finish_support(WallCard& card, int score_total) {
    if (card.pile.size() > 1) {
        std::sort(card.themes.begin(), card.themes.end());
        card.themes.erase(std::unique(card.themes.begin(), card.themes.end()), card.themes.end());
    }
    card.score = card.votes ? static_cast<double>(score_total) / card.votes : 0;
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
    const std::vector<WallCard> cards = lay_out_wall(state, filing, piles);
    WallCards wall;
    for (const WallCard* card : shown_cards(cards, filter)) wall.cards.push_back(*card);
    wall.counts = wall_counts(cards, wall.cards.size());
    return wall;
}

std::vector<WallCard> lay_out_wall(const WorkshopState& state, const ThemeFiling& filing,
                                   const std::vector<std::vector<std::string>>& piles) {
    // What a capture needs of its session, found once per session: a wall holds tens of
    // thousands of captures and a few hundred sessions. A capture shows under the
    // session its own was merged into (its root), at that session's place in the order.
    struct OfSession {
        std::size_t order;
        const SessionSet* shown_as;
    };
    std::unordered_map<std::string_view, std::size_t> order;
    for (const SessionSet* session : state.sessions()) order.emplace(session->id, order.size());
    std::unordered_map<std::string_view, OfSession> sessions;
    for (const auto& [id, record] : state.session_records()) {
        const std::string& root = state.session_root(id);
        const SessionSet* session = state.session(root);
        if (!session) continue;  // deleted: its captures are not on the wall
        const auto at = order.find(root);
        sessions.emplace(id, OfSession{at == order.end() ? order.size() : at->second, session});
    }

    // Each capture's place worked out once (a sort compares it many times).
    struct Placed {
        std::size_t session;
        std::size_t board;  // its rank among the boards' names
        float x;
        const std::string* id;
        const CaptureRecord* capture;
        const SessionSet* shown_as;
        bool operator<(const Placed& other) const {
            if (std::tie(session, board, x) != std::tie(other.session, other.board, other.x))
                return std::tie(session, board, x) < std::tie(other.session, other.board, other.x);
            return *id < *other.id;
        }
    };
    std::vector<Placed> placed;
    placed.reserve(state.capture_records().size());
    std::unordered_map<std::string_view, std::size_t> board_number;  // as met
    for (const auto& [id, capture] : state.capture_records()) {
        if (!capture.live()) continue;
        const auto session = sessions.find(capture.origin->session_id);
        if (session == sessions.end()) continue;
        // A child's work is on the wall only with the consent to be shown (on_the_wall).
        if (session->second.shown_as->method == kiosk_method && !capture.consent.exhibited()) continue;
        const Placement& place = capture.placement.value();
        const std::size_t board = board_number.emplace(place.board, board_number.size()).first->second;
        placed.push_back({session->second.order, board, place.x, &id, &capture, session->second.shown_as});
    }
    // The few boards ranked by name once: the sort then compares numbers, not names.
    std::vector<std::string_view> names(board_number.size());
    for (const auto& [name, number] : board_number) names[number] = name;
    std::vector<std::string_view> sorted = names;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::size_t> rank(names.size());
    for (std::size_t i = 0; i < names.size(); ++i)
        rank[i] = static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), names[i]) - sorted.begin());
    for (Placed& one : placed) one.board = rank[one.board];
    std::sort(placed.begin(), placed.end());

    // A pile is one card, where its first capture in the wall's order is.
    std::unordered_map<std::string_view, std::size_t> pile_of;
    for (std::size_t i = 0; i < piles.size(); ++i)
        for (const std::string& id : piles[i]) pile_of.emplace(id, i);
    std::vector<std::size_t> card_of_pile(piles.size(), SIZE_MAX);
    std::vector<std::vector<const SessionSet*>> tables_of_pile(piles.size());
    std::vector<WallCard> cards;
    cards.reserve(placed.size());
    std::vector<int> score_totals;
    score_totals.reserve(placed.size());
    for (const Placed& one : placed) {
        const auto& themes = filing.themes(*one.id);
        const auto pile = pile_of.empty() ? pile_of.end() : pile_of.find(*one.id);
        if (pile != pile_of.end()) {
            auto& tables = tables_of_pile[pile->second];
            if (std::find(tables.begin(), tables.end(), one.shown_as) == tables.end()) tables.push_back(one.shown_as);
            const std::size_t at = card_of_pile[pile->second];
            if (at != SIZE_MAX) {
                cards[at].pile.push_back(*one.id);
                cards[at].tables = tables.size();
                add_capture(cards[at], score_totals[at], *one.capture, themes);
                continue;
            }
            card_of_pile[pile->second] = cards.size();
        }
        const CaptureAdded& origin = *one.capture->origin;
        WallCard& card = cards.emplace_back();
        card.id = *one.id;
        card.pile.push_back(*one.id);
        card.session_id = one.shown_as->id;
        card.table = one.shown_as->table_name;
        card.method = one.shown_as->method;
        card.prompt = origin.prompt;
        card.board = one.capture->placement.value().board;
        card.kind = origin.capture_kind;
        card.child = one.shown_as->method == kiosk_method;
        card.text = one.capture->text.value();
        add_capture(card, score_totals.emplace_back(), *one.capture, themes);
    }
    for (std::size_t i = 0; i < cards.size(); ++i) finish_support(cards[i], score_totals[i]);
    return cards;
}

void add_support(std::vector<WallCard>& cards, const WorkshopState& state, const ThemeFiling& filing) {
    for (WallCard& card : cards) {
        int score_total = 0;
        card.votes = 0;
        card.themes.clear();
        card.unfiled = false;
        for (const std::string& id : card.pile)
            if (const CaptureRecord* capture = state.capture(id)) add_capture(card, score_total, *capture, filing.themes(id));
        finish_support(card, score_total);
    }
}

std::vector<const WallCard*> shown_cards(const std::vector<WallCard>& cards, const WallFilter& filter) {
    std::vector<const WallCard*> shown;
    shown.reserve(cards.size());
    for (const WallCard& card : cards)
        if (passes(card, filter)) shown.push_back(&card);
    return shown;
}

WallCounts wall_counts(const std::vector<WallCard>& cards, std::size_t shown) {
    WallCounts counts;
    for (const WallCard& card : cards) {
        counts.captures += card.pile.size();
        if (card.unfiled) ++counts.unfiled;
    }
    counts.cards = cards.size();
    counts.shown = shown;
    return counts;
}

}  // namespace oogst
