// Eight tablets pushing at the same moment: every operation lands exactly once, and the
// facilitator ends with what importing the same devices' bundles from files gives.
#include <gtest/gtest.h>

#include <thread>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "platform/files/durable_file.hpp"
#include "platform/net/hub_client.hpp"
#include "tests/platform/net/hub_fixture.hpp"

namespace oogst {
namespace {

using testing::add_notes;
using testing::add_table;
using testing::Facilitator;
using testing::joined_device;
using testing::TemporaryFolder;

constexpr int device_count = 8;

std::vector<platform::PushResult> push_all_at_once(std::vector<Store>& devices, const std::string& url) {
    std::vector<platform::PushResult> results(devices.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < devices.size(); ++i)
        threads.emplace_back([&, i] { results[i] = platform::push_to_hub(devices[i], url); });
    for (auto& thread : threads) thread.join();
    return results;
}

TEST(HubConcurrency, EightDevicesPushingAtOnceAllLandExactlyOnce) {
    Facilitator facilitator;
    TemporaryFolder folder;
    const auto join = facilitator.join_file();
    const auto base = facilitator.operation_count();
    std::vector<Store> devices;
    std::vector<std::string> sessions;
    for (int i = 0; i < device_count; ++i) {
        devices.push_back(joined_device(folder / ("tablet" + std::to_string(i)), join));
        sessions.push_back(add_table(devices.back(), "Tafel " + std::to_string(i + 1)));
        add_notes(devices.back(), sessions.back(), 30);
    }

    // Twice: the first round sends everything, the second (after more notes) only what is new.
    for (int round = 0; round < 2; ++round) {
        if (round == 1)
            for (int i = 0; i < device_count; ++i) add_notes(devices[i], sessions[i], 7, 100);
        const auto results = push_all_at_once(devices, facilitator.url());
        std::uint64_t total = base;
        for (int i = 0; i < device_count; ++i) {
            ASSERT_TRUE(results[i].ok()) << "device " << i << ": " << results[i].error;
            EXPECT_EQ(results[i].operations_sent, round == 0 ? 31u : 7u);
            const auto own = devices[i].own_operation_count();
            EXPECT_EQ(results[i].receipt->held_through, own);
            EXPECT_EQ(devices[i].acknowledged_through(), own);
            total += own;
        }
        EXPECT_EQ(facilitator.operation_count(), total) << "round " << round;
    }
    EXPECT_EQ(facilitator.hub().push_count(), 2u * device_count);
    for (const auto& push : facilitator.hub().recent_pushes())
        EXPECT_EQ(push.outcome.result, BundleOutcome::Result::merged) << push.outcome.reason;

    // The same devices' bundles by file, into the facilitator's store as it was before.
    std::filesystem::create_directories(folder / "stick");
    for (int i = 0; i < device_count; ++i)
        platform::write_file_durably(folder / "stick" / ("tablet" + std::to_string(i) + ".oogst"),
                           export_bundle(devices[i], ExportChoice{}));
    auto reference = Store::open(facilitator.reference_folder());
    const auto report = import_paths(reference, {folder / "stick"});
    EXPECT_EQ(report.rejected(), 0u);
    EXPECT_EQ(reference.operation_count(), facilitator.operation_count());
    EXPECT_EQ(canonical_json(reference.state()), facilitator.dump());
}

}  // namespace
}  // namespace oogst
