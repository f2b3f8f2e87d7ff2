#include "tools/cli/workshop_lookup.hpp"

#include "core/errors.hpp"

namespace oogst::cli {

Store open_workshop(const std::filesystem::path& folder) {
    auto store = Store::open(folder);
    if (!store.state().has_workshop())
        throw UserError("this store has no workshop yet; make one with 'oogst-cli workshop new'");
    return store;
}

std::string find_key(const WorkshopState& state, const std::string& given) {
    if (state.theme(given)) return state.theme_root(given);
    std::vector<std::string> found;
    for (const ThemeRecord* theme : state.themes()) {
        const std::string& id = theme->details.value().id;
        if (given.size() >= 8 && id.compare(0, given.size(), given) == 0) found.push_back(id);
    }
    if (found.empty())
        for (const ThemeRecord* theme : state.themes())
            if (theme->details.value().name == given) found.push_back(theme->details.value().id);
    if (found.size() == 1) return found.front();
    if (found.size() > 1)
        throw UserError(std::to_string(found.size()) + " keys are called \"" + given +
                        "\": name one by its id ('oogst-cli key list' shows them)");
    throw UserError("there is no key \"" + given + "\" in this workshop ('oogst-cli key list' lists them)");
}

std::vector<std::string> find_captures(const WorkshopState& state, const std::vector<std::string>& given) {
    std::vector<std::string> ids;
    for (const std::string& text : given) {
        if (state.capture(text)) {
            ids.push_back(text);
            continue;
        }
        std::vector<std::string> found;
        if (text.size() >= 8)
            for (const auto& [id, capture] : state.capture_records())
                if (capture.live() && id.compare(0, text.size(), text) == 0) found.push_back(id);
        if (found.size() != 1)
            throw UserError(found.empty() ? "there is no capture \"" + text + "\" in this workshop ('oogst-cli dump' lists them)"
                                          : "\"" + text + "\" is the start of " + std::to_string(found.size()) +
                                                " captures' ids: give more of it");
        ids.push_back(found.front());
    }
    return ids;
}

std::string find_among(const std::vector<std::string>& ids, const std::string& given, const std::string& what,
                       const std::string& list_command) {
    std::vector<std::string> found;
    for (const std::string& id : ids)
        if (id == given) return id;
        else if (given.size() >= 8 && id.compare(0, given.size(), given) == 0)
            found.push_back(id);
    if (found.size() == 1) return found.front();
    if (found.size() > 1)
        throw UserError("\"" + given + "\" is the start of " + std::to_string(found.size()) + " " + what +
                        "s' ids: give more of it");
    throw UserError("there is no " + what + " \"" + given + "\" in this workshop ('" + list_command + "' lists them)");
}

}  // namespace oogst::cli
