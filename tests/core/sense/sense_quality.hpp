#pragma once
// The labelled test set (tests/data/sense/dreams-nl.tsv) and the figures issue 13 asks
// for: filing precision and coverage, pile pair precision and recall, groups' ARI and
// NMI. Shared by the quality test (which holds the figures as floors) and
// sense_quality_report (which prints them for docs/sense-making.md).
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/sense/suggestions.hpp"

namespace oogst::testing {

struct LabelledNote {
    std::string id, key, pile, text;
};

struct TestSet {
    std::vector<LabelledNote> notes;
    std::map<std::string, std::string> descriptions;  // key -> its description (≤ 10 words)
};

inline std::vector<std::vector<std::string>> tsv_rows(const std::string& path) {
    std::ifstream file(path);
    if (!file) throw std::runtime_error("cannot read " + path);
    std::vector<std::vector<std::string>> rows;
    bool header = true;
    for (std::string line; std::getline(file, line);) {
        if (line.empty() || line.front() == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string> cells;
        std::stringstream cut(line);
        for (std::string cell; std::getline(cut, cell, '\t');) cells.push_back(cell);
        rows.push_back(cells);
    }
    return rows;
}

// The notes of one file (dreams-nl.tsv, or the second set) with the keys' descriptions
// of keys-nl.tsv in the same folder.
inline TestSet load_test_set(const std::string& folder, const std::string& notes_file = "dreams-nl.tsv") {
    TestSet set;
    for (const auto& row : tsv_rows(folder + "/" + notes_file)) set.notes.push_back({row.at(0), row.at(1), row.at(2), row.at(3)});
    for (const auto& row : tsv_rows(folder + "/keys-nl.tsv")) set.descriptions[row.at(0)] = row.at(1);
    return set;
}

// The development half (tuning happens there) and the test half (figures reported):
// notes with odd and even numbers. A set never tuned on is judged whole.
enum class Half { test, development, whole };
inline bool in_dev_half(const LabelledNote& note) { return (std::stoi(note.id.substr(1)) % 2) == 1; }
inline bool in_half(const LabelledNote& note, Half half) {
    return half == Half::whole || in_dev_half(note) == (half == Half::development);
}
inline const char* half_name(Half half) {
    return half == Half::whole ? "all" : half == Half::development ? "dev" : "test";
}
// The notes the facilitator filed first in "after 10% filed": every tenth note.
inline bool filed_first(const LabelledNote& note) { return std::stoi(note.id.substr(1)) % 10 == 0; }

// The test set as the engine's input; themes take their description as name, the
// other fields empty. With filed_share, every tenth note is filed under its key.
inline SenseInput test_input(const TestSet& set, bool with_themes, bool ten_percent_filed) {
    SenseInput input;
    for (const LabelledNote& note : set.notes) input.captures.push_back({note.id, note.text, "", "s1", true});
    if (with_themes)
        for (const auto& [key, description] : set.descriptions) input.themes.push_back({key, description, "", "", ""});
    if (ten_percent_filed)
        for (const LabelledNote& note : set.notes)
            if (filed_first(note)) input.filed[note.id] = note.key;
    return input;
}

struct FilingFigures {
    double precision = 0, coverage = 0;
    int judged = 0, suggested = 0, right = 0;
};

// Over the notes of one half that are not filed: suggested at or above threshold, and right.
inline FilingFigures filing_figures(const TestSet& set, const Suggestions& suggestions, const SenseInput& input,
                                    double threshold, Half half) {
    std::map<std::string, const FilingSuggestion*> by_capture;
    for (const auto& s : suggestions.filing) by_capture[s.capture] = &s;
    FilingFigures f;
    for (const LabelledNote& note : set.notes) {
        if (!in_half(note, half) || input.filed.count(note.id)) continue;
        ++f.judged;
        const auto found = by_capture.find(note.id);
        if (found == by_capture.end() || rounded_confidence(found->second->confidence) < threshold) continue;
        ++f.suggested;
        if (found->second->theme == note.key) ++f.right;
    }
    f.precision = f.suggested ? double(f.right) / f.suggested : 0;
    f.coverage = f.judged ? double(f.suggested) / f.judged : 0;
    return f;
}

struct PairFigures {
    double precision = 0, recall = 0;
    int predicted = 0, true_pairs = 0, right = 0;
};

// Near-duplicate pairs among the notes of one half.
inline PairFigures pile_figures(const TestSet& set, const Suggestions& suggestions, Half half = Half::whole) {
    std::map<std::string, const LabelledNote*> note;
    for (const auto& n : set.notes)
        if (in_half(n, half)) note[n.id] = &n;
    std::map<std::string, int> pile_of;
    for (std::size_t p = 0; p < suggestions.piles.size(); ++p)
        for (const auto& id : suggestions.piles[p].captures) pile_of[id] = static_cast<int>(p);
    PairFigures f;
    for (auto a = note.begin(); a != note.end(); ++a)
        for (auto b = std::next(a); b != note.end(); ++b) {
            const bool truth = a->second->pile != "-" && a->second->pile == b->second->pile;
            const bool said = pile_of.count(a->first) && pile_of.count(b->first) && pile_of[a->first] == pile_of[b->first];
            f.true_pairs += truth, f.predicted += said, f.right += truth && said;
        }
    f.precision = f.predicted ? double(f.right) / f.predicted : 0;
    f.recall = f.true_pairs ? double(f.right) / f.true_pairs : 0;
    return f;
}

// Adjusted Rand index and normalised mutual information (arithmetic mean) of the groups
// against the keys, over the notes in a group.
struct ClusterFigures {
    double ari = 0, nmi = 0;
    int groups = 0, notes = 0;
};

// With rest_as_group, the notes in no group count as one more group (the figures of the
// whole set, not only of the notes grouped).
inline ClusterFigures group_figures(const TestSet& set, const Suggestions& suggestions, bool rest_as_group = false) {
    std::map<std::string, std::string> key_of;
    for (const auto& n : set.notes) key_of[n.id] = n.key;
    std::map<std::pair<int, std::string>, double> table;
    std::map<int, double> row;
    std::map<std::string, double> column;
    double n = 0;
    for (std::size_t g = 0; g < suggestions.groups.size(); ++g)
        for (const auto& id : suggestions.groups[g].captures) {
            const std::string& key = key_of.at(id);
            table[{static_cast<int>(g), key}] += 1, row[static_cast<int>(g)] += 1, column[key] += 1, n += 1;
        }
    if (rest_as_group) {
        std::set<std::string> grouped;
        for (const auto& group : suggestions.groups) grouped.insert(group.captures.begin(), group.captures.end());
        for (const auto& note : set.notes)
            if (!grouped.count(note.id)) table[{-1, note.key}] += 1, row[-1] += 1, column[note.key] += 1, n += 1;
    }
    ClusterFigures f;
    f.groups = static_cast<int>(suggestions.groups.size());
    f.notes = static_cast<int>(n);
    if (n < 2) return f;
    const auto pairs = [](double x) { return x * (x - 1) / 2; };
    double index = 0, a = 0, b = 0;
    for (const auto& [cell, count] : table) index += pairs(count);
    for (const auto& [g, count] : row) a += pairs(count);
    for (const auto& [k, count] : column) b += pairs(count);
    const double expected = a * b / pairs(n);
    const double most = (a + b) / 2;
    f.ari = most == expected ? 0 : (index - expected) / (most - expected);
    double mutual = 0, h_rows = 0, h_columns = 0;
    for (const auto& [cell, count] : table)
        mutual += count / n * std::log(count * n / (row[cell.first] * column[cell.second]));
    for (const auto& [g, count] : row) h_rows -= count / n * std::log(count / n);
    for (const auto& [k, count] : column) h_columns -= count / n * std::log(count / n);
    f.nmi = h_rows + h_columns > 0 ? 2 * mutual / (h_rows + h_columns) : 0;
    return f;
}

}  // namespace oogst::testing
