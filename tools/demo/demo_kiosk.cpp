#include "tools/demo/demo_kiosk.hpp"

#include <cairo.h>

#include <array>
#include <cmath>
#include <random>
#include <stdexcept>

#include "core/drawing/cairo_bytes.hpp"
#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/ids.hpp"
#include "tools/demo/demo_drawings.hpp"

namespace oogst {
namespace {

constexpr std::array poems = {
    "In mijn stad\nzingen de bomen\nen fietsen de mensen\nnaar de zee.",
    "Een park op het dak,\neen bank voor oma,\neen pleintje om te spelen\nen niemand die toetert.",
    "Ik droom van een brug\nvan regenbogen\nwaar iedereen elkaar\ngoeiedag zegt.",
    "De straat is van ons:\nkrijt op de stenen,\nbloemen in de bakken,\nen de auto's slapen.",
    "Mijn school heeft een tuin\nmet tomaten en bijen.\nWe eten samen\nin de zon.",
    "Overal water om te drinken,\noveral een boom voor schaduw,\noveral een vriend\nom mee te lachen.",
};

constexpr std::array first_names = {"Lotte", "Noah", "Emma", "Yusuf", "Fien", "Amir",
                                    "Mila", "",      "Lucas", "Nora",  "Aya", ""};

KioskSettings demo_settings(const std::optional<KioskSettings>& before) {
    KioskSettings settings;
    settings.title = "Mijn droomstad";
    settings.schools = {{"De Regenboog", {"4A", "5A", "5B", "6A"}},
                        {"Sint-Jozef", {"4", "5", "6"}},
                        {"Het Klavertje", {"5K", "6K"}}};
    // The kiosk keeps its session (and the works in it) when set up again.
    if (before) settings.session_id = before->session_id;
    return settings;
}

}  // namespace

std::string demo_collage_png(std::uint64_t seed, int width, int height) {
    std::mt19937_64 random(seed);
    auto uniform = [&](double low, double high) { return std::uniform_real_distribution<double>(low, high)(random); };
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0.80, 0.68, 0.50);  // cardboard
    cairo_paint(cr);
    constexpr std::array<std::array<double, 3>, 7> papers = {{{0.93, 0.27, 0.25}, {0.98, 0.75, 0.18}, {0.22, 0.60, 0.35},
                                                              {0.20, 0.47, 0.85}, {0.60, 0.30, 0.70}, {0.97, 0.97, 0.95},
                                                              {0.95, 0.55, 0.65}}};
    for (int shape = 0; shape < 14; ++shape) {
        const auto& paper = papers[random() % papers.size()];
        cairo_set_source_rgb(cr, paper[0], paper[1], paper[2]);
        cairo_save(cr);
        cairo_translate(cr, uniform(0, width), uniform(0, height));
        cairo_rotate(cr, uniform(-0.6, 0.6));
        const double size = uniform(0.08, 0.25) * width;
        if (shape % 3 == 0)
            cairo_arc(cr, 0, 0, size / 2, 0, 2 * M_PI);
        else if (shape % 3 == 1)
            cairo_rectangle(cr, -size / 2, -size / 3, size, size * 0.66);
        else {
            cairo_move_to(cr, 0, -size / 2);  // a house's roof, a tree, a mountain
            cairo_line_to(cr, size / 2, size / 2);
            cairo_line_to(cr, -size / 2, size / 2);
            cairo_close_path(cr);
        }
        cairo_fill(cr);
        cairo_restore(cr);
    }
    cairo_destroy(cr);
    std::string png;
    const cairo_status_t status = cairo_surface_write_to_png_stream(surface, append_to_string, &png);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(cairo_status_to_string(status));
    return png;
}

DemoKioskSummary fill_demo_kiosk(Store& store, int works, std::uint64_t seed) {
    KioskSettings settings = demo_settings(store.kiosk_settings());
    store.save_kiosk_settings(settings);
    store.set_kiosk_pin(demo_kiosk_pin);
    ensure_kiosk_session(store, settings);

    DemoKioskSummary summary;
    std::mt19937_64 random(seed * 7919 + 17);
    for (int i = 0; i < works; ++i) {
        KioskWork work;
        work.id = id_from(seed, 0x6b696f736b000000ull + static_cast<std::uint64_t>(i));
        work.kind = static_cast<CaptureKind>(i % 3 == 0 ? 1 : i % 3 == 1 ? 0 : 2);  // drawing, poem, photo, …
        work.started_ms = 1'790'000'000'000 + i * 600'000;
        const KioskSchool& school = settings.schools[random() % settings.schools.size()];
        work.school = school.name;
        work.class_name = school.classes[random() % school.classes.size()];
        work.first_name = first_names[(seed + static_cast<std::uint64_t>(i)) % first_names.size()];
        switch (work.kind) {
            case CaptureKind::drawing: work.strokes = demo_drawing(seed * 131 + static_cast<std::uint64_t>(i)); break;
            case CaptureKind::text: work.poem = poems[(seed + static_cast<std::uint64_t>(i)) % poems.size()]; break;
            case CaptureKind::photo: {
                const std::string png = demo_collage_png(seed * 977 + static_cast<std::uint64_t>(i));
                work.photo_blob = store.put_blob(png, "image/png");
                work.photo_preview_blob = work.photo_blob;
                break;
            }
        }
        // The last one was left unfinished: a child walked away from it.
        if (i == works - 1 && works > 3) {
            store.save_kiosk_draft(work);
            ++summary.drafts;
            continue;
        }
        submit_kiosk_work(store, settings, work);
        // The newest few still wait for the teacher; one of the first was hidden.
        if (i >= works - 4) {
            ++summary.waiting;
        } else if (i == 1) {
            set_work_status(store, work.id, WorkStatus::hidden);
            ++summary.hidden;
        } else {
            // Shown, and for most also published; one without the child's name, one whose
            // teacher kept it out of the publications.
            set_work_status(store, work.id, WorkStatus::shown, /*with_name=*/i != 2);
            give_consent(store, work.id, ConsentAspect::publish, i != 3);
            ++summary.shown;
        }
    }
    return summary;
}

}  // namespace oogst
