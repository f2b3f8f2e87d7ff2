#include "core/kiosk/kiosk_moderation.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/payloads.hpp"
#include "core/model/plain_text.hpp"

namespace oogst {
namespace {

const CaptureRecord& live_work(const Store& store, const std::string& capture_id) {
    const CaptureRecord* capture = store.state().capture(capture_id);
    if (!capture || !capture->live()) throw CaptureGone();
    return *capture;
}

}  // namespace

WorkStatus work_status(const CaptureRecord& capture) {
    if (!capture.consent.exhibit.written()) return WorkStatus::waiting;
    return capture.consent.exhibit.value() ? WorkStatus::shown : WorkStatus::hidden;
}

std::vector<KioskEntry> kiosk_works(const WorkshopState& state, const std::string& session_id, WorkStatus status) {
    std::vector<KioskEntry> works;
    for (const auto& [id, capture] : state.captures_of(session_id))
        if (work_status(*capture) == status) works.push_back({*id, capture});
    // captures_of gives the order they were made; moderation wants the newest first.
    if (status != WorkStatus::shown) std::reverse(works.begin(), works.end());
    return works;
}

void set_work_status(Store& store, const std::vector<std::string>& capture_ids, WorkStatus status, bool with_name) {
    for (const std::string& id : capture_ids) live_work(store, id);  // all there, or nothing recorded
    store.batch([&] {
        for (const std::string& id : capture_ids) {
            switch (status) {
                case WorkStatus::waiting: break;  // a decision is not taken back, only changed
                case WorkStatus::shown:
                    store.record(CaptureConsentGiven{id, ConsentAspect::exhibit, true});
                    store.record(CaptureConsentGiven{id, ConsentAspect::name, with_name});
                    break;
                case WorkStatus::hidden:
                    store.record(CaptureConsentGiven{id, ConsentAspect::exhibit, false});
                    store.record(CaptureConsentGiven{id, ConsentAspect::publish, false});
                    break;
            }
        }
    });
}

void set_work_status(Store& store, const std::string& capture_id, WorkStatus status, bool with_name) {
    set_work_status(store, std::vector<std::string>{capture_id}, status, with_name);
}

void give_consent(Store& store, const std::string& capture_id, ConsentAspect aspect, bool given) {
    const CaptureConsent& consent = live_work(store, capture_id).consent;
    const LastWriterWins<bool>& now = aspect == ConsentAspect::exhibit   ? consent.exhibit
                                      : aspect == ConsentAspect::publish ? consent.publish
                                                                         : consent.name;
    if (now.written() && now.value() == given) return;
    store.record(CaptureConsentGiven{capture_id, aspect, given});
}

void correct_first_name(Store& store, const std::string& capture_id, const std::string& first_name) {
    const std::string name(trimmed(first_name));
    if (name.size() > max_first_name_bytes)
        throw UserError("a first name has at most " + std::to_string(max_first_name_bytes) + " letters");
    const CaptureRecord& work = live_work(store, capture_id);
    if (work.field(kiosk_field::first_name) == name) return;
    store.record(CaptureFieldSet{capture_id, kiosk_field::first_name, name});
}

std::string field_value(const CaptureRecord& capture, const std::string& field_id) { return capture.field(field_id); }

std::string kiosk_work_label(const CaptureRecord& capture, FirstName first_name) {
    const bool named = first_name == FirstName::always || capture.consent.named();
    std::string label = named ? capture.field(kiosk_field::first_name) : "";
    for (const char* part : {kiosk_field::class_name, kiosk_field::school}) {
        const std::string value = capture.field(part);
        if (value.empty()) continue;
        if (!label.empty()) label += " · ";
        label += value;
    }
    return label;
}

}  // namespace oogst
