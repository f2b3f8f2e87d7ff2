#include "core/harvest/workshop_templates.hpp"

#include <fstream>
#include <iterator>
#include <set>

#include "core/assets/assets.hpp"
#include "core/assets/method_template.hpp"

namespace oogst {

std::map<std::string, std::string> templates_in_use(const WorkshopState& state,
                                                     const std::filesystem::path& templates_folder) {
    std::set<std::string> methods;
    if (state.has_workshop()) methods.insert(state.workshop().method);
    for (const auto* session : state.sessions()) methods.insert(session->method);
    const auto library = TemplateLibrary::load(templates_folder);
    std::map<std::string, std::string> templates;
    for (const auto& method : methods) {
        const auto* found = library.find(method);
        if (!found) continue;
        std::ifstream in(found->source, std::ios::binary);
        std::string yaml(std::istreambuf_iterator<char>(in), {});
        if (in.good() || in.eof()) templates.emplace(method, std::move(yaml));
    }
    return templates;
}

std::map<std::string, std::string> templates_in_use(const WorkshopState& state) {
    return templates_in_use(state, assets_folder() / "templates");
}

}  // namespace oogst
