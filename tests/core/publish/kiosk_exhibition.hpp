#pragma once
// A workshop with a children's exhibition kiosk, for the publications' tests: works sent
// in through the kiosk's own calls and decided through the teacher's (kiosk_moderation),
// so the consents are the ones a real kiosk records.
#include <cstdint>
#include <string>
#include <vector>

#include "core/drawing/drawing.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

struct KioskExhibition {
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    KioskSettings settings;
    std::uint64_t made = 0;

    KioskExhibition() {
        store.record(WorkshopSet{"roeselare-2030", "Roeselare 2030", "droomsessie", "Roeselare", {"2026-12-04"}, {"nl"}});
        settings.title = "Mijn droomstad";
        settings.schools = {{"De Regenboog", {"5A", "5B"}}};
        store.save_kiosk_settings(settings);
        ensure_kiosk_session(store, settings);
    }

    // Each work's id sorts before the one made before it, so an order by id is never
    // the order made by accident.
    KioskWork work(CaptureKind kind, const std::string& first_name) {
        KioskWork work = new_kiosk_work(kind);
        work.id = id_from(0x6761, 1000 - made++);
        work.first_name = first_name;
        work.school = "De Regenboog";
        work.class_name = "5B";
        return work;
    }

    std::string drawing(const std::string& first_name) {
        KioskWork drawn = work(CaptureKind::drawing, first_name);
        Stroke stroke;
        stroke.width = 0.02f;
        for (int i = 0; i <= 20; ++i)
            stroke.points.push_back({0.1f + 0.04f * i, 0.5f + (i % 2 ? 0.2f : -0.2f)});  // a zigzag, a mountain range
        drawn.strokes = {stroke};
        submit_kiosk_work(store, settings, drawn);
        return drawn.id;
    }
    std::string poem(const std::string& first_name, const std::string& text) {
        KioskWork written = work(CaptureKind::text, first_name);
        written.poem = text;
        submit_kiosk_work(store, settings, written);
        return written.id;
    }
    std::string photo(const std::string& first_name, const std::string& bytes, const std::string& media_type) {
        KioskWork taken = work(CaptureKind::photo, first_name);
        taken.photo_blob = store.put_blob(bytes, media_type);
        taken.photo_preview_blob = taken.photo_blob;
        submit_kiosk_work(store, settings, taken);
        return taken.id;
    }

    // The teacher's decisions.
    void show(const std::string& id, bool with_name) { set_work_status(store, id, WorkStatus::shown, with_name); }
    void publish(const std::string& id, bool given = true) { give_consent(store, id, ConsentAspect::publish, given); }
};

}  // namespace oogst::testing
