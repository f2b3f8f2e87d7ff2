#include "core/kiosk/kiosk_work.hpp"

#include <algorithm>

#include "core/drawing/drawing_thumbnail.hpp"
#include "core/errors.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/model/new_capture.hpp"
#include "core/model/plain_text.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

// The kinderkiosk template's one board (assets/templates/kinderkiosk.yaml).
constexpr const char* kiosk_board = "droomstad";

const char* problem_sentence(KioskWorkProblem problem) {
    switch (problem) {
        case KioskWorkProblem::empty_drawing: return "the drawing is still empty";
        case KioskWorkProblem::empty_poem: return "the poem is still empty";
        case KioskWorkProblem::poem_too_long: return "the poem is longer than the kiosk can show";
        case KioskWorkProblem::no_photo: return "no photo was chosen";
        case KioskWorkProblem::no_school: return "no school was picked from the kiosk's list";
        case KioskWorkProblem::no_class: return "no class was picked from the school's list";
        case KioskWorkProblem::first_name_too_long: return "the first name is too long";
    }
    return "the work is not complete";
}

}  // namespace

bool KioskWork::has_content() const {
    switch (kind) {
        case CaptureKind::drawing: return !strokes.empty();
        case CaptureKind::text: return !blank(poem);
        case CaptureKind::photo: return !photo_blob.empty();
    }
    return false;
}

std::optional<KioskWorkProblem> check_kiosk_work(const KioskWork& work, const KioskSettings& settings) {
    switch (work.kind) {
        case CaptureKind::drawing:
            if (work.strokes.empty()) return KioskWorkProblem::empty_drawing;
            break;
        case CaptureKind::text:
            if (blank(work.poem)) return KioskWorkProblem::empty_poem;
            if (work.poem.size() > max_poem_bytes) return KioskWorkProblem::poem_too_long;
            break;
        case CaptureKind::photo:
            if (work.photo_blob.empty()) return KioskWorkProblem::no_photo;
            break;
    }
    if (work.first_name.size() > max_first_name_bytes) return KioskWorkProblem::first_name_too_long;
    const KioskSchool* school = settings.school(work.school);
    if (!school) return KioskWorkProblem::no_school;
    if (std::find(school->classes.begin(), school->classes.end(), work.class_name) == school->classes.end())
        return KioskWorkProblem::no_class;
    return std::nullopt;
}

KioskWork new_kiosk_work(CaptureKind kind) {
    KioskWork work;
    work.id = new_id();
    work.kind = kind;
    work.started_ms = wall_clock_ms();
    return work;
}

std::string ensure_kiosk_session(Store& store, KioskSettings& settings) {
    if (!settings.session_id.empty() && store.state().session(settings.session_id)) return settings.session_id;
    SessionSet session;
    session.id = new_id();
    session.method = kiosk_method;
    session.table_name = settings.title;
    session.starts_at_ms = wall_clock_ms();
    KioskSettings with_session = settings;
    with_session.session_id = session.id;
    store.batch([&] {
        store.record(session);
        store.save_kiosk_settings(with_session);
    });
    settings = with_session;
    return settings.session_id;
}

std::string kiosk_author_label(const KioskWork& work) {
    std::string label(trimmed(work.first_name));
    for (const std::string* part : {&work.class_name, &work.school}) {
        if (part->empty()) continue;
        if (!label.empty()) label += " · ";
        label += *part;
    }
    return label;
}

void submit_kiosk_work(Store& store, const KioskSettings& settings, const KioskWork& work) {
    if (const auto problem = check_kiosk_work(work, settings))
        throw UserError(std::string("this work cannot be sent in yet: ") + problem_sentence(*problem));
    if (settings.session_id.empty() || !store.state().session(settings.session_id))
        throw UserError("the kiosk has no session for its works; open its settings and save them again");

    CaptureAdded capture = new_capture(settings.session_id, work.kind, kiosk_board);
    capture.id = work.id;  // the draft's: a work sent in twice is one capture
    capture.author_label = kiosk_author_label(work);
    capture.consent = 0;  // waits for the teacher
    capture.fields = {{kiosk_field::first_name, std::string(trimmed(work.first_name))},
                      {kiosk_field::class_name, work.class_name},
                      {kiosk_field::school, work.school}};
    switch (work.kind) {
        case CaptureKind::drawing: capture.strokes = work.strokes; break;
        case CaptureKind::text: capture.text = trimmed(work.poem); break;
        case CaptureKind::photo:
            capture.photo_blob = work.photo_blob;
            capture.preview_blob = work.photo_preview_blob;
            if (!store.has_blob(work.photo_blob) ||
                (!work.photo_preview_blob.empty() && !store.has_blob(work.photo_preview_blob)))
                throw UserError("the photo is no longer in the kiosk's store; choose it again");
            break;
    }
    // Rendered before the transaction: cairo's work does not hold the store's lock.
    const std::string png = work.kind == CaptureKind::drawing ? render_drawing_png(work.strokes) : std::string();
    store.batch([&] {
        if (!png.empty()) capture.preview_blob = store.put_blob(png, "image/png");
        store.record(capture);
        store.delete_kiosk_draft(work.id);
    });
}

}  // namespace oogst
