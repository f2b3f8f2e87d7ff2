#pragma once
// One child's work at the kiosk, from the first tap to "Verstuur": what it is, what the
// child made, and the first name, class and school picked with it. While being made it
// is a draft, saved in the store when the child walks away (Store::save_kiosk_draft) and
// never shown to the next child; on submit it becomes a capture in the kiosk's session,
// waiting for the teacher's consent (kiosk_moderation.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/drawing/drawing.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"

namespace oogst {

class Store;

// The kinderkiosk template's field ids (assets/templates/kinderkiosk.yaml).
namespace kiosk_field {
inline constexpr const char* first_name = "voornaam";
inline constexpr const char* class_name = "klas";
inline constexpr const char* school = "school";
}  // namespace kiosk_field

inline constexpr const char* kiosk_method = "kinderkiosk";
inline constexpr std::size_t max_poem_bytes = 4000;       // a poem, not a novel
inline constexpr std::size_t max_first_name_bytes = 40;

struct KioskWork {
    std::string id;  // new_id() at the first tap; the capture's id once submitted
    CaptureKind kind = CaptureKind::drawing;  // drawing, text (a poem) or photo
    std::vector<Stroke> strokes;              // a drawing
    std::string poem;                         // a poem
    std::string photo_blob, photo_preview_blob;  // a photo, stored when chosen
    std::string first_name, school, class_name;
    std::int64_t started_ms = 0;  // wall clock: drafts are listed by it

    // Something of the child's own is in it (a stroke, a letter, a photo): worth keeping
    // as a draft when the child walks away.
    bool has_content() const;

    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        wire::require_version(version, 1, "kiosk work");
        wire::text(ar, id);
        ar(kind);
        if (kind > CaptureKind::photo) throw FormatError("a kiosk work has an unknown kind");
        wire::list(ar, strokes, 12);
        wire::text(ar, poem), wire::text(ar, photo_blob), wire::text(ar, photo_preview_blob);
        wire::text(ar, first_name), wire::text(ar, school), wire::text(ar, class_name);
        ar(started_ms);
    }
};

// What stops a work from being sent in, for the screen to say in the child's words.
enum class KioskWorkProblem {
    empty_drawing,    // no stroke on the paper
    empty_poem,       // nothing but spaces
    poem_too_long,    // more than max_poem_bytes
    no_photo,         // no photo chosen
    no_school,        // no school picked, or one the kiosk does not list
    no_class,         // no class picked, or one the school does not list
    first_name_too_long,
};

// The first problem, in the order the child meets the steps; none when it can be sent.
std::optional<KioskWorkProblem> check_kiosk_work(const KioskWork& work, const KioskSettings& settings);

// A fresh work of kind with a new id, started now.
KioskWork new_kiosk_work(CaptureKind kind);

// The kiosk's session, made when the settings have none or it was deleted: method
// kinderkiosk, named after the exhibition. Saves the settings with its id; returns it.
std::string ensure_kiosk_session(Store& store, KioskSettings& settings);

// Sends the work in: one capture in the kiosk's session, waiting for consent, with the
// rendered drawing's PNG (drawings) or the photo's blobs, and the fields first name, class
// and school; the work's draft, if one was saved, is removed in the same transaction.
// UserError (StoreError on a full disk) leaves the store as it was and the work as it is.
// A work check_kiosk_work refuses is a UserError too.
void submit_kiosk_work(Store& store, const KioskSettings& settings, const KioskWork& work);

// The label a work is shown with: "Lotte · 5B · De Regenboog" (first name left out when
// empty).
std::string kiosk_author_label(const KioskWork& work);

}  // namespace oogst

CEREAL_CLASS_VERSION(oogst::KioskWork, 1)
