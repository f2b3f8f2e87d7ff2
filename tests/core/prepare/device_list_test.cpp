// The facilitator's device list from real bundles: devices that joined with the join
// file and handed in, the sessions each serves, and the planned sessions still waiting.
#include "core/prepare/device_list.hpp"

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/prepare/session_plan.hpp"
#include "core/table/table_capture.hpp"
#include "tests/core/prepare/prepare_fixture.hpp"

namespace oogst::testing {
namespace {

class DeviceListTest : public PrepareTest {
protected:
    void SetUp() override {
        PrepareTest::SetUp();
        make_workshop();
        for (const char* name : {"Tafel 1: Centrum", "Tafel 2: Beveren", "Tafel 3: Rumbeke"})
            tables.push_back(add_session(*store, {name, "", "", "", 0, 0, {}}, methods));
    }
    // A device joins with the join file, adds count notes to session, and hands them in.
    std::string device_hands_in(TemporaryFolder& folder, const std::string& session, int count) {
        auto device = Store::open_or_create(folder.path());
        join_workshop(device, make_join_file(*store, "", {}));
        for (int i = 0; i < count; ++i) {
            CaptureAdded note = new_table_capture(device.state(), session, CaptureKind::text, "ideeen");
            note.text = "idee " + std::to_string(i);
            device.record(note);
        }
        const auto outcome = import_bundle(*store, export_bundle(device, ExportChoice{}), "stick");
        EXPECT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
        return device.device().id;
    }
    std::vector<std::string> tables;
};

TEST_F(DeviceListTest, BeforeAnyHandInEveryPlannedSessionWaits) {
    const DeviceList list = device_list(*store);
    EXPECT_TRUE(list.devices.empty()) << "a device that only joined is not known here";
    EXPECT_EQ(list.waiting, tables);
}

TEST_F(DeviceListTest, DevicesThatHandedInAreListedWithTheirSessionsAndWhatIsHeld) {
    TemporaryFolder first, second;
    const std::string a = device_hands_in(first, tables[0], 3);
    const std::string b = device_hands_in(second, tables[2], 2);
    const DeviceList list = device_list(*store);
    ASSERT_EQ(list.devices.size(), 2u);
    EXPECT_EQ(list.waiting, std::vector<std::string>{tables[1]}) << "the table still missing";
    for (const DeviceRow& row : list.devices) {
        const bool is_a = row.device.id == a;
        EXPECT_TRUE(is_a || row.device.id == b);
        EXPECT_EQ(row.short_id, row.device.id.substr(0, 8));
        EXPECT_EQ(row.sessions, std::vector<std::string>{is_a ? tables[0] : tables[2]});
        EXPECT_EQ(row.device.operations_held, is_a ? 3u : 2u);
        EXPECT_EQ(row.device.held_through, is_a ? 3u : 2u);
        EXPECT_EQ(row.device.bundles, 1u);
        EXPECT_GT(row.device.last_handed_in_ms, 0);
    }
    EXPECT_LE(list.devices[0].device.last_handed_in_ms, list.devices[1].device.last_handed_in_ms)
        << "the longest ago first";
}

TEST_F(DeviceListTest, AMergedSessionsDeviceServesTheSessionItWentInto) {
    TemporaryFolder first;
    device_hands_in(first, tables[1], 1);
    merge_sessions(*store, tables[1], tables[0]);
    const DeviceList list = device_list(*store);
    ASSERT_EQ(list.devices.size(), 1u);
    EXPECT_EQ(list.devices[0].sessions, std::vector<std::string>{tables[0]});
    EXPECT_EQ(list.waiting, std::vector<std::string>{tables[2]});
}

}  // namespace
}  // namespace oogst::testing
