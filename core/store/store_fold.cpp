// The store's state kept current: folded once from every operation, then brought up to
// date with each operation this connection stores (fold_arrived) and with what other
// connections stored since the last look (catch_up), in the order they arrived.
#include <algorithm>
#include <atomic>

#include "core/errors.hpp"
#include "core/store/store.hpp"
#include "core/store/store_impl.hpp"

namespace oogst {
namespace {

std::atomic<std::uint64_t> last_revision{0};

}  // namespace

void Store::Impl::changed() { revision = ++last_revision; }

void Store::Impl::fold_in(const Operation& op) {
    if (state) state->apply(op);
    if (sessions_only && kind_subject(op.kind) == Subject::session) sessions_only->apply(op);
}

void Store::Impl::fold_arrived(const Operation& op, std::int64_t arrival) {
    if (!state && !sessions_only) return;
    if (arrival != folded_through + 1) {
        // Another connection wrote in between: read what it wrote too, in order.
        catch_up();
        return;
    }
    fold_in(op);
    folded_through = arrival;
    changed();
}

void Store::Impl::fold_all() {
    others_wrote();  // from here on, what others write is noticed (read again at worst)
    WorkshopState folded;
    // One statement reads one snapshot: every operation, and the latest arrival in it.
    // Every operation has its arrival (they are written together), so the operations
    // are read in their own table's order without a join: looking each one's arrival
    // up was a third of opening a large store.
    auto query = db.prepare(R"sql(
        SELECT device, sequence, wall_ms, logical, kind, payload, (SELECT MAX(arrival) FROM arrivals)
        FROM operations)sql");
    std::int64_t through = 0;
    Operation op;
    for (bool first = true; query.step(); first = false) {
        if (first) {
            // Arrivals are numbered 1, 2, 3…: the latest is how many operations there are.
            through = query.integer(6);
            folded.expect_operations(static_cast<std::size_t>(through));
        }
        op = operation_row(query);
        fold_checked(folded, op);
    }
    state = std::move(folded);
    // What sessions_only held is in the state now; it had followed the same arrivals.
    folded_through = std::max(folded_through, through);
    changed();
}

void Store::Impl::fold_sessions() {
    others_wrote();  // from here on, what others write is noticed (read again at worst)
    std::string kinds;
    for (const OperationKind kind : all_kinds)
        if (kind_subject(kind) == Subject::session) kinds += (kinds.empty() ? "" : ",") + std::to_string(static_cast<int>(kind));
    // The latest operation comes along whatever its kind, so the one snapshot also says
    // how far the store went: what arrives after it is caught up with later.
    const std::string sql =
        "SELECT o.device, o.sequence, o.wall_ms, o.logical, o.kind, o.payload, a.arrival "
        "FROM operations AS o JOIN arrivals AS a ON a.device = o.device AND a.sequence = o.sequence "
        "WHERE o.kind IN (" + kinds + ") OR a.arrival = (SELECT MAX(arrival) FROM arrivals)";
    WorkshopState folded;
    std::int64_t through = 0;
    auto query = db.prepare(sql.c_str());
    while (query.step()) {
        const Operation op = operation_row(query);
        if (kind_subject(op.kind) == Subject::session) fold_checked(folded, op);
        through = std::max(through, query.integer(6));
    }
    sessions_only = std::move(folded);
    folded_through = std::max(folded_through, through);
    changed();
}

void Store::Impl::fold_checked(WorkshopState& into, const Operation& op) {
    try {
        into.apply(op);
    } catch (const FormatError&) {
        // A damaged payload (bit rot) must not stop a device from capturing: the state
        // is folded without it, and what reads the store is told (damaged_operations).
        damaged.insert(op.id);
    }
}

std::vector<OperationId> Store::damaged_operations() const {
    if (!impl_->state) impl_->fold_all();
    return {impl_->damaged.begin(), impl_->damaged.end()};
}

bool Store::Impl::catch_up() {
    if (!state && !sessions_only) return false;
    if (!read_arrivals) {
        read_arrivals.emplace(db, R"sql(
            SELECT o.device, o.sequence, o.wall_ms, o.logical, o.kind, o.payload, a.arrival
            FROM arrivals AS a JOIN operations AS o ON o.device = a.device AND o.sequence = a.sequence
            WHERE a.arrival > ? ORDER BY a.arrival)sql");
    }
    auto& query = *read_arrivals;
    query.reset();
    query.bind(1, folded_through);
    bool any = false;
    while (query.step()) {
        const Operation op = operation_row(query);
        clock.observe(op.stamp);
        if (state) fold_checked(*state, op);
        if (sessions_only && kind_subject(op.kind) == Subject::session) fold_checked(*sessions_only, op);
        folded_through = query.integer(6);
        any = true;
    }
    query.reset();
    if (any) changed();
    return any;
}

bool Store::Impl::others_wrote() {
    // PRAGMA data_version changes when another connection commits, never for this
    // one's own commits: the check costs no read of the operations.
    if (!read_data_version) read_data_version.emplace(db, "PRAGMA data_version");
    auto& version = *read_data_version;
    version.reset();
    version.step();
    const std::int64_t now = version.integer(0);
    version.reset();
    const bool changed_since = data_version && *data_version != now;
    data_version = now;
    return changed_since;
}

const WorkshopState& Store::state() const {
    if (!impl_->state) impl_->fold_all();
    return *impl_->state;
}

bool Store::catch_up() {
    if (!impl_->state && !impl_->sessions_only) return false;
    if (!impl_->others_wrote()) return false;
    return impl_->catch_up();
}

std::uint64_t Store::revision() const { return impl_->revision; }

bool Store::state_is_folded() const { return impl_->state.has_value(); }

}  // namespace oogst
