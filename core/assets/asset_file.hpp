#pragma once
// Reading the YAML files under assets/ (templates, translations) that facilitators may
// edit by hand. Every problem is reported as one sentence naming the file, the line and
// the field, so a typo can be found and fixed without a developer.
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "core/assets/language.hpp"
#include "core/errors.hpp"

namespace oogst {

// A problem in an asset file: "droomsessie.yaml, line 12: …".
class AssetError : public UserError {
public:
    using UserError::UserError;
};

class AssetFile {
public:
    // Parses the file; throws AssetError when it cannot be read or is not valid YAML.
    explicit AssetFile(std::filesystem::path path);
    // Parses text that came from elsewhere (a join file); name stands for the file in messages.
    AssetFile(std::filesystem::path name, const std::string& text);

    const YAML::Node& root() const { return root_; }
    const std::filesystem::path& path() const { return path_; }

    // Throws an AssetError about node (its line) with the given sentence.
    [[noreturn]] void fail(const YAML::Node& node, const std::string& sentence) const;

    // The node must be a map; any key outside known is refused, naming the known ones,
    // and so is a key given twice (YAML readers would silently keep only one of them).
    void require_map(const YAML::Node& node, std::string_view what,
                     std::initializer_list<std::string_view> known) const;
    // map[field], which must be present.
    YAML::Node required(const YAML::Node& map, std::string_view field) const;

    // A plain one-line value: "droomsessie", "stars", "15".
    std::string scalar(const YAML::Node& node, std::string_view field) const;
    // A whole number between low and high.
    int whole_number(const YAML::Node& node, std::string_view field, int low, int high) const;
    // yes or no (true or false), as a facilitator would write it.
    bool yes_no(const YAML::Node& node, std::string_view field) const;
    // A short id: lower-case letters, digits and dashes ("stad-2030").
    std::string identifier(const YAML::Node& node, std::string_view field) const;
    // A text in every language: a map with exactly the keys nl, fr and en, none empty.
    LocalizedText localized(const YAML::Node& node, std::string_view field) const;
    // A sequence; an empty one is refused when it must hold something.
    void require_sequence(const YAML::Node& node, std::string_view field, bool may_be_empty = false) const;

private:
    void parse(const std::string& text);

    std::filesystem::path path_;
    YAML::Node root_;
};

// A name or value as an asset problem quotes it: “tekst”.
std::string in_quotes(std::string_view text);

// The .yaml files directly in folder, sorted by name so loading is reproducible.
std::vector<std::filesystem::path> asset_files_in(const std::filesystem::path& folder);

}  // namespace oogst
