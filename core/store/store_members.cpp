// The facilitator's word on member devices (member_rights.hpp): the devices it named
// facilitator or revoked, and the operations it set aside (refused by the rules, or
// those of a revoked device). Set aside means kept but not folded: nothing a device
// handed in is ever thrown away, and a device taken back gets its work back.
#include "core/errors.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/store/store_impl.hpp"

namespace oogst {

void create_member_tables(sqlite::Database& db) {
    // IF NOT EXISTS: an upgrade run twice meets them already there.
    db.execute(R"sql(
CREATE TABLE IF NOT EXISTS device_roles (
    device TEXT PRIMARY KEY,
    role INTEGER NOT NULL,      -- DeviceRole: 1 facilitator, 2 revoked
    named_at_ms INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS set_aside (
    device TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    wall_ms INTEGER NOT NULL,
    logical INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    payload BLOB NOT NULL,
    refusal INTEGER NOT NULL,   -- member_rights.hpp's Refusal
    set_aside_at_ms INTEGER NOT NULL,
    PRIMARY KEY (device, sequence)
) STRICT, WITHOUT ROWID;
)sql");
}

std::map<std::string, DeviceRole> Store::device_roles() const {
    std::map<std::string, DeviceRole> roles;
    auto query = impl_->db.prepare("SELECT device, role FROM device_roles");
    while (query.step()) {
        const auto role = query.integer(1);
        if (role == static_cast<int>(DeviceRole::facilitator) || role == static_cast<int>(DeviceRole::revoked))
            roles[query.text(0)] = static_cast<DeviceRole>(role);
    }
    return roles;
}

DeviceRole Store::device_role(const std::string& device) const {
    const auto roles = device_roles();
    const auto found = roles.find(device);
    return found == roles.end() ? DeviceRole::member : found->second;
}

void Store::set_device_role(const std::string& device, DeviceRole role) {
    if (device == impl_->device.id) throw UserError("this is the facilitator's own machine: its role cannot change");
    if (role == DeviceRole::member) {
        impl_->db.prepare("DELETE FROM device_roles WHERE device = ?").bind(1, device).step();
        return;
    }
    impl_->db
        .prepare("INSERT INTO device_roles (device, role, named_at_ms) VALUES (?1, ?2, ?3) "
                 "ON CONFLICT (device) DO UPDATE SET role = ?2, named_at_ms = ?3")
        .bind(1, device)
        .bind(2, static_cast<std::int64_t>(role))
        .bind(3, wall_clock_ms())
        .step();
}

std::int64_t Store::workshop_began_ms() const {
    auto query = impl_->db.prepare("SELECT MIN(wall_ms) FROM operations WHERE device = ? AND kind = ?");
    query.bind(1, impl_->device.id).bind(2, static_cast<std::int64_t>(OperationKind::workshop_set));
    return query.step() && !query.is_null(0) ? query.integer(0) : 0;
}

std::vector<SetAsideOperation> Store::set_aside_operations(const std::string& device) const {
    auto query = impl_->db.prepare(
        "SELECT device, sequence, wall_ms, logical, kind, payload, refusal FROM set_aside "
        "WHERE ?1 = '' OR device = ?1 ORDER BY device, sequence");
    query.bind(1, device);
    std::vector<SetAsideOperation> found;
    while (query.step()) {
        // A number a newer Oogst wrote reads as the plainest reason.
        found.push_back({operation_row(query), refusal_of(static_cast<int>(query.integer(6))).value_or(Refusal::revoked)});
    }
    return found;
}

std::uint64_t Store::set_aside_device(const std::string& device) {
    if (impl_->batch_pending) throw std::logic_error("Store::set_aside_device inside a batch");
    if (device == impl_->device.id) throw UserError("the facilitator's own work cannot be set aside");
    std::uint64_t moved = 0;
    {
        sqlite::Transaction transaction(impl_->db);
        impl_->db
            .prepare("INSERT OR IGNORE INTO set_aside (device, sequence, wall_ms, logical, kind, payload, refusal, "
                     "set_aside_at_ms) SELECT device, sequence, wall_ms, logical, kind, payload, ?2, ?3 "
                     "FROM operations WHERE device = ?1")
            .bind(1, device)
            .bind(2, static_cast<std::int64_t>(Refusal::revoked))
            .bind(3, wall_clock_ms())
            .step();
        moved = static_cast<std::uint64_t>(sqlite3_changes(impl_->db.handle()));
        impl_->db.prepare("DELETE FROM arrivals WHERE device = ?").bind(1, device).step();
        impl_->db.prepare("DELETE FROM operations WHERE device = ?").bind(1, device).step();
        transaction.commit();
    }
    // Operations left: the state is folded again from what remains, when next asked.
    impl_->forget_fold();
    return moved;
}

std::uint64_t Store::take_back_device(const std::string& device) {
    if (impl_->batch_pending) throw std::logic_error("Store::take_back_device inside a batch");
    std::uint64_t taken = 0;
    {
        sqlite::Transaction transaction(impl_->db);
        auto aside = impl_->db.prepare(
            "SELECT device, sequence, wall_ms, logical, kind, payload FROM set_aside WHERE device = ? AND refusal = ? "
            "ORDER BY sequence");
        aside.bind(1, device).bind(2, static_cast<std::int64_t>(Refusal::revoked));
        auto insert = impl_->db.prepare(
            "INSERT OR IGNORE INTO operations (device, sequence, wall_ms, logical, kind, payload) VALUES (?, ?, ?, ?, ?, ?)");
        while (aside.step()) {
            const Operation op = operation_row(aside);
            insert.reset();
            bind_operation(insert, op).step();
            if (sqlite3_changes(impl_->db.handle()) == 1) {
                impl_->note_arrival(op.id);
                ++taken;
            }
        }
        impl_->db.prepare("DELETE FROM set_aside WHERE device = ? AND refusal = ?")
            .bind(1, device)
            .bind(2, static_cast<std::int64_t>(Refusal::revoked))
            .step();
        transaction.commit();
    }
    impl_->forget_fold();
    return taken;
}

}  // namespace oogst
