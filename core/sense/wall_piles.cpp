#include "core/sense/wall_piles.hpp"

#include "core/sense/piles.hpp"
#include "core/sense/sense_corpus.hpp"

namespace oogst {

std::vector<std::vector<std::string>> wall_piles(const WorkshopState& state) {
    const SenseInput input = sense_input(state);
    std::vector<std::vector<std::string>> piles;
    for (Pile& pile : find_piles(prepare_corpus(input), input.kept_out_of_piles)) piles.push_back(std::move(pile.captures));
    return piles;
}

std::size_t wall_words_fingerprint(const WorkshopState& state) {
    // Summed, so the hashed map's order does not matter.
    std::size_t sum = 0;
    const std::hash<std::string> hash;
    for (const auto& [id, capture] : state.capture_records()) {
        if (!capture.live()) continue;
        const std::size_t one = hash(id) * 31 + hash(capture.text.value()) + (capture.kept_apart.value() ? 7 : 0) +
                                (capture.consent.exhibited() ? 13 : 0);
        sum += one * 0x9e3779b97f4a7c15ull;
    }
    return sum;
}

}  // namespace oogst
