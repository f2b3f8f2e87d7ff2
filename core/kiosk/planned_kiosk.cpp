#include "core/kiosk/planned_kiosk.hpp"

#include "core/kiosk/kiosk_work.hpp"

namespace oogst {

std::optional<KioskSettings> planned_kiosk_settings(const WorkshopState& state) {
    for (const SessionSet* session : state.sessions()) {
        if (session->method != kiosk_method || session->schools.empty()) continue;
        KioskSettings settings;
        settings.title = session->table_name;
        for (const SessionSchool& school : session->schools) settings.schools.push_back({school.name, school.classes});
        settings.session_id = session->id;
        return settings;
    }
    return std::nullopt;
}

}  // namespace oogst
