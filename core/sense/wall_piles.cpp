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

}  // namespace oogst
