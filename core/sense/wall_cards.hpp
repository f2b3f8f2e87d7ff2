#pragma once
// What the facilitator's wall shows: every capture of every session as a card, a pile
// of near-duplicates as one card, with its table, its support and the keys it is filed
// under; and the filters that narrow it, with the counts said everywhere ("412 of 1,180
// shown, 96 not filed"). Built from the state alone, so the wall, the command line and
// the tests see the same cards. A child's work is on the wall only with the consent to
// be shown; nothing here changes a participant's words.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/payloads.hpp"
#include "core/model/workshop_state.hpp"
#include "core/sense/theme_filing.hpp"

namespace oogst {

struct WallCard {
    std::string id;                 // the capture shown (a pile's first)
    std::vector<std::string> pile;  // every capture of its pile, id first; one when not piled
    std::string session_id, table, method, prompt, board;  // of the card shown
    std::size_t tables = 1;  // how many tables its pile comes from
    CaptureKind kind = CaptureKind::text;
    bool child = false;      // a child's work from a kiosk
    std::string text;        // its words (a note's text, a poem, a caption)
    double score = 0;        // average of its votes (0: none), over the whole pile
    int votes = 0;           // how many voted, over the whole pile
    std::vector<std::string> themes;  // root ids of the keys it is filed under
    bool unfiled = false;    // a capture of its pile is under no key yet
};

enum class WallKind { any, text, drawing, photo };
enum class WallPeople { everyone, adults, children };

// Empty or default: not filtered on.
struct WallFilter {
    std::string session_id, method, prompt, board;
    WallKind kind = WallKind::any;
    WallPeople people = WallPeople::everyone;
    double min_score = 0;      // cards with an average below are left out (0: all)
    bool unfiled_only = false;
    std::string theme_id;      // only the cards filed under this key
    std::string search;        // words the card's text or table must contain, accents and case folded

    bool active() const;
};

struct WallCounts {
    std::size_t captures = 0;  // every capture the wall may show (consent kept)
    std::size_t cards = 0;     // the cards they make (piles are one)
    std::size_t shown = 0;     // cards the filter lets through
    std::size_t unfiled = 0;   // cards not filed under any key (of all cards)
};

struct WallCards {
    std::vector<WallCard> cards;  // those the filter lets through, in the wall's order
    WallCounts counts;
};

// The wall's cards are made in steps, so a frame after a vote redoes only the cheap
// ones (the app keeps the cards between frames; see WallFingerprint):

// Every card, in the wall's order, with its support and keys. piles: groups of
// near-duplicate capture ids (wall_piles); a capture in none is a card of its own.
// Order: by table (the sessions' order), then by board and place, so a table's wall
// reads as its board did.
std::vector<WallCard> lay_out_wall(const WorkshopState& state, const ThemeFiling& filing,
                                   const std::vector<std::vector<std::string>>& piles);

// Each card's support (score and votes, over its whole pile) and keys brought up to date
// with the state: what a vote or a filing changes, without laying the cards out again.
void add_support(std::vector<WallCard>& cards, const WorkshopState& state, const ThemeFiling& filing);

// The cards the filter lets through, in the wall's order, and the counts the wall says.
std::vector<const WallCard*> shown_cards(const std::vector<WallCard>& cards, const WallFilter& filter);
WallCounts wall_counts(const std::vector<WallCard>& cards, std::size_t shown);

// All of it at once, the cards shown copied out (a key's page, the tests).
WallCards wall_cards(const WorkshopState& state, const ThemeFiling& filing,
                     const std::vector<std::vector<std::string>>& piles, const WallFilter& filter);

// Whether a capture may be on the wall at all: live, not a copy of another (a debate
// table's copy of a dream), and a child's work only with its consent to be shown.
bool on_the_wall(const WorkshopState& state, const CaptureRecord& capture);

// The text search folds: "Café" finds "cafe", "CAFÉ" and "café".
bool text_matches(const std::string& text, const std::string& search);

}  // namespace oogst
