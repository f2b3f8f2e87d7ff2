// The merge promise, proved on real stores: a random workshop is spread over 2-8
// devices that joined the facilitator's workshop with its join file. The devices
// exchange nothing: each makes conflicting changes to the same captures (added,
// edited, moved, voted on, deleted and restored on several devices at once), and hands
// in bundles: full ones, incremental ones after a genuine receipt, some twice. The
// bundles are imported in many orders, with repeats, through bundle bytes and through a
// folder (a USB stick), into separate replicas of the facilitator's store. Every
// replica must print the same canonical JSON, byte for byte, equal to the fold of the
// union of all operations, hold the same operations and blobs, and print the same
// `oogst-cli dump --format json`.
//
// OOGST_PROPERTY_SCENARIOS=N runs N scenarios instead of the default 12.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <random>
#include <set>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/receipt.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/model/operation_check.hpp"
#include "core/store/store.hpp"
#include "tests/support/harvest_stores.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

// One device's bundle: its bytes and the operations the device held for it when it was
// made (from the device's own store, not from the bundle reader under test).
struct Handed {
    std::string bytes;
    std::string device;
    std::vector<Operation> operations;
    std::string label;
};

// What every device may know without talking to the others: the sessions from the join
// file and a pool of capture, key and voter ids derived from a shared seed. So the
// devices collide on purpose.
struct SharedPool {
    std::vector<std::string> sessions, captures, keys, voters;
    std::vector<std::string> roadmap_items;  // initiatives, actions, cases, actors and links share ids on purpose
    std::vector<std::string> device_ids;  // for restorations that name another device's deletion
    const std::vector<std::string> boards{"stad-2030", "waarden", "ideeen"};
};

class Activity {
public:
    Activity(Store& device, const SharedPool& pool, std::uint64_t seed, int index)
        : device_(device), pool_(pool), random_(seed * 7919 + static_cast<std::uint64_t>(index)), index_(index) {}

    // Records count random changes in one transaction (a table's burst of activity; one
    // fsync instead of count keeps the test fast, and a batch is as real as a record).
    void burst(int count) {
        device_.batch([&] {
            for (int i = 0; i < count; ++i) one();
        });
    }

private:
    template <class T>
    const T& pick(const std::vector<T>& from) {
        return from[random_() % from.size()];
    }
    float coordinate() { return static_cast<float>(random_() % 1000) / 10.0f; }
    std::string word() { return "d" + std::to_string(index_) + "-" + std::to_string(++made_); }

    void one() {
        const auto roll = random_() % 112;
        const auto& capture = pick(pool_.captures);
        if (roll < 18) {
            CaptureAdded added;
            added.id = roll < 3 ? id_from(random_(), random_()) : capture;  // mostly shared ids
            added.session_id = pick(pool_.sessions);
            added.text = "idee " + word();
            added.prompt = added.board = pick(pool_.boards);
            added.x = coordinate(), added.y = coordinate();
            added.colour = 0xff000000u | static_cast<std::uint32_t>(random_() & 0xffffff);
            added.author_label = "Tafel " + std::to_string(index_ + 1);
            if (roll < 6) {
                // Two devices sometimes photograph the same maquette: the same bytes, one blob.
                added.capture_kind = CaptureKind::photo;
                added.photo_blob = device_.put_blob("foto van maquette " + std::to_string(random_() % 3), "image/jpeg");
            } else if (roll < 9) {
                added.capture_kind = CaptureKind::drawing;
                added.strokes.push_back(Stroke{0xff202020u, 3.0f, {{0.1f, 0.2f}, {0.3f, 0.4f}, {0.5f, 0.45f}}});
            }
            added.consent = static_cast<std::uint32_t>(random_() % 8);
            device_.record(added);
        } else if (roll < 32) {
            device_.record(CaptureTextEdited{capture, "herschreven " + word()});
        } else if (roll < 45) {
            device_.record(CaptureMoved{capture, pick(pool_.boards), coordinate(), coordinate()});
        } else if (roll < 62) {
            device_.record(VoteCast{capture, pick(pool_.voters), static_cast<std::uint8_t>(random_() % 6)});
        } else if (roll < 67) {
            device_.record(CaptureConsentSet{capture, static_cast<std::uint32_t>(random_() % 8)});
        } else if (roll < 77) {
            deletions_.push_back(device_.record(CaptureDeleted{capture}));
        } else if (roll < 85) {
            // The table's undo of its own deletion, or one naming another device's
            // operation that may or may not be a deletion of this capture.
            if (!deletions_.empty() && random_() % 3) {
                const auto& deletion = pick(deletions_);
                device_.record(CaptureRestored{capture, deletion.device, deletion.sequence});
            } else {
                device_.record(CaptureRestored{capture, pick(pool_.device_ids), 1 + random_() % 30});
            }
        } else if (roll < 87) {
            device_.record(SessionTableSet{pick(pool_.sessions), "Tafel " + word(), static_cast<std::uint16_t>(random_() % 10)});
        } else if (roll < 89) {
            // Sessions merged on several devices at once: chains, circles, undone merges.
            device_.record(SessionMerged{pick(pool_.sessions), random_() % 5 ? pick(pool_.sessions) : std::string()});
        } else if (roll < 93) {
            device_.record(ThemeSet{pick(pool_.keys), "Sleutel " + word(), "noden", "waarden", "beelden"});
        } else if (roll < 98) {
            device_.record(ThemeMembershipSet{pick(pool_.keys), capture, random_() % 3 != 0});
        } else if (roll < 100) {
            device_.record(ThemeDeleted{pick(pool_.keys)});
        } else {
            roadmap_change(roll - 100, capture);
        }
    }

    // The roadmap (issue 16): initiatives, actions, cases, actors and links colliding on
    // ids from one pool, their evidence, canvases and statements, deleted and restored.
    void roadmap_change(std::uint64_t roll, const std::string& capture) {
        const std::string& item = pick(pool_.roadmap_items);
        const std::string& other = pick(pool_.roadmap_items);
        switch (roll) {
            case 0:
                device_.record(InitiativeSet{item, pick(pool_.keys), "Initiatief " + word(), "", "Dienst", false,
                                             {"Partner " + word()}, 2030, InitiativeStatus::planned, capture});
                break;
            case 1: device_.record(ActionSet{item, other, "Actie " + word(), "Dienst", "2027-03-01", "", ActionStatus::open}); break;
            case 2: device_.record(InnovationCaseSet{item, "Case " + word(), "impact", "doelgroep", "stap", "trekker", ""}); break;
            case 3: device_.record(CaseShortlisted{item, random_() % 2 == 0}); break;
            case 4: device_.record(ActorSet{item, "Actor " + word(), ActorCategory::experts, ""}); break;
            case 5: device_.record(ActorPlaced{item, coordinate() / 100, coordinate() / 100}); break;
            case 6: device_.record(ActorLinkSet{item, other, pick(pool_.roadmap_items), LinkKind::verbinden, {word()}}); break;
            case 7: device_.record(CanvasBlockSet{item, CanvasBlock::roles, "rol " + word()}); break;
            case 8: device_.record(RoadmapEvidenceSet{item, capture, random_() % 3 != 0}); break;
            case 9: roadmap_deletions_.push_back(device_.record(RoadmapItemDeleted{item})); break;
            case 10:
                if (!roadmap_deletions_.empty()) {
                    const auto& deletion = pick(roadmap_deletions_);
                    device_.record(RoadmapItemRestored{item, deletion.device, deletion.sequence});
                }
                break;
            default: device_.record(StatementSet{StatementPart::values, "waarden " + word()}); break;
        }
    }

    Store& device_;
    const SharedPool& pool_;
    std::mt19937_64 random_;
    int index_;
    int made_ = 0;
    std::vector<OperationId> deletions_, roadmap_deletions_;
};

WorkshopState fold(const std::map<OperationId, Operation>& operations) {
    WorkshopState state;
    for (const auto& [id, op] : operations) state.apply(op);
    return state;
}

class HarvestProperty : public ::testing::TestWithParam<int> {};

TEST_P(HarvestProperty, AnyOrderAnyRepeatsGiveTheSameFacilitatorStore) {
    const auto seed = static_cast<std::uint64_t>(GetParam());
    const int device_count = 2 + static_cast<int>(seed % 7);  // 2..8
    std::mt19937_64 random(seed);
    TemporaryFolder root;

    auto facilitator = testing::make_facilitator(root / "facilitator", seed, 1 + static_cast<int>(seed % 4));
    const JoinFile join = make_join_file(facilitator, "", {});
    const WorkshopKeys keys = *facilitator.workshop_keys();
    ASSERT_TRUE(keys.is_facilitator());

    SharedPool pool;
    pool.sessions = testing::joined_session_ids(join);
    ASSERT_FALSE(pool.sessions.empty()) << "the join file carries the planned sessions";
    for (int k = 0; k < 4 + static_cast<int>(seed % 9); ++k) pool.captures.push_back(id_from(seed, 1000 + k));
    for (int k = 0; k < 2; ++k) pool.keys.push_back(id_from(seed, 2000 + k));
    for (int k = 0; k < 4; ++k) pool.voters.push_back("stem-" + std::to_string(k));
    for (int k = 0; k < 6; ++k) pool.roadmap_items.push_back(id_from(seed, 3000 + k));

    std::vector<std::unique_ptr<Store>> devices;
    for (int d = 0; d < device_count; ++d) {
        devices.push_back(std::make_unique<Store>(testing::make_device(root / ("device-" + std::to_string(d)), join)));
        pool.device_ids.push_back(devices.back()->device().id);
        ASSERT_EQ(devices.back()->workshop_keys()->workshop_id, keys.workshop_id);
        EXPECT_FALSE(devices.back()->workshop_keys()->is_facilitator()) << "the secret key stays with the facilitator";
        // The devices share every id (the pool) and change each other's work, keys and
        // plans: they stand for facilitators' laptops, whose operations are never judged
        // (member_rights.hpp). Members' rights are proven in member_rights_test.cpp.
        facilitator.set_device_role(devices.back()->device().id, DeviceRole::facilitator);
    }
    std::vector<Activity> activities;
    for (int d = 0; d < device_count; ++d) activities.emplace_back(*devices[d], pool, seed, d);

    // Three rounds of interleaved activity; after each, every device hands in a bundle.
    std::vector<Handed> handed;
    std::vector<std::uint64_t> exported_through(device_count, 0);
    for (int round = 0; round < 3; ++round) {
        for (int burst = 0; burst < 3 * device_count; ++burst)
            activities[random() % device_count].burst(1 + static_cast<int>(random() % 8));
        for (int d = 0; d < device_count; ++d) {
            Store& device = *devices[d];
            ExportChoice choice;
            const auto way = random() % 4;
            if (way == 0 || round == 0) {
                choice.after_sequence = 0;  // everything, again
            } else if (way == 1) {
                // A genuine receipt for what was handed in, then "only what is new".
                Receipt receipt{keys.workshop_id, device.device().id, exported_through[d], 0, 0, wall_clock_ms(), ""};
                receipt.signature = facilitator.sign(receipt.signed_part());
                ASSERT_TRUE(receipt_is_genuine(receipt, *device.workshop_keys()));
                device.save_receipt(receipt, "");
                choice = only_unacknowledged(device);
                ASSERT_EQ(choice.after_sequence, exported_through[d]);
                EXPECT_EQ(device.acknowledged_through(), exported_through[d]);
            } else {
                choice.after_sequence = exported_through[d];
            }
            choice.sealed = random() % 3 != 0;
            const auto operations = device.own_operations_after(choice.after_sequence);
            const int copies = random() % 4 == 0 ? 2 : 1;  // some exported twice
            for (int copy = 0; copy < copies; ++copy)
                handed.push_back({export_bundle(device, choice), device.device().id, operations,
                                  "device " + std::to_string(d) + " round " + std::to_string(round) + " after " +
                                      std::to_string(choice.after_sequence) + (choice.sealed ? " sealed" : " plain")});
            if (!operations.empty()) exported_through[d] = operations.back().id.sequence;
        }
    }
    for (int d = 0; d < device_count; ++d)
        ASSERT_EQ(exported_through[d], devices[d]->own_operation_count()) << "every operation was handed in";

    // The union of every operation anywhere: what the facilitator must end up with.
    std::map<OperationId, Operation> all;
    for (const auto& op : facilitator.operations()) all[op.id] = op;
    for (const auto& device : devices)
        for (const auto& op : device->operations()) all.emplace(op.id, op);
    const std::string expected = canonical_json(fold(all));
    {
        // The scenario really is one of conflicts: captures changed on several devices,
        // and deletions, restorations and votes among the changes.
        std::map<std::string, std::set<std::string>> devices_of_capture;
        std::set<OperationKind> kinds;
        for (const auto& [id, op] : all) {
            kinds.insert(op.kind);
            const auto facts = check_operation(op);
            if (!facts.capture_id.empty()) devices_of_capture[facts.capture_id].insert(id.device);
        }
        const auto shared = std::count_if(devices_of_capture.begin(), devices_of_capture.end(),
                                          [](const auto& entry) { return entry.second.size() > 1; });
        EXPECT_GE(shared, 2) << "captures changed on more than one device";
        for (const auto kind : {OperationKind::capture_added, OperationKind::capture_text_edited,
                                OperationKind::capture_moved, OperationKind::capture_deleted,
                                OperationKind::capture_restored, OperationKind::vote_cast})
            EXPECT_TRUE(kinds.count(kind)) << "no operation of kind " << kind_name(kind);
    }
    {
        // The fold itself, over these operations in shuffled orders and with repeats.
        std::vector<const Operation*> shuffled;
        for (const auto& [id, op] : all) shuffled.push_back(&op);
        for (int attempt = 0; attempt < 3; ++attempt) {
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            WorkshopState state;
            for (const auto* op : shuffled) state.apply(*op);
            for (std::size_t i = 0; i < shuffled.size(); i += 3) state.apply(*shuffled[i]);
            ASSERT_EQ(canonical_json(state), expected) << "the fold depends on the order";
        }
    }

    // Replicas of the facilitator store, made while nothing writes to it.
    std::vector<std::filesystem::path> replicas;
    for (int r = 0; r < 6; ++r) {
        replicas.push_back(root / ("replica-" + std::to_string(r)));
        testing::copy_store(facilitator.folder(), replicas.back());
    }

    // Each replica's state as the import left it in memory (what the facilitator's screen
    // shows, folded in arrival order), besides the state rebuilt from disk below.
    std::vector<std::string> live(replicas.size());
    auto import_all = [&](const std::filesystem::path& folder, const std::vector<std::size_t>& order) {
        auto store = Store::open(folder);
        // Folded now, so every merge below folds its operations in arrival order.
        ASSERT_TRUE(store.state_is_folded());
        const auto keep_live = [&] { live[&folder - replicas.data()] = canonical_json(store.state()); };
        std::set<std::string> seen_bytes;
        for (const auto index : order) {
            const auto& bundle = handed[index];
            const auto outcome = import_bundle(store, bundle.bytes, bundle.label);
            ASSERT_NE(outcome.result, BundleOutcome::Result::rejected) << bundle.label << ": " << outcome.reason;
            EXPECT_EQ(outcome.device_id, bundle.device) << bundle.label;
            if (outcome.result == BundleOutcome::Result::merged)
                EXPECT_EQ(outcome.new_operations + outcome.known_operations, bundle.operations.size()) << bundle.label;
            if (!seen_bytes.insert(bundle.bytes).second) {
                EXPECT_EQ(outcome.result, BundleOutcome::Result::already_imported) << "repeat of " << bundle.label;
                EXPECT_EQ(outcome.new_operations, 0u) << "repeat of " << bundle.label;
            }
        }
        keep_live();
    };
    std::vector<std::size_t> in_order(handed.size());
    for (std::size_t i = 0; i < handed.size(); ++i) in_order[i] = i;

    // 0: as handed in. 1: newest first. 2: shuffled with repeats. 3: every bundle twice,
    // shuffled. 4: a USB stick (import_paths over a folder, duplicates under other names).
    // 5: half, then closed and reopened, then the rest shuffled with the first half again.
    import_all(replicas[0], in_order);
    import_all(replicas[1], {in_order.rbegin(), in_order.rend()});
    {
        auto order = in_order;
        for (std::size_t i = 0; i < handed.size() / 2 + 1; ++i) order.push_back(random() % handed.size());
        std::shuffle(order.begin(), order.end(), random);
        import_all(replicas[2], order);
    }
    {
        auto order = in_order;
        order.insert(order.end(), in_order.begin(), in_order.end());
        std::shuffle(order.begin(), order.end(), random);
        import_all(replicas[3], order);
    }
    {
        const auto stick = root / "usb-stick";
        std::filesystem::create_directories(stick / "nested");
        for (std::size_t i = 0; i < handed.size(); ++i) {
            const auto name = content_hash(std::to_string(random())).substr(0, 12) + ".oogst";
            testing::put_file((i % 2 ? stick / "nested" : stick) / name, handed[i].bytes);
            if (random() % 3 == 0) testing::put_file(stick / ("kopie-" + name), handed[i].bytes);
        }
        auto store = Store::open(replicas[4]);
        ASSERT_TRUE(store.state_is_folded());
        std::size_t progress_calls = 0;
        const auto report = import_paths(store, {stick}, [&](std::size_t, std::size_t) { ++progress_calls; });
        EXPECT_EQ(report.rejected(), 0u);
        EXPECT_GE(report.bundles.size(), handed.size());
        EXPECT_EQ(progress_calls, report.bundles.size());
        EXPECT_EQ(report.new_operations(), all.size() - facilitator.operation_count());
        live[4] = canonical_json(store.state());
    }
    {
        std::vector<std::size_t> first(in_order.begin(), in_order.begin() + handed.size() / 2);
        std::shuffle(first.begin(), first.end(), random);
        import_all(replicas[5], first);
        auto rest = in_order;
        std::shuffle(rest.begin(), rest.end(), random);
        import_all(replicas[5], rest);
    }
    if (HasFatalFailure()) return;

    for (std::size_t r = 0; r < replicas.size(); ++r) {
        SCOPED_TRACE("replica " + std::to_string(r));
        EXPECT_EQ(live[r], expected) << "the state as imported";
        auto store = Store::open(replicas[r]);  // the state rebuilt from disk
        EXPECT_EQ(canonical_json(store.state()), expected);
        EXPECT_EQ(store.operation_count(), all.size());
        EXPECT_EQ(store.integrity_check(), "ok");
        for (const auto& device : devices) {
            EXPECT_EQ(store.held_through(device->device().id), device->own_operation_count());
            EXPECT_EQ(store.known_device_key(device->device().id), device->device().public_key);
        }
        for (const auto& [id, capture] : store.state().capture_records())
            if (capture.origin && !capture.origin->photo_blob.empty()) {
                const auto bytes = store.blob(capture.origin->photo_blob);
                ASSERT_TRUE(bytes.has_value()) << "photo of capture " << id << " is missing";
                EXPECT_EQ(content_hash(*bytes), capture.origin->photo_blob);
            }
        for (const auto& bundle : handed) EXPECT_TRUE(store.bundle_imported(read_bundle(bundle.bytes, &keys).body_hash));
    }
    // The database rows themselves (operations, blobs) agree, not only the state.
    const auto reference = testing::store_tables(replicas[0]);
    for (std::size_t r = 1; r < replicas.size(); ++r) {
        const auto tables = testing::store_tables(replicas[r]);
        for (const char* table : {"operations", "blobs"}) EXPECT_EQ(tables.at(table), reference.at(table)) << table << " of replica " << r;
    }
#ifdef OOGST_CLI
    // And what a facilitator's script sees.
    const auto first = testing::run_program(OOGST_CLI, {"dump", "--format", "json", "--store", replicas[0].string()});
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("Roeselare 2030"), std::string::npos);
    for (std::size_t r = 1; r < replicas.size(); ++r) {
        const auto other = testing::run_program(OOGST_CLI, {"dump", "--format", "json", "--store", replicas[r].string()});
        ASSERT_EQ(other.exit_code, 0) << other.err;
        EXPECT_EQ(other.out, first.out) << "replica " << r;
    }
#endif
}

// A part of the bundles, in two orders, gives the fold of exactly that part: nothing is
// lost or invented when a stick is missing.
TEST_P(HarvestProperty, APartOfTheBundlesGivesTheFoldOfThatPart) {
    const auto seed = static_cast<std::uint64_t>(GetParam()) + 500;
    std::mt19937_64 random(seed);
    TemporaryFolder root;
    auto facilitator = testing::make_facilitator(root / "facilitator", seed, 2);
    const JoinFile join = make_join_file(facilitator, "", {});
    const WorkshopKeys keys = *facilitator.workshop_keys();
    SharedPool pool;
    pool.sessions = testing::joined_session_ids(join);
    for (int k = 0; k < 5; ++k) pool.captures.push_back(id_from(seed, 1000 + k));
    pool.keys = {id_from(seed, 2000)};
    pool.voters = {"stem-0", "stem-1"};
    pool.roadmap_items = {id_from(seed, 3000), id_from(seed, 3001)};
    std::vector<std::unique_ptr<Store>> devices;
    for (int d = 0; d < 3; ++d) {
        devices.push_back(std::make_unique<Store>(testing::make_device(root / ("device-" + std::to_string(d)), join)));
        pool.device_ids.push_back(devices.back()->device().id);
        facilitator.set_device_role(devices.back()->device().id, DeviceRole::facilitator);  // as above
    }
    std::vector<Handed> handed;
    for (int d = 0; d < 3; ++d) {
        Activity activity(*devices[d], pool, seed, d);
        std::uint64_t through = 0;
        for (int part = 0; part < 3; ++part) {
            activity.burst(5 + static_cast<int>(random() % 10));
            const ExportChoice choice{through, {}, part % 2 == 0};
            auto operations = devices[d]->own_operations_after(through);
            handed.push_back({export_bundle(*devices[d], choice), devices[d]->device().id, operations, ""});
            through = operations.back().id.sequence;
        }
    }
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < handed.size(); ++i)
        if (random() % 2) chosen.push_back(i);
    std::map<OperationId, Operation> part;
    for (const auto& op : facilitator.operations()) part[op.id] = op;
    for (const auto i : chosen)
        for (const auto& op : handed[i].operations) part[op.id] = op;
    const std::string expected = canonical_json(fold(part));

    std::string first_json;
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto folder = root / ("replica-" + std::to_string(attempt));
        testing::copy_store(facilitator.folder(), folder);
        auto store = Store::open(folder);
        std::shuffle(chosen.begin(), chosen.end(), random);
        for (const auto i : chosen) {
            const auto outcome = import_bundle(store, handed[i].bytes, "part");
            ASSERT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
        }
        EXPECT_EQ(canonical_json(store.state()), expected);
        EXPECT_EQ(store.operation_count(), part.size());
    }
}

int scenarios() {
    const char* wanted = std::getenv("OOGST_PROPERTY_SCENARIOS");
    return wanted ? std::max(1, std::atoi(wanted)) : 12;
}

INSTANTIATE_TEST_SUITE_P(Seeds, HarvestProperty, ::testing::Range(1, 1 + scenarios()));

}  // namespace
}  // namespace oogst
