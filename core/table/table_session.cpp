#include "core/table/table_session.hpp"

#include "core/errors.hpp"

namespace oogst {

bool rename_table(Store& store, const SessionSet& session, const std::string& name) {
    if (name.empty() || name == session.table_name) return false;
    store.record(SessionTableSet{session.id, name, session.participants});
    return true;
}

void set_participants(Store& store, const SessionSet& session, int participants) {
    if (participants < 1 || participants > max_participants)
        throw UserError("a table has between 1 and " + std::to_string(max_participants) + " participants");
    store.record(SessionTableSet{session.id, session.table_name, static_cast<std::uint16_t>(participants)});
}

}  // namespace oogst
