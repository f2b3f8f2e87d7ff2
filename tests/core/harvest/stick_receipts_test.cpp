// Receipts on a stick for an evening without the hub, between real stores and a real
// folder: the facilitator's import leaves a receipt per device, the tablet takes in its
// own, and a forged, foreign or unreadable receipt is refused and changes nothing.
#include <gtest/gtest.h>

#include <optional>
#include <set>

#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/harvest_stores.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

namespace fs = std::filesystem;

void add_notes(Store& device, const std::string& session, int count) {
    for (int i = 0; i < count; ++i) {
        CaptureAdded note;
        note.id = new_id();
        note.session_id = session;
        note.text = "Idee " + std::to_string(i);
        device.record(note);
    }
}

class StickReceipts : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(stick);
        auto made = make_facilitator(folder / "facilitator", 7, 2);
        join = make_join_file(made, "", {});
        facilitator.emplace(std::move(made));
        tablet.emplace(make_device(folder / "tablet", join));
        other.emplace(make_device(folder / "other", join));
        add_notes(*tablet, joined_session_ids(join).front(), 6);
        add_notes(*other, joined_session_ids(join).back(), 3);
    }

    void hand_in(Store& device, const std::string& name) {
        put_file(stick / name, export_bundle(device, only_unacknowledged(device)));
    }

    // The facilitator imports the stick and leaves the receipts on it, as the desk and
    // 'oogst-cli import' do.
    std::vector<ReceiptFile> import_stick() {
        const MergeReport report = import_paths(*facilitator, {stick});
        auto receipts = receipts_for_folders(*facilitator, report, {stick});
        for (const ReceiptFile& receipt : receipts) put_file(receipt.file, receipt.bytes);
        return receipts;
    }

    TemporaryFolder folder;
    fs::path stick = folder / "KINGSTON";
    JoinFile join;
    std::optional<Store> facilitator, tablet, other;
};

TEST_F(StickReceipts, AStickImportTellsEachTabletItsWorkArrived) {
    hand_in(*tablet, "tafel-1.oogst");
    hand_in(*other, "tafel-2.oogst");
    const auto receipts = import_stick();
    ASSERT_EQ(receipts.size(), 2u) << "one per device";
    for (const ReceiptFile& receipt : receipts) {
        EXPECT_EQ(receipt.file.parent_path(), stick);
        EXPECT_EQ(receipt.file.extension(), ".oogst-receipt");
    }

    EXPECT_EQ(tablet->acknowledged_through(), 0u);
    const ReceiptIntake intake = take_receipts(*tablet, stick);
    EXPECT_EQ(intake.taken, 1u);
    EXPECT_EQ(intake.for_others, 1u) << "the other tablet's receipt is left alone";
    EXPECT_TRUE(intake.refused.empty());
    EXPECT_EQ(tablet->acknowledged_through(), tablet->own_operation_count());
    EXPECT_TRUE(tablet->last_receipt_ms().has_value());
    EXPECT_EQ(only_unacknowledged(*tablet).after_sequence, tablet->own_operation_count())
        << "the next export carries only what is new";
    EXPECT_EQ(take_receipts(*tablet, stick).known, 1u) << "seeing the stick again changes nothing";

    // The same stick imported again: the receipts are written anew, the same.
    EXPECT_EQ(import_stick().size(), 2u);
}

TEST_F(StickReceipts, ARejectedBundleGetsNoReceipt) {
    put_file(stick / "kapot.oogst", "dit is geen bundel");
    hand_in(*other, "tafel-2.oogst");
    const auto receipts = import_stick();
    ASSERT_EQ(receipts.size(), 1u);
    EXPECT_EQ(receipts.front().device_id, other->device().id);
    EXPECT_EQ(take_receipts(*tablet, stick).taken, 0u);
    EXPECT_EQ(tablet->acknowledged_through(), 0u);
}

TEST_F(StickReceipts, AForgedReceiptIsRefusedAndChangesNothing) {
    hand_in(*tablet, "tafel-1.oogst");
    const auto receipts = import_stick();
    ASSERT_EQ(receipts.size(), 1u);
    Receipt forged = decode_receipt(receipts.front().bytes);
    forged.held_through += 100;  // claims more than was signed
    put_file(receipts.front().file, encode_receipt(forged));
    const auto before = store_tables(folder / "tablet");

    const ReceiptIntake intake = take_receipts(*tablet, stick);
    EXPECT_EQ(intake.taken, 0u);
    ASSERT_EQ(intake.refused.size(), 1u);
    EXPECT_EQ(intake.refused.front().why, RefusedReceipt::Why::not_signed);
    EXPECT_NE(intake.refused.front().sentence.find("not signed by this workshop's facilitator"), std::string::npos);
    EXPECT_EQ(tablet->acknowledged_through(), 0u);
    EXPECT_EQ(store_tables(folder / "tablet"), before) << "a refused receipt changes nothing";
}

TEST_F(StickReceipts, AReceiptOfAnotherWorkshopOrNotAReceiptIsRefused) {
    // Another facilitator signs a receipt for this very tablet.
    auto stranger = make_facilitator(folder / "stranger", 8, 1, "Elders 2030");
    make_join_file(stranger, "", {});
    Receipt foreign = sign_receipt(stranger, tablet->device().id, 6, 0);
    foreign.held_through = 6;
    foreign.signature = stranger.sign(foreign.signed_part());
    put_file(stick / "receipt-vreemd.oogst-receipt", encode_receipt(foreign));
    put_file(stick / "receipt-kapot.oogst-receipt", "geen ontvangstbewijs");

    const ReceiptIntake intake = take_receipts(*tablet, stick);
    EXPECT_EQ(intake.taken, 0u);
    ASSERT_EQ(intake.refused.size(), 2u);
    std::set<RefusedReceipt::Why> why;
    for (const auto& refused : intake.refused) why.insert(refused.why);
    EXPECT_EQ(why, (std::set<RefusedReceipt::Why>{RefusedReceipt::Why::unreadable, RefusedReceipt::Why::other_workshop}));
    EXPECT_EQ(tablet->acknowledged_through(), 0u);
}

TEST_F(StickReceipts, OnlyTheFacilitatorSignsReceipts) {
    EXPECT_THROW(sign_receipt(*tablet, other->device().id, 0, 0), UserError);
}

}  // namespace
}  // namespace oogst::testing
