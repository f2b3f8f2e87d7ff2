// A joined device turned against the workshop (issue 15, item 2): with bundles it signs
// itself, a member tries to change what is not its own. Between real stores, with real
// sealed bundles: each overstep is refused and set aside (kept, counted as handed in,
// never folded), the device's own work still lands, and the facilitator can revoke a
// device, set its work aside and take it back.
#include <gtest/gtest.h>

#include <optional>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/member_devices.hpp"
#include "core/harvest/receipt.hpp"
#include "core/harvest/stick_receipts.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/harvest_stores.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {
namespace {

namespace fs = std::filesystem;

std::string add_note(Store& device, const std::string& session, const std::string& text) {
    CaptureAdded note;
    note.id = new_id();
    note.session_id = session;
    note.text = text;
    device.record(note);
    return note.id;
}

class MemberRightsTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto made = make_facilitator(folder / "facilitator", 11, 2);
        join = make_join_file(made, "", {});
        facilitator.emplace(std::move(made));
        sessions = joined_session_ids(join);
        honest.emplace(make_device(folder / "honest", join));
        rogue.emplace(make_device(folder / "rogue", join));
        honest_note = add_note(*honest, sessions[0], "Meer bomen op het plein");
        rogue_note = add_note(*rogue, sessions[1], "Een speeltuin aan de Leie");
        hand_in(*honest);
        hand_in(*rogue);
    }

    // Everything the device has made, sealed for the facilitator, imported there.
    BundleOutcome hand_in(Store& device, const ExportChoice& choice = {}) {
        return import_bundle(*facilitator, export_bundle(device, choice), "test");
    }

    const WorkshopState& state() { return facilitator->state(); }

    TemporaryFolder folder;
    JoinFile join;
    std::vector<std::string> sessions;
    std::optional<Store> facilitator, honest, rogue;
    std::string honest_note, rogue_note;
};

// The refusals of one outcome, as (reason, count).
std::vector<std::pair<Refusal, std::uint64_t>> refusals(const BundleOutcome& outcome) {
    std::vector<std::pair<Refusal, std::uint64_t>> found;
    for (const RefusedChanges& refused : outcome.refused) found.emplace_back(refused.why, refused.count);
    return found;
}

using Refused = std::vector<std::pair<Refusal, std::uint64_t>>;

TEST_F(MemberRightsTest, AMembersOwnWorkLandsWhole) {
    ASSERT_NE(state().capture(honest_note), nullptr);
    ASSERT_NE(state().capture(rogue_note), nullptr);
    // Its own note edited, moved, voted on; its table named: all its own.
    rogue->record(CaptureTextEdited{rogue_note, "Een grote speeltuin aan de Leie"});
    rogue->record(CaptureMoved{rogue_note, "dromen", 0.5f, 0.5f});
    rogue->record(VoteCast{rogue_note, "stem-1", 4});
    rogue->record(SessionTableSet{sessions[1], "Tafel van Mia", 5});
    const BundleOutcome outcome = hand_in(*rogue, only_unacknowledged(*rogue));
    EXPECT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
    EXPECT_TRUE(outcome.refused.empty());
    EXPECT_EQ(state().capture(rogue_note)->text.value(), "Een grote speeltuin aan de Leie");
    EXPECT_EQ(state().capture(rogue_note)->score_total(), 4);
    EXPECT_EQ(state().session(sessions[1])->table_name, "Tafel van Mia");
}

TEST_F(MemberRightsTest, AMemberCannotChangeAnotherDevicesWork) {
    const std::string before = canonical_json(state());
    rogue->record(CaptureDeleted{honest_note});
    rogue->record(CaptureTextEdited{honest_note, "gewist"});
    rogue->record(VoteCast{honest_note, "verzonnen-1", 1});
    rogue->record(VoteCast{honest_note, "verzonnen-2", 1});
    rogue->record(CaptureConsentGiven{honest_note, ConsentAspect::publish, true});
    const BundleOutcome outcome = hand_in(*rogue);
    EXPECT_EQ(outcome.result, BundleOutcome::Result::merged) << "the bundle itself is sound: what oversteps is set aside";
    EXPECT_EQ(refusals(outcome), (Refused{{Refusal::not_its_capture, 5}}));
    EXPECT_EQ(outcome.refused.front().first_sequence, rogue->own_operation_count() - 4);
    EXPECT_EQ(canonical_json(state()), before) << "another device's note is untouched";
    EXPECT_TRUE(state().capture(honest_note)->live());
    // Kept and counted as handed in, so the device is not asked for them again.
    EXPECT_EQ(facilitator->set_aside_operations(rogue->device().id).size(), 5u);
    EXPECT_EQ(facilitator->held_through(rogue->device().id), rogue->own_operation_count());
}

TEST_F(MemberRightsTest, TheWorkshopKeysPlansAndPilesAreTheFacilitators) {
    const std::string before = canonical_json(state());
    WorkshopSet renamed{state().workshop().id, "Overgenomen", "droomsessie", "Elders"};
    rogue->record(renamed);
    rogue->record(ThemeSet{new_id(), "Sleutel van de tablet", {}, {}, {}, {}});
    rogue->record(SessionMerged{sessions[0], sessions[1]});
    rogue->record(CaptureKeptApart{rogue_note, true});
    const BundleOutcome outcome = hand_in(*rogue);
    EXPECT_EQ(refusals(outcome), (Refused{{Refusal::facilitators_only, 4}}));
    EXPECT_EQ(state().workshop().name, "Roeselare 2030");
    EXPECT_EQ(canonical_json(state()), before);
}

TEST_F(MemberRightsTest, AMemberCannotTakeOverOrDeleteAPlannedSession) {
    const std::string before = canonical_json(state());
    SessionSet taken{sessions[0], "droomsessie", "Van mij", "", "", 0, 0};
    rogue->record(taken);
    rogue->record(SessionDeleted{sessions[0]});
    const BundleOutcome outcome = hand_in(*rogue);
    EXPECT_EQ(refusals(outcome), (Refused{{Refusal::not_its_session, 2}}));
    EXPECT_EQ(canonical_json(state()), before);
}

TEST_F(MemberRightsTest, AKiosksOwnSessionIsItsOwn) {
    // The kiosk opens its own session (ensure_kiosk_session) and fills it.
    SessionSet kiosk{new_id(), "kinderkiosk", "Droomstad", "", "", 0, 0};
    honest->record(kiosk);
    const std::string work = add_note(*honest, kiosk.id, "Een gedicht");
    EXPECT_TRUE(hand_in(*honest, only_unacknowledged(*honest)).refused.empty());
    ASSERT_NE(state().capture(work), nullptr);
    // Another member cannot add to it, delete it, or reuse its note's id.
    add_note(*rogue, kiosk.id, "ingeschoven");
    rogue->record(SessionDeleted{kiosk.id});
    CaptureAdded same_id;
    same_id.id = work;
    same_id.session_id = sessions[1];
    same_id.text = "dezelfde id";
    rogue->record(same_id);
    const BundleOutcome outcome = hand_in(*rogue);
    EXPECT_EQ(refusals(outcome), (Refused{{Refusal::not_its_session, 2}, {Refusal::taken_id, 1}}));
    EXPECT_EQ(state().capture(work)->text.value(), "Een gedicht");
    EXPECT_TRUE(state().session(kiosk.id) != nullptr);
}

TEST_F(MemberRightsTest, TheFacilitatorsCopiesOnATablesBoardAreTheTables) {
    // A debate table's copy of a strongest dream, made on the facilitator's machine in
    // a planned session: the table moves it and scores it.
    const std::string copy = add_note(*facilitator, sessions[1], "Meer bomen (kopie)");
    const JoinFile again = make_join_file(*facilitator, "", {});
    join_workshop(*rogue, again);
    rogue->record(CaptureMoved{copy, "dromen", 0.2f, 0.3f});
    rogue->record(VoteCast{copy, "stem-1", 5});
    EXPECT_TRUE(hand_in(*rogue, only_unacknowledged(*rogue)).refused.empty());
    EXPECT_EQ(state().capture(copy)->score_total(), 5);
}

TEST_F(MemberRightsTest, WorkDatedBeforeTheWorkshopIsRefused) {
    // The device signs an operation it dated in 2001: it would win every register.
    Bundle bundle;
    const auto keys = *rogue->workshop_keys();
    bundle.header.workshop_id = keys.workshop_id;
    bundle.header.device_id = rogue->device().id;
    bundle.header.device_public_key = rogue->device().public_key;
    bundle.header.membership_proof = membership_proof(keys, rogue->device().id, rogue->device().public_key);
    Operation old;
    old.id = {rogue->device().id, rogue->own_operation_count() + 1};
    old.stamp = {1'000'000'000'000, 0};
    old.kind = OperationKind::capture_text_edited;
    old.payload = wire::encode(CaptureTextEdited{rogue_note, "uit het verleden"});
    bundle.operations.push_back(old);
    std::string secret = rogue->device_secret_key();
    const BundleOutcome outcome = import_bundle(*facilitator, write_bundle(bundle, secret, &keys), "test");
    EXPECT_EQ(refusals(outcome), (Refused{{Refusal::before_workshop, 1}}));
    EXPECT_EQ(state().capture(rogue_note)->text.value(), "Een speeltuin aan de Leie");
}

TEST_F(MemberRightsTest, ARevokedDeviceChangesNothingMoreAndItsWorkCanBeSetAsideAndTakenBack) {
    const std::string with_rogue = canonical_json(state());
    const std::string device = find_member_device(*facilitator, rogue->device().id.substr(0, 8));
    EXPECT_EQ(device, rogue->device().id);

    // Revoked, earlier work kept: later work refused.
    EXPECT_EQ(revoke_device(*facilitator, device, false), 0u);
    add_note(*rogue, sessions[1], "na de intrekking");
    const BundleOutcome later = hand_in(*rogue, only_unacknowledged(*rogue));
    EXPECT_EQ(refusals(later), (Refused{{Refusal::revoked, 1}}));
    EXPECT_EQ(canonical_json(state()), with_rogue);

    // Its earlier work set aside too: the state is as if it never handed anything in.
    EXPECT_EQ(revoke_device(*facilitator, device, true), 1u) << "its one note";
    EXPECT_EQ(state().capture(rogue_note), nullptr);
    EXPECT_NE(state().capture(honest_note), nullptr);
    // Reopened, the store says the same.
    facilitator.reset();
    facilitator.emplace(Store::open(folder / "facilitator"));
    EXPECT_EQ(state().capture(rogue_note), nullptr);
    EXPECT_EQ(facilitator->device_role(device), DeviceRole::revoked);

    // Taken back: what revoking set aside counts again; what the rules refused stays aside.
    EXPECT_EQ(readmit_device(*facilitator, device), 2u) << "its note, and the one refused while revoked";
    EXPECT_NE(state().capture(rogue_note), nullptr);
    EXPECT_EQ(facilitator->device_role(device), DeviceRole::member);
    EXPECT_TRUE(facilitator->set_aside_operations(device).empty());
    EXPECT_EQ(facilitator->held_through(device), rogue->own_operation_count());
}

TEST_F(MemberRightsTest, ADeviceNamedFacilitatorMayChangeEverything) {
    name_facilitator(*facilitator, rogue->device().id);
    WorkshopSet renamed = state().workshop();
    renamed.name = "Roeselare 2031";
    rogue->record(renamed);
    rogue->record(CaptureKeptApart{honest_note, true});
    EXPECT_TRUE(hand_in(*rogue, only_unacknowledged(*rogue)).refused.empty());
    EXPECT_EQ(state().workshop().name, "Roeselare 2031");
    EXPECT_THROW(name_facilitator(*honest, rogue->device().id), UserError) << "only on the facilitator's machine";
    EXPECT_THROW(find_member_device(*facilitator, "zz"), UserError);
}

// Bundles arrive in any order: a change to a note whose bundle is still on its way is
// the device's own and lands, so any order of the same bundles gives the same state.
TEST_F(MemberRightsTest, AChangeArrivingBeforeItsNoteGivesTheSameState) {
    const std::uint64_t handed = honest->own_operation_count();
    SessionSet kiosk{new_id(), "kinderkiosk", "Droomstad", "", "", 0, 0};
    honest->record(kiosk);
    const std::string poem = add_note(*honest, kiosk.id, "Een gedicht");
    ExportChoice first_part;
    first_part.after_sequence = handed;
    const std::string first = export_bundle(*honest, first_part);
    honest->record(CaptureTextEdited{poem, "Een gedicht over de Leie"});
    honest->record(VoteCast{poem, "stem-1", 5});
    ExportChoice second_part;
    second_part.after_sequence = handed + 2;
    const std::string second = export_bundle(*honest, second_part);

    // A replica of the facilitator's store takes them in the other order.
    const fs::path replica = folder / "replica";
    facilitator->back_up(replica);
    auto reversed = Store::open(replica);
    for (const std::string* bundle : {&second, &first}) {
        const BundleOutcome outcome = import_bundle(reversed, *bundle, "reversed");
        EXPECT_TRUE(outcome.refused.empty());
    }
    for (const std::string* bundle : {&first, &second}) EXPECT_TRUE(import_bundle(*facilitator, *bundle, "in order").refused.empty());
    EXPECT_EQ(canonical_json(reversed.state()), canonical_json(state()));
    EXPECT_EQ(state().capture(poem)->text.value(), "Een gedicht over de Leie");
}

// ---- Gaps: work a device believes handed in that is not here (issue 15, item 3) ----

TEST_F(MemberRightsTest, ABundleAfterAGapSaysWhatIsMissing) {
    const std::uint64_t handed = honest->own_operation_count();
    add_note(*honest, sessions[0], "tweede");
    add_note(*honest, sessions[0], "derde");
    // Only the last one exported: the one before it never reached the facilitator.
    ExportChoice after;
    after.after_sequence = handed + 1;
    const BundleOutcome outcome = hand_in(*honest, after);
    ASSERT_TRUE(outcome.has_gap());
    EXPECT_EQ(outcome.missing_from, handed + 1);
    EXPECT_EQ(outcome.missing_through, handed + 1);
    EXPECT_NE(gap_sentence(outcome).find("export everything"), std::string::npos);
    // Everything exported: the gap closes.
    EXPECT_FALSE(hand_in(*honest).has_gap());
    EXPECT_EQ(facilitator->held_through(honest->device().id), honest->own_operation_count());
}

// The facilitator's store is put back from a backup made before a stick was imported:
// the tablet holds a receipt for work that store no longer has. Its next bundle says so,
// and the newer receipt makes the tablet send that work again.
TEST_F(MemberRightsTest, AReceiptFromAStoreThatLostWorkStrandsNothing) {
    const fs::path stick = folder / "stick";
    fs::create_directories(stick);
    // The backup: the facilitator's store as it is now.
    const fs::path backup = folder / "backup";
    facilitator->back_up(backup);
    // Evening one: the tablet hands in two notes; the (original) facilitator confirms.
    add_note(*honest, sessions[0], "avond een");
    add_note(*honest, sessions[0], "avond een, twee");
    put_file(stick / "tafel.oogst", export_bundle(*honest, only_unacknowledged(*honest)));
    const MergeReport first = import_paths(*facilitator, {stick});
    for (const ReceiptFile& receipt : receipts_for_folders(*facilitator, first, {stick})) put_file(receipt.file, receipt.bytes);
    EXPECT_EQ(take_receipts(*honest, stick).taken, 1u);
    EXPECT_EQ(honest->acknowledged_through(), honest->own_operation_count());
    fs::remove_all(stick);
    fs::create_directories(stick);

    // The laptop dies; the backup is put back. Evening two: one more note.
    facilitator.reset();
    facilitator.emplace(Store::open(backup));
    const std::string late = add_note(*honest, sessions[0], "avond twee");
    put_file(stick / "tafel.oogst", export_bundle(*honest, only_unacknowledged(*honest)));
    const MergeReport second = import_paths(*facilitator, {stick});
    ASSERT_EQ(second.bundles.size(), 1u);
    EXPECT_TRUE(second.bundles.front().has_gap()) << "the two notes of evening one are missing here";
    EXPECT_EQ(second.with_gaps(), 1u);
    for (const ReceiptFile& receipt : receipts_for_folders(*facilitator, second, {stick})) put_file(receipt.file, receipt.bytes);

    // The newer receipt says less: the tablet counts those notes as not handed in again.
    EXPECT_EQ(take_receipts(*honest, stick).taken, 1u);
    EXPECT_LT(honest->acknowledged_through(), honest->own_operation_count());
    const BundleOutcome healed = hand_in(*honest, only_unacknowledged(*honest));
    EXPECT_FALSE(healed.has_gap());
    EXPECT_EQ(facilitator->held_through(honest->device().id), honest->own_operation_count());
    EXPECT_NE(state().capture(late), nullptr);
}

TEST(Receipts, TheNewestSignedReceiptSpeaks) {
    Receipt receipt;
    receipt.held_through = 30;
    receipt.received_at_ms = 2000;
    EXPECT_TRUE(receipt_is_news(receipt, std::nullopt, 0));
    EXPECT_TRUE(receipt_is_news(receipt, 1000, 40)) << "newer and less: the facilitator lost work";
    EXPECT_TRUE(receipt_is_news(receipt, 1000, 20));
    EXPECT_FALSE(receipt_is_news(receipt, 1000, 30)) << "newer but the same";
    EXPECT_FALSE(receipt_is_news(receipt, 3000, 20)) << "an older receipt never speaks over a newer one";
    EXPECT_TRUE(receipt_is_news(receipt, 2000, 20));
}

}  // namespace
}  // namespace oogst::testing
