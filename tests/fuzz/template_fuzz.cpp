// libFuzzer target for method templates (core/assets/method_template.hpp, YAML through
// yaml-cpp): whatever a facilitator's edited .yaml file or a join file's template holds,
// reading it must end in a template or an AssetError naming the file, line and field,
// never in a crash, a leak, undefined behaviour, a huge allocation or an exception of
// another type. Each input is read
//  1. as a template a join file brought (TemplateLibrary::add_missing), and
//  2. when it is a template, as a file in a templates folder (TemplateLibrary::load),
//     then handed on by templates_in_use (core/harvest/workshop_templates.hpp) as a join
//     file would carry it. (A broken template meets the same reading from a file: it
//     skips the file, which keeps the target fast enough for 10^7 runs.)
// yaml-cpp itself is Debian's build, not instrumented: libFuzzer's coverage guidance
// sees only Oogst's side, but the sanitizers still catch what the parser does to memory.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/assets/method_template.hpp"
#include "core/harvest/workshop_templates.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/model/workshop_state.hpp"

namespace {

using namespace oogst;

const std::filesystem::path& folder() {
    static const std::filesystem::path made = [] {
        const std::filesystem::path shm = "/dev/shm";
        auto path = (std::filesystem::exists(shm) ? shm : std::filesystem::temp_directory_path()) /
                    ("oogst-fuzz-template-" + std::to_string(getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    return made;
}

// A workshop whose method is the fuzzed template, so templates_in_use reads its file.
const WorkshopState& workshop() {
    static const WorkshopState made = [] {
        WorkshopState state;
        state.apply(Operation{{id_from(0xf022, 1), 1}, {1772474400000, 0}, WorkshopSet::kind,
                              wire::encode(WorkshopSet{id_from(0xf022, 2), "Fuzz", "droomsessie", "Roeselare"})});
        return state;
    }();
    return made;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string yaml(reinterpret_cast<const char*>(data), size);
    TemplateLibrary brought;
    brought.add_missing({{"droomsessie", yaml}});
    if (brought.templates().size() + brought.problems().size() != 1) std::abort();  // one or the other
    if (brought.templates().empty()) return 0;

    {
        std::ofstream out(folder() / "droomsessie.yaml", std::ios::binary | std::ios::trunc);
        out.write(yaml.data(), static_cast<std::streamsize>(yaml.size()));
    }
    const TemplateLibrary loaded = TemplateLibrary::load(folder());
    for (const MethodTemplate& method : loaded.templates()) {
        (void)method.voting.scores("ideeen");
        for (const auto& board : method.boards) (void)method.board(board.id);
    }
    const auto carried = templates_in_use(workshop(), folder());
    (void)carried;
    return 0;
}
