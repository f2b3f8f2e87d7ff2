#pragma once
// The board's columns and each note's height, kept between frames. Laying out 2,000
// notes means measuring 2,000 wrapped texts; doing that only when the store, the width,
// the language or the scoring mode changed keeps a frame cheap (docs/performance.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/table/board_columns.hpp"
#include "core/assets/language.hpp"

namespace oogst::app {

struct ColumnLayout {
    BoardColumn column;
    int per_row = 1;         // notes side by side (a board without columns is one grid)
    float note_width = 0;
    std::vector<float> top;     // each note's top, from the column's content start
    std::vector<float> height;  // each note's height
    float content_height = 0;
};

struct BoardCacheKey {
    std::uint64_t revision = 0;  // the store's (Store::revision): any change to it makes a new one
    std::string session;
    float width = 0;  // of the whole board area
    Language language = Language::nl;
    int scoring_voter = -1;  // -1 outside a scoring round (notes then have no vote row)
    bool scores_hidden = false;  // a scoring round is open: notes show no score line
    bool operator==(const BoardCacheKey&) const = default;
};

struct BoardLayout {
    std::vector<ColumnLayout> columns;
    float column_width = 0;
    bool grid = false;        // one column without a board: drawn as a grid, no header
    bool too_wide = false;    // the columns scroll sideways
};

// A note's measured height, valid while its text and whether it has votes stay the
// same: after a change to the store only the notes that changed are measured again.
struct MeasuredNote {
    std::string text;
    bool voted = false;
    float height = 0;
};

struct BoardCache {
    BoardCacheKey key;
    BoardLayout layout;
    bool valid = false;
    // By capture id; kept across rebuilds while the width, language and vote row stay the same.
    std::unordered_map<std::string, MeasuredNote> heights;

    bool matches(const BoardCacheKey& wanted) const { return valid && key == wanted; }
};

}  // namespace oogst::app
