// The three consents of a child's work (issue 12, section 4): shown in the exhibition,
// with or without the first name, and may be published, each its own register; a
// teacher's correction of a first name; several works approved at once; and stores and
// bundles from before, whose consent flags mean what they meant.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "core/errors.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/operations.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst {
namespace {

using testing::make_operation;

struct Exhibition {
    testing::TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    KioskSettings settings;

    Exhibition() {
        settings.title = "Mijn droomstad";
        settings.schools = {{"De Regenboog", {"5A", "5B"}}};
        store.save_kiosk_settings(settings);
        ensure_kiosk_session(store, settings);
    }

    std::string submit(const std::string& first_name) {
        KioskWork work = new_kiosk_work(CaptureKind::text);
        work.poem = "Mijn stad is groen";
        work.first_name = first_name;
        work.school = "De Regenboog";
        work.class_name = "5B";
        submit_kiosk_work(store, settings, work);
        return work.id;
    }
    const CaptureRecord& work(const std::string& id) const { return *store.state().capture(id); }
};

TEST(KioskConsent, ShownWithoutTheNameKeepsTheNameOutOfTheLoop) {
    Exhibition kiosk;
    const std::string lotte = kiosk.submit("Lotte");
    EXPECT_EQ(kiosk_work_label(kiosk.work(lotte)), "5B · De Regenboog") << "no name before consent";
    EXPECT_EQ(kiosk_work_label(kiosk.work(lotte), FirstName::always), "Lotte · 5B · De Regenboog");

    set_work_status(kiosk.store, lotte, WorkStatus::shown, /*with_name=*/false);
    EXPECT_EQ(work_status(kiosk.work(lotte)), WorkStatus::shown);
    EXPECT_FALSE(kiosk.work(lotte).consent.named());
    EXPECT_EQ(kiosk_work_label(kiosk.work(lotte)), "5B · De Regenboog");

    set_work_status(kiosk.store, lotte, WorkStatus::shown, /*with_name=*/true);
    EXPECT_EQ(kiosk_work_label(kiosk.work(lotte)), "Lotte · 5B · De Regenboog");
}

TEST(KioskConsent, PublishingIsDecidedOnItsOwn) {
    Exhibition kiosk;
    const std::string noah = kiosk.submit("Noah");
    give_consent(kiosk.store, noah, ConsentAspect::publish, true);
    EXPECT_TRUE(kiosk.work(noah).consent.published());
    EXPECT_EQ(work_status(kiosk.work(noah)), WorkStatus::waiting) << "published is not shown";
    set_work_status(kiosk.store, noah, WorkStatus::shown);
    const auto count = kiosk.store.operation_count();
    give_consent(kiosk.store, noah, ConsentAspect::publish, true);
    EXPECT_EQ(kiosk.store.operation_count(), count) << "already so: nothing recorded";
    give_consent(kiosk.store, noah, ConsentAspect::publish, false);
    EXPECT_EQ(work_status(kiosk.work(noah)), WorkStatus::shown) << "refusing publication keeps it in the loop";
    EXPECT_FALSE(kiosk.work(noah).consent.published());
    const std::string json = canonical_json(kiosk.store.state());
    EXPECT_NE(json.find("\"consent\":{\"exhibit\":true,\"publish\":false,\"name\":true}"), std::string::npos) << json;
}

TEST(KioskConsent, SeveralWorksAreApprovedAtOnceOrNotAtAll) {
    Exhibition kiosk;
    const std::vector<std::string> works = {kiosk.submit("A"), kiosk.submit("B"), kiosk.submit("C")};
    const auto count = kiosk.store.operation_count();
    EXPECT_THROW(set_work_status(kiosk.store, {works[0], new_id()}, WorkStatus::shown), CaptureGone);
    EXPECT_EQ(kiosk.store.operation_count(), count) << "one gone: nothing recorded";
    set_work_status(kiosk.store, works, WorkStatus::shown);
    EXPECT_EQ(kiosk_works(kiosk.store.state(), kiosk.settings.session_id, WorkStatus::shown).size(), 3u);
}

TEST(KioskConsent, ATeacherCorrectsAFirstName) {
    Exhibition kiosk;
    const std::string work = kiosk.submit("Lote");
    set_work_status(kiosk.store, work, WorkStatus::shown);
    correct_first_name(kiosk.store, work, "  Lotte ");
    EXPECT_EQ(field_value(kiosk.work(work), kiosk_field::first_name), "Lotte");
    EXPECT_EQ(kiosk_work_label(kiosk.work(work)), "Lotte · 5B · De Regenboog");
    const auto count = kiosk.store.operation_count();
    correct_first_name(kiosk.store, work, "Lotte");
    EXPECT_EQ(kiosk.store.operation_count(), count) << "unchanged: nothing recorded";
    EXPECT_THROW(correct_first_name(kiosk.store, work, std::string(max_first_name_bytes + 1, 'x')), UserError);
    EXPECT_THROW(correct_first_name(kiosk.store, new_id(), "Noah"), CaptureGone);
}

// Operations from before each consent was its own register keep their meaning, and
// any order of arrival gives the same state.
TEST(KioskConsent, OlderConsentFlagsMeanWhatTheyMeant) {
    CaptureAdded work;
    work.id = "w1";
    work.session_id = "s1";
    CaptureAdded note = work;
    note.id = "n1";
    note.consent = consent::publish;  // a table note, published by its table's consent
    const std::vector<Operation> operations = {
        make_operation("kiosk", 1, 1000, work),
        make_operation("kiosk", 2, 2000, CaptureConsentSet{"w1", consent::teacher_ok | consent::exhibit | consent::publish}),
        make_operation("tablet", 1, 1500, note),
    };
    WorkshopState state;
    for (const auto& op : operations) state.apply(op);
    const CaptureRecord& shown = *state.capture("w1");
    EXPECT_TRUE(shown.consent.exhibited());
    EXPECT_TRUE(shown.consent.published());
    EXPECT_TRUE(shown.consent.named()) << "an approved work showed its name";
    const CaptureRecord& table_note = *state.capture("n1");
    EXPECT_TRUE(table_note.consent.published());
    EXPECT_FALSE(table_note.consent.exhibit.written()) << "a table's consent is not a teacher's";
    EXPECT_EQ(work_status(table_note), WorkStatus::waiting);

    // A hide (withheld) after it refuses all three; a newer "show" after that wins again.
    auto hidden = operations;
    hidden.push_back(make_operation("facilitator", 1, 3000, CaptureConsentSet{"w1", consent::withheld}));
    hidden.push_back(make_operation("kiosk", 3, 2500, CaptureConsentGiven{"w1", ConsentAspect::publish, true}));
    std::sort(hidden.begin(), hidden.end(), [](const Operation& a, const Operation& b) { return a.id > b.id; });
    WorkshopState later;
    for (const auto& op : hidden) later.apply(op);
    EXPECT_EQ(work_status(*later.capture("w1")), WorkStatus::hidden);
    EXPECT_FALSE(later.capture("w1")->consent.published()) << "the hide came after the publish";
    WorkshopState again;
    for (auto it = hidden.rbegin(); it != hidden.rend(); ++it) again.apply(*it);
    EXPECT_EQ(canonical_json(again), canonical_json(later)) << "any order of arrival, the same state";
}

TEST(KioskConsent, AConsentOfAnUnknownKindIsRefused) {
    std::string bytes = wire::encode(CaptureConsentGiven{"w1", ConsentAspect::name, true});
    bytes[bytes.size() - 2] = 7;  // the aspect byte
    EXPECT_THROW(wire::decode<CaptureConsentGiven>(bytes), FormatError);
    bytes = wire::encode(CaptureConsentGiven{"w1", ConsentAspect::name, true});
    bytes.back() = 2;  // neither given nor refused
    EXPECT_THROW(wire::decode<CaptureConsentGiven>(bytes), FormatError);
}

}  // namespace
}  // namespace oogst
