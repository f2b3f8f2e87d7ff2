#include "core/sense/wall_piles.hpp"

#include "core/sense/piles.hpp"
#include "core/sense/sense_corpus.hpp"

namespace oogst {

WallPiles wall_piles(const WorkshopState& state) { return wall_piles(sense_input(state)); }

WallPiles wall_piles(const SenseInput& input, std::stop_token stop) {
    WallPiles piles;
    for (Pile& pile : find_piles(prepare_corpus(input), input.kept_out_of_piles, {}, stop))
        piles.push_back(std::move(pile.captures));
    return piles;
}

}  // namespace oogst
