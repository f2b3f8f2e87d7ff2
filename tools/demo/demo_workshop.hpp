#pragma once
// A realistic Dutch dream-process workshop, generated: sessions at named tables with
// their ambassadors, sticky notes and a few drawings answering the three dream-session
// prompts, and scores on the ideas. The same seed gives the same workshop (same ids,
// texts, drawings and votes), so demos, screenshots and benchmarks are repeatable.
#include <cstdint>
#include <string>

#include "core/store/store.hpp"

namespace oogst {

struct DemoOptions {
    int tables = 6;
    int captures_per_table = 30;
    std::uint64_t seed = 1;
};

struct DemoSummary {
    std::string workshop_name;
    int sessions = 0;
    int captures = 0;
    int votes = 0;
};

// The dream-session prompts; their ids double as the board (column) names.
inline constexpr const char* prompt_city = "stad-2030";
inline constexpr const char* prompt_values = "waarden";
inline constexpr const char* prompt_ideas = "ideeen";

// Fills the store's workshop (making one when the store has none) through ordinary
// operations, exactly as a tablet would.
DemoSummary fill_demo_workshop(Store& store, const DemoOptions& options);

}  // namespace oogst
