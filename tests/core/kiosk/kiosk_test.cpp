// The kiosk's core on a real store: settings and their checks, the hashed PIN and its
// back-off kept across a restart, a child's work sent in (and refused whole), drafts,
// and the teacher's decisions.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cstring>
#include <fstream>

#include "core/errors.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_pin.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tools/demo/demo_kiosk.hpp"

namespace oogst {
namespace {

using testing::TemporaryFolder;

KioskSettings exhibition() {
    KioskSettings settings;
    settings.title = "Mijn droomstad";
    settings.schools = {{"De Regenboog", {"5A", "5B"}}, {"Sint-Jozef", {"6"}}};
    return settings;
}

template <class F>
std::string user_error_of(F&& action) {
    try {
        action();
    } catch (const UserError& error) {
        return error.what();
    }
    return "(no error)";
}

KioskWork drawing_by(const std::string& first_name) {
    KioskWork work = new_kiosk_work(CaptureKind::drawing);
    work.strokes = {Stroke{0xff3b30e5u, 0.014f, {{0.1f, 0.1f}, {0.5f, 0.6f}, {0.9f, 0.2f}}}};
    work.first_name = first_name;
    work.school = "De Regenboog";
    work.class_name = "5B";
    return work;
}

struct Kiosk {
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    KioskSettings settings = exhibition();
    Kiosk() {
        store.save_kiosk_settings(settings);
        ensure_kiosk_session(store, settings);
    }
};

TEST(KioskSettings, SavedSettingsComeBackAfterReopening) {
    TemporaryFolder folder;
    KioskSettings settings = exhibition();
    settings.idle_seconds = 45;
    settings.camera_folder = "/media/camera";
    {
        auto store = Store::open_or_create(folder.path());
        EXPECT_FALSE(store.kiosk_settings());
        ensure_kiosk_session(store, settings);
        EXPECT_FALSE(settings.session_id.empty());
    }
    auto store = Store::open(folder.path());
    const auto saved = store.kiosk_settings();
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->title, "Mijn droomstad");
    ASSERT_EQ(saved->schools.size(), 2u);
    EXPECT_EQ(saved->schools[0].classes, (std::vector<std::string>{"5A", "5B"}));
    EXPECT_EQ(saved->idle_seconds, 45u);
    EXPECT_EQ(saved->camera_folder, "/media/camera");
    ASSERT_NE(store.state().session(saved->session_id), nullptr);
    EXPECT_EQ(store.state().session(saved->session_id)->method, kiosk_method);
    // Set up again, the kiosk keeps its session.
    KioskSettings again = *saved;
    EXPECT_EQ(ensure_kiosk_session(store, again), saved->session_id);
}

TEST(KioskSettings, SettingsThatCannotWorkAreRefusedAndNothingIsSaved) {
    TemporaryFolder folder;
    auto store = Store::open_or_create(folder.path());
    store.save_kiosk_settings(exhibition());
    auto without = [](auto change) {
        KioskSettings settings = exhibition();
        change(settings);
        return settings;
    };
    const std::pair<KioskSettings, const char*> bad[] = {
        {without([](KioskSettings& s) { s.title = "  "; }), "needs a title"},
        {without([](KioskSettings& s) { s.schools.clear(); }), "at least one school"},
        {without([](KioskSettings& s) { s.schools[1].classes.clear(); }), "has no classes"},
        {without([](KioskSettings& s) { s.schools[1].name = "De Regenboog"; }), "listed twice"},
        {without([](KioskSettings& s) { s.schools[0].classes.push_back("5A"); }), "\"5A\" twice"},
        {without([](KioskSettings& s) { s.idle_seconds = 2; }), "between 15 and 3600 seconds"},
        {without([](KioskSettings& s) { s.countdown_seconds = 1000; }), "the countdown"},
        {without([](KioskSettings& s) { s.slide_seconds = 0; }), "in the loop"},
    };
    for (const auto& [settings, words] : bad) {
        EXPECT_NE(user_error_of([&] { store.save_kiosk_settings(settings); }).find(words), std::string::npos) << words;
        EXPECT_EQ(store.kiosk_settings()->schools.size(), 2u);
        EXPECT_EQ(store.kiosk_settings()->title, "Mijn droomstad");
    }
}

TEST(KioskSettings, SchoolsAreWrittenAsANameAndItsClasses) {
    const KioskSchool school = parse_kiosk_school("  De Regenboog : 5A, 5B ,, 6 ");
    EXPECT_EQ(school.name, "De Regenboog");
    EXPECT_EQ(school.classes, (std::vector<std::string>{"5A", "5B", "6"}));
    EXPECT_NE(user_error_of([] { parse_kiosk_school("De Regenboog"); }).find("needs its classes"), std::string::npos);
    EXPECT_NE(user_error_of([] { parse_kiosk_school(": 5A"); }).find("Name: class"), std::string::npos);
}

// Issue 15, item 5: the PINs anyone tries first are refused when a PIN is set.
TEST(KioskPin, TheWeakestPinsAreRefused) {
    for (const char* weak : {"0000", "1111", "99999999", "1234", "4321", "0123", "9876", "7890", "3210", "567890"}) {
        EXPECT_TRUE(weak_pin(weak)) << weak;
        EXPECT_NE(user_error_of([weak] { hash_pin(weak); }).find("the first anyone tries"), std::string::npos) << weak;
    }
    for (const char* fine : {"4821", "2468", "1235", "1122", "2580", "13579"}) {
        EXPECT_FALSE(weak_pin(fine)) << fine;
        EXPECT_FALSE(hash_pin(fine).empty()) << fine;
    }
}

TEST(KioskPin, OnlyDigitsAreAPinAndTheHashHidesThem) {
    EXPECT_TRUE(valid_pin("1234"));
    EXPECT_TRUE(valid_pin("12345678"));
    EXPECT_FALSE(valid_pin("123"));
    EXPECT_FALSE(valid_pin("123456789"));
    EXPECT_FALSE(valid_pin("12a4"));
    EXPECT_FALSE(valid_pin(""));
    const std::string hash = hash_pin("4821");
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
    EXPECT_EQ(hash.find("4821"), std::string::npos);
    EXPECT_NE(hash_pin("4821"), hash) << "salted: the same PIN hashes differently each time";
    EXPECT_TRUE(pin_matches(hash, "4821"));
    EXPECT_FALSE(pin_matches(hash, "4822"));
    EXPECT_FALSE(pin_matches(hash, "482"));
    EXPECT_FALSE(pin_matches("", "4821"));
    EXPECT_NE(user_error_of([] { hash_pin("12"); }).find("4 to 8 digits"), std::string::npos);
}

TEST(KioskPin, WaitsGrowAfterTheFreeTriesAndStopAtFiveMinutes) {
    EXPECT_EQ(pin_wait_after_ms(0), 0);
    EXPECT_EQ(pin_wait_after_ms(1), 0);
    EXPECT_EQ(pin_wait_after_ms(2), 0);
    EXPECT_EQ(pin_wait_after_ms(3), 5'000);
    EXPECT_EQ(pin_wait_after_ms(4), 10'000);
    EXPECT_EQ(pin_wait_after_ms(5), 20'000);
    for (std::uint32_t tries = 3; tries < 40; ++tries) {
        EXPECT_GE(pin_wait_after_ms(tries + 1), pin_wait_after_ms(tries));
        EXPECT_LE(pin_wait_after_ms(tries), 300'000);
    }
    EXPECT_EQ(pin_wait_after_ms(4'000'000'000u), 300'000);
}

TEST(KioskPin, WrongTriesSlowDownAndSurviveARestart) {
    TemporaryFolder folder;
    std::int64_t now = 1'800'000'000'000;
    {
        auto store = Store::open_or_create(folder.path());
        EXPECT_EQ(store.try_kiosk_pin("1234", now).answer, PinTry::Answer::no_pin);
        store.set_kiosk_pin("2580");
        EXPECT_TRUE(store.has_kiosk_pin());
        EXPECT_EQ(store.try_kiosk_pin("1111", now).answer, PinTry::Answer::wrong);
        const PinTry second = store.try_kiosk_pin("1111", now);
        EXPECT_EQ(second.wait_ms, 0);
        const PinTry third = store.try_kiosk_pin("1111", now);
        EXPECT_EQ(third.answer, PinTry::Answer::wrong);
        EXPECT_EQ(third.wrong_tries, 3u);
        EXPECT_EQ(third.wait_ms, 5'000);
    }
    // Pulling the plug buys nothing: the wait and the count are in the store.
    auto store = Store::open(folder.path());
    const PinTry early = store.try_kiosk_pin("2580", now + 1'000);
    EXPECT_EQ(early.answer, PinTry::Answer::waiting) << "even the right PIN is not checked during the wait";
    EXPECT_EQ(early.wait_ms, 4'000);
    now += 5'000;
    const PinTry fourth = store.try_kiosk_pin("9999", now);
    EXPECT_EQ(fourth.answer, PinTry::Answer::wrong);
    EXPECT_EQ(fourth.wait_ms, 10'000) << "the wait doubles";
    now += 10'000;
    EXPECT_EQ(store.try_kiosk_pin("2580", now).answer, PinTry::Answer::right);
    // The right PIN forgets the wrong tries: the next mistake is free again.
    EXPECT_EQ(store.try_kiosk_pin("0000", now).wait_ms, 0);
}

TEST(KioskPin, AClockSetBackNeverLocksLongerThanTheBackOff) {
    TemporaryFolder folder;
    auto store = Store::open_or_create(folder.path());
    store.set_kiosk_pin("2580");
    const std::int64_t now = 1'800'000'000'000;
    for (int i = 0; i < 3; ++i) store.try_kiosk_pin("1111", now);
    // The clock jumps a day back: the wait is still at most the back-off's 5 s.
    const PinTry after_jump = store.try_kiosk_pin("2580", now - 86'400'000);
    EXPECT_EQ(after_jump.answer, PinTry::Answer::waiting);
    EXPECT_LE(after_jump.wait_ms, 5'000);
}

TEST(KioskWork, EachKindIsSentInAsAWaitingCaptureWithItsFields) {
    Kiosk kiosk;
    KioskWork drawing = drawing_by("Lotte");
    KioskWork poem = new_kiosk_work(CaptureKind::text);
    poem.poem = "  Mijn stad is groen\nen vol met fietsen.\n\n";
    poem.school = "Sint-Jozef";
    poem.class_name = "6";
    KioskWork photo = new_kiosk_work(CaptureKind::photo);
    photo.photo_blob = kiosk.store.put_blob(demo_collage_png(3), "image/png");
    photo.photo_preview_blob = photo.photo_blob;
    photo.school = "De Regenboog";
    photo.class_name = "5A";
    for (const KioskWork* work : {&drawing, &poem, &photo}) submit_kiosk_work(kiosk.store, kiosk.settings, *work);

    const auto waiting = kiosk_works(kiosk.store.state(), kiosk.settings.session_id, WorkStatus::waiting);
    ASSERT_EQ(waiting.size(), 3u);
    EXPECT_EQ(waiting[0].id, photo.id) << "the newest first";
    EXPECT_TRUE(kiosk_works(kiosk.store.state(), kiosk.settings.session_id, WorkStatus::shown).empty());

    const CaptureRecord& drawn = *kiosk.store.state().capture(drawing.id);
    EXPECT_EQ(drawn.origin->capture_kind, CaptureKind::drawing);
    EXPECT_EQ(drawn.origin->strokes.size(), 1u);
    ASSERT_FALSE(drawn.origin->preview_blob.empty());
    EXPECT_EQ(kiosk.store.blob(drawn.origin->preview_blob)->substr(1, 3), "PNG");
    EXPECT_EQ(field_value(drawn, kiosk_field::first_name), "Lotte");
    EXPECT_EQ(field_value(drawn, kiosk_field::class_name), "5B");
    EXPECT_EQ(field_value(drawn, kiosk_field::school), "De Regenboog");
    EXPECT_EQ(drawn.origin->author_label, "Lotte · 5B · De Regenboog");
    EXPECT_FALSE(drawn.consent.exhibit.written()) << "it waits for the teacher";
    EXPECT_FALSE(drawn.consent.publish.written());
    EXPECT_FALSE(drawn.consent.name.written());

    const CaptureRecord& written = *kiosk.store.state().capture(poem.id);
    EXPECT_EQ(written.text.value(), "Mijn stad is groen\nen vol met fietsen.");
    EXPECT_EQ(written.origin->author_label, "6 · Sint-Jozef") << "no first name, no empty part";
    EXPECT_EQ(kiosk.store.state().capture(photo.id)->origin->photo_blob, photo.photo_blob);

    // The fields are part of the canonical state, so they survive the harvest.
    const std::string json = canonical_json(kiosk.store.state());
    EXPECT_NE(json.find("\"fields\":{\"voornaam\":\"Lotte\",\"klas\":\"5B\",\"school\":\"De Regenboog\"}"),
              std::string::npos);
}

TEST(KioskWork, AnIncompleteWorkIsRefusedAndNothingIsStored) {
    Kiosk kiosk;
    const auto before = kiosk.store.operation_count();
    auto problem = [&](auto change) {
        KioskWork work = drawing_by("Noah");
        change(work);
        return check_kiosk_work(work, kiosk.settings);
    };
    EXPECT_EQ(problem([](KioskWork& w) { w.strokes.clear(); }), KioskWorkProblem::empty_drawing);
    EXPECT_EQ(problem([](KioskWork& w) { w.kind = CaptureKind::text, w.poem = " \n\t "; }), KioskWorkProblem::empty_poem);
    EXPECT_EQ(problem([](KioskWork& w) { w.kind = CaptureKind::text, w.poem = std::string(max_poem_bytes + 1, 'a'); }),
              KioskWorkProblem::poem_too_long);
    EXPECT_EQ(problem([](KioskWork& w) { w.kind = CaptureKind::photo; }), KioskWorkProblem::no_photo);
    EXPECT_EQ(problem([](KioskWork& w) { w.school = ""; }), KioskWorkProblem::no_school);
    EXPECT_EQ(problem([](KioskWork& w) { w.school = "Atheneum"; }), KioskWorkProblem::no_school);
    EXPECT_EQ(problem([](KioskWork& w) { w.class_name = "6"; }), KioskWorkProblem::no_class)
        << "6 is a class of the other school";
    EXPECT_EQ(problem([](KioskWork& w) { w.first_name = std::string(41, 'x'); }), KioskWorkProblem::first_name_too_long);
    EXPECT_EQ(problem([](KioskWork&) {}), std::nullopt);

    KioskWork empty_poem = new_kiosk_work(CaptureKind::text);
    empty_poem.school = "De Regenboog";
    empty_poem.class_name = "5A";
    EXPECT_NE(user_error_of([&] { submit_kiosk_work(kiosk.store, kiosk.settings, empty_poem); }).find("poem is still empty"),
              std::string::npos);
    // A photo whose blob is not in the store (a hostile or broken draft).
    KioskWork photo = new_kiosk_work(CaptureKind::photo);
    photo.photo_blob = content_hash("not stored");
    photo.school = "Sint-Jozef";
    photo.class_name = "6";
    EXPECT_NE(user_error_of([&] { submit_kiosk_work(kiosk.store, kiosk.settings, photo); }).find("choose it again"),
              std::string::npos);
    EXPECT_EQ(kiosk.store.operation_count(), before);
}

// The first stores wrote captures without fields (version 1): they still read, with
// none, and a capture without fields is written the same way apart from its version.
TEST(KioskWork, ACaptureFromBeforeFieldsStillReads) {
    CaptureAdded note;
    note.id = "c1";
    note.session_id = "s1";
    note.text = "Meer bomen";
    note.author_label = "Tafel 3";
    note.consent = consent::publish;
    std::string bytes = wire::encode(note);
    // After the archive's byte order flag, the class version; version 2 with no fields
    // is version 1's bytes plus a zero count at the end.
    ASSERT_EQ(bytes.substr(1, 4), std::string("\x02\0\0\0", 4));
    ASSERT_EQ(bytes.substr(bytes.size() - 4), std::string(4, '\0'));
    std::string version_1 = bytes.substr(0, 1) + std::string("\x01\0\0\0", 4) + bytes.substr(5, bytes.size() - 9);
    const auto read = wire::decode<CaptureAdded>(version_1);
    EXPECT_EQ(read.text, "Meer bomen");
    EXPECT_EQ(read.author_label, "Tafel 3");
    EXPECT_EQ(read.consent, consent::publish);
    EXPECT_TRUE(read.fields.empty());
    // Version 3 is from a newer Oogst: refused with a sentence, not misread.
    std::string version_3 = bytes;
    version_3[1] = 3;
    EXPECT_THROW(wire::decode<CaptureAdded>(version_3), FormatError);
}

TEST(KioskDrafts, ADamagedDraftIsSkippedAndTheOthersStillRead) {
    TemporaryFolder folder;
    KioskWork good = drawing_by("Mila"), damaged = drawing_by("Sem");
    damaged.started_ms = good.started_ms + 1;
    {
        auto store = Store::open_or_create(folder.path());
        store.save_kiosk_draft(good);
        store.save_kiosk_draft(damaged);
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((folder / Store::file_name).c_str(), &db), SQLITE_OK);
    const std::string sql = "UPDATE kiosk_drafts SET work = x'0102' WHERE id = '" + damaged.id + "'";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto store = Store::open(folder.path());
    const auto drafts = store.kiosk_drafts();
    ASSERT_EQ(drafts.size(), 1u);
    EXPECT_EQ(drafts[0].first_name, "Mila");
}

TEST(KioskDrafts, ADraftIsKeptWholeUntilItIsSentIn) {
    TemporaryFolder folder;
    KioskSettings settings = exhibition();
    KioskWork work = drawing_by("Fien");
    {
        auto store = Store::open_or_create(folder.path());
        ensure_kiosk_session(store, settings);
        EXPECT_TRUE(work.has_content());
        EXPECT_FALSE(new_kiosk_work(CaptureKind::text).has_content());
        store.save_kiosk_draft(work);
        work.strokes.push_back(work.strokes.front());
        store.save_kiosk_draft(work);  // saved again: replaced, not doubled
        KioskWork other = new_kiosk_work(CaptureKind::text);
        other.poem = "half af";
        other.started_ms = work.started_ms + 1;
        store.save_kiosk_draft(other);
    }
    auto store = Store::open(folder.path());
    auto drafts = store.kiosk_drafts();
    ASSERT_EQ(drafts.size(), 2u);
    EXPECT_EQ(store.kiosk_draft_count(), 2u);
    EXPECT_EQ(drafts[0].id, work.id);
    EXPECT_EQ(drafts[0].strokes.size(), 2u);
    EXPECT_EQ(drafts[0].first_name, "Fien");
    EXPECT_EQ(drafts[1].poem, "half af");
    // Sent in, the draft goes in the same transaction as the capture arrives.
    submit_kiosk_work(store, *store.kiosk_settings(), drafts[0]);
    EXPECT_EQ(store.kiosk_drafts().size(), 1u);
    ASSERT_NE(store.state().capture(work.id), nullptr);
    store.delete_kiosk_draft(drafts[1].id);
    EXPECT_TRUE(store.kiosk_drafts().empty());
    EXPECT_EQ(store.kiosk_turn_ended_ms(), 0);
    EXPECT_EQ(store.kiosk_turn_started_ms(), 0);
    store.set_kiosk_turn_started_ms(1000);
    store.set_kiosk_turn_ended_ms(1234);
    EXPECT_EQ(store.kiosk_turn_started_ms(), 1000);
    EXPECT_EQ(store.kiosk_turn_ended_ms(), 1234);
}

TEST(KioskDrafts, AThrownAwayDraftTakesItsPhotoWithItUnlessSomethingElseUsesIt) {
    Kiosk kiosk;
    auto photo_work = [&](std::uint64_t seed) {
        KioskWork work = new_kiosk_work(CaptureKind::photo);
        work.photo_blob = kiosk.store.put_blob(demo_collage_png(seed, 64, 48), "image/png");
        work.photo_preview_blob = work.photo_blob;
        work.school = "Sint-Jozef";
        work.class_name = "6";
        return work;
    };
    const KioskWork alone = photo_work(1), shared = photo_work(2), sent = photo_work(3);
    const KioskWork same_photo = photo_work(2);  // another child chose the same photo
    KioskWork sent_draft = sent;
    sent_draft.id = new_id();
    submit_kiosk_work(kiosk.store, kiosk.settings, sent);
    for (const KioskWork* draft : {&alone, &shared, &same_photo, const_cast<const KioskWork*>(&sent_draft)})
        kiosk.store.save_kiosk_draft(*draft);

    kiosk.store.discard_kiosk_draft(alone.id);
    EXPECT_FALSE(kiosk.store.has_blob(alone.photo_blob)) << "nothing of it stays on the device";
    kiosk.store.discard_kiosk_draft(shared.id);
    EXPECT_TRUE(kiosk.store.has_blob(shared.photo_blob)) << "another draft uses it";
    kiosk.store.discard_kiosk_draft(sent_draft.id);
    EXPECT_TRUE(kiosk.store.has_blob(sent.photo_blob)) << "a sent-in work uses it";
    ASSERT_EQ(kiosk.store.kiosk_drafts().size(), 1u);
    EXPECT_EQ(kiosk.store.kiosk_drafts()[0].id, same_photo.id);
    EXPECT_EQ(kiosk.store.integrity_check(), "ok");
}

TEST(KioskModeration, OnlyShownWorksAreInTheLoopAndHideWins) {
    Kiosk kiosk;
    std::vector<std::string> ids;
    for (const char* name : {"Emma", "Yusuf", "Mila"}) {
        const KioskWork work = drawing_by(name);
        submit_kiosk_work(kiosk.store, kiosk.settings, work);
        ids.push_back(work.id);
    }
    set_work_status(kiosk.store, ids[2], WorkStatus::shown);
    set_work_status(kiosk.store, ids[0], WorkStatus::shown);
    set_work_status(kiosk.store, ids[1], WorkStatus::hidden);
    const auto& state = kiosk.store.state();
    const auto shown = kiosk_works(state, kiosk.settings.session_id, WorkStatus::shown);
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown[0].id, ids[0]) << "the loop shows them in the order they were made";
    EXPECT_EQ(shown[1].id, ids[2]);
    EXPECT_EQ(kiosk_works(state, kiosk.settings.session_id, WorkStatus::hidden).front().id, ids[1]);
    EXPECT_TRUE(kiosk_works(state, kiosk.settings.session_id, WorkStatus::waiting).empty());
    // Shown: in the exhibition with the first name; publishing is decided on its own.
    EXPECT_TRUE(state.capture(ids[0])->consent.exhibited());
    EXPECT_TRUE(state.capture(ids[0])->consent.named());
    EXPECT_FALSE(state.capture(ids[0])->consent.publish.written());

    // Changing one's mind: the later decision counts.
    set_work_status(kiosk.store, ids[0], WorkStatus::hidden);
    EXPECT_EQ(kiosk_works(kiosk.store.state(), kiosk.settings.session_id, WorkStatus::shown).size(), 1u);
    EXPECT_FALSE(kiosk.store.state().capture(ids[0])->consent.published()) << "hidden is published nowhere either";
    EXPECT_THROW(set_work_status(kiosk.store, new_id(), WorkStatus::shown), CaptureGone);
}

TEST(KioskStore, AStoreFromBeforeTheKioskGainsItsTables) {
    TemporaryFolder folder;
    { Store::open_or_create(folder.path()).record(SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0}); }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((folder / Store::file_name).c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "DROP TABLE kiosk; DROP TABLE kiosk_drafts; PRAGMA user_version = 2", nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    auto store = Store::open(folder.path());
    EXPECT_FALSE(store.kiosk_settings());
    EXPECT_FALSE(store.has_kiosk_pin());
    store.set_kiosk_pin("4821");
    EXPECT_EQ(store.try_kiosk_pin("4821", 0).answer, PinTry::Answer::right);
    EXPECT_NE(store.state().session("s1"), nullptr);
}

TEST(KioskDemo, TheDemoKioskHasEveryKindAndEveryStatus) {
    TemporaryFolder folder;
    auto store = Store::open_or_create(folder.path());
    const auto summary = fill_demo_kiosk(store, 12, 1);
    EXPECT_EQ(summary.shown, 7);
    EXPECT_EQ(summary.waiting, 3);
    EXPECT_EQ(summary.hidden, 1);
    EXPECT_EQ(summary.drafts, 1);
    const auto settings = store.kiosk_settings();
    ASSERT_TRUE(settings);
    EXPECT_EQ(store.try_kiosk_pin(demo_kiosk_pin, 0).answer, PinTry::Answer::right);
    std::set<CaptureKind> kinds;
    for (const auto& entry : kiosk_works(store.state(), settings->session_id, WorkStatus::shown))
        kinds.insert(entry.capture->origin->capture_kind);
    EXPECT_EQ(kinds.size(), 3u);
}

// A full disk while a child sends in: a clear error, nothing half-stored, and the kiosk's
// store still whole (the screen keeps the work to try again).
TEST(KioskOnAFullDisk, SendingInFailsCleanlyAndTheStoreStaysWhole) {
    if (geteuid() != 0) GTEST_SKIP() << "mounting a test disk needs root";
    TemporaryFolder disk;
    ASSERT_EQ(mount("tmpfs", disk.path().c_str(), "tmpfs", 0, "size=1m"), 0) << strerror(errno);
    struct Unmount {
        std::filesystem::path path;
        ~Unmount() { umount2(path.c_str(), MNT_DETACH); }
    } unmount{disk.path()};
    auto store = Store::open_or_create(disk / "kiosk");
    KioskSettings settings = exhibition();
    ensure_kiosk_session(store, settings);
    const KioskWork first = drawing_by("Amir");
    submit_kiosk_work(store, settings, first);
    // Photos from the camera fill the disk until the next one does not fit.
    bool full = false;
    for (std::uint64_t seed = 1; seed < 200 && !full; ++seed) {
        try {
            store.put_blob(demo_collage_png(seed, 320, 240) + std::string(40'000, static_cast<char>(seed)), "image/png");
        } catch (const StoreError& error) {
            EXPECT_EQ(error.problem(), StoreProblem::full) << error.what();
            full = true;
        }
    }
    ASSERT_TRUE(full) << "the 1 MiB disk never filled up";
    // A big drawing (hundreds of kilobytes of strokes) cannot fit now.
    KioskWork big = drawing_by("Nora");
    for (int i = 0; i < 2000; ++i) {
        Stroke stroke{0xff47a043u, 0.006f, {}};
        for (int p = 0; p < 20; ++p) stroke.points.push_back({(i % 97) / 97.0f, p / 20.0f});
        big.strokes.push_back(stroke);
    }
    const auto before = store.operation_count();
    try {
        submit_kiosk_work(store, settings, big);
        ADD_FAILURE() << "a drawing of this size fitted on a full disk";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.problem(), StoreProblem::full) << error.what();
    }
    EXPECT_EQ(store.operation_count(), before);
    EXPECT_EQ(store.state().capture(big.id), nullptr);
    EXPECT_EQ(store.integrity_check(), "ok");
    const auto waiting = kiosk_works(store.state(), settings.session_id, WorkStatus::waiting);
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(waiting[0].id, first.id);
}

}  // namespace
}  // namespace oogst
