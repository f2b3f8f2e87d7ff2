#pragma once
// A generated harvest for the benchmarks: a facilitator's workshop and the sealed bundles
// of its devices, each with the work of a busy table. Made once per size and kept for
// every run of the program (tests/bench/bundle_bench.cpp, catch_up_bench.cpp).
#include <map>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/harvest_stores.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

// 2,000 operations as a busy table makes them: notes (a few drawings), edits, moves,
// votes, consent.
inline void table_work(Store& device, const std::vector<std::string>& sessions, int count, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::vector<std::string> notes;
    device.batch([&] {
        for (int i = 0; i < count; ++i) {
            const auto roll = random() % 100;
            if (roll < 35 || notes.empty()) {
                CaptureAdded note;
                note.id = id_from(seed, static_cast<std::uint64_t>(i));
                note.session_id = sessions[random() % sessions.size()];
                note.text = "Een stad waar kinderen veilig naar school fietsen, idee " + std::to_string(i);
                note.prompt = note.board = "ideeen";
                note.x = static_cast<float>(random() % 800), note.y = static_cast<float>(random() % 600);
                note.colour = 0xff8ae8ff;
                note.author_label = "Tafel " + std::to_string(seed % 50 + 1);
                if (roll < 3) {
                    note.capture_kind = CaptureKind::drawing;
                    note.strokes = {Stroke{0xff202020u, 3.0f, {{0.1f, 0.2f}, {0.3f, 0.4f}, {0.6f, 0.5f}, {0.8f, 0.9f}}}};
                }
                notes.push_back(note.id);
                device.record(note);
            } else if (roll < 50) {
                device.record(CaptureTextEdited{notes[random() % notes.size()], "Herschreven idee " + std::to_string(i)});
            } else if (roll < 70) {
                device.record(CaptureMoved{notes[random() % notes.size()], "waarden", 10.0f * (i % 50), 12.0f});
            } else if (roll < 97) {
                device.record(VoteCast{notes[random() % notes.size()], "stem-" + std::to_string(random() % 8),
                                       static_cast<std::uint8_t>(1 + random() % 5)});
            } else {
                device.record(CaptureConsentSet{notes[random() % notes.size()], 1});
            }
        }
    });
}

// A workshop with its devices' bundles, made once per size and kept for every run.
struct Harvest {
    TemporaryFolder root;
    std::filesystem::path facilitator;
    WorkshopKeys keys;
    std::vector<std::string> bundles;
    std::int64_t operations = 0;

    Harvest(int devices, int operations_each) {
        facilitator = root / "facilitator";
        JoinFile join;
        {
            auto store = make_facilitator(facilitator, 2030, 8);
            join = make_join_file(store, "", {});
            keys = *store.workshop_keys();
        }
        const auto sessions = joined_session_ids(join);
        for (int d = 0; d < devices; ++d) {
            auto device = make_device(root / ("device-" + std::to_string(d)), join);
            table_work(device, sessions, operations_each, static_cast<std::uint64_t>(d + 1));
            bundles.push_back(export_bundle(device, {0, {}, true}));
            operations += operations_each;
        }
    }

    // A fresh facilitator store, as it was before any bundle came in.
    std::unique_ptr<TemporaryFolder> fresh_copy() const {
        auto copy = std::make_unique<TemporaryFolder>();
        copy_store(facilitator, copy->path());
        return copy;
    }
};

inline const Harvest& harvest(int devices, int operations_each) {
    static std::map<std::pair<int, int>, std::unique_ptr<Harvest>> made;
    auto& slot = made[{devices, operations_each}];
    if (!slot) slot = std::make_unique<Harvest>(devices, operations_each);
    return *slot;
}

}  // namespace oogst::testing
