#pragma once
// What the suggestion engine reads: the workshop's captures, its themes with what is
// filed under them, and the facilitator's refusals. Plain values, so a test or a
// benchmark can build one without a store, and the engine stays a pure function.
//
// A theme is what the workshop calls a key (sleutel); in code "key" already means the
// workshop's cryptographic keys (core/harvest/workshop_keys), so here it is a theme.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace oogst {

class WorkshopState;

struct SenseCapture {
    std::string id;
    std::string text;
    std::string language;  // "nl", "fr", "en", or "" to detect it from the text
    std::string session_id;
    bool words = true;  // false for a drawing or photo without text: left to the facilitator
};

struct ThemeVocabulary {
    std::string id;
    std::string name, needs, core_values, future_images;
};

struct SenseInput {
    std::vector<SenseCapture> captures;
    std::vector<ThemeVocabulary> themes;
    std::map<std::string, std::string> filed;               // capture id -> theme id
    std::set<std::pair<std::string, std::string>> rejected;  // (capture id, theme id): never proposed again
    std::set<std::string> kept_out_of_piles;                 // captures the facilitator took out of a pile
};

// The live captures and themes of the state as the engine's input. A capture's words
// are its text (a note's text, a photo's caption, a kiosk poem); a child's work counts
// only with the consent to be shown.
SenseInput sense_input(const WorkshopState& state);

// sense_input in two halves, for a copy taken in a frame and finished on a thread of its
// own (the wall's piles): copied_sense_input reads the state and only copies, leaving the
// captures in the state's own (hashed) order and their words not yet looked at;
// finish_sense_input does the rest from the copy alone. sense_input is the one, then the
// other.
SenseInput copied_sense_input(const WorkshopState& state);
void finish_sense_input(SenseInput& input);

}  // namespace oogst
