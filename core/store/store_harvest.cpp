// The harvest's part of the store: the workshop's keys and templates, the devices and
// bundles the facilitator has seen, and the receipts a device has been given.
#include <sodium.h>

#include <set>

#include "core/errors.hpp"
#include "core/harvest/bundle.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/store/store_impl.hpp"

namespace oogst {

void create_harvest_tables(sqlite::Database& db) {
    db.execute(R"sql(
CREATE TABLE workshop_keys (
    workshop TEXT PRIMARY KEY,
    public_key BLOB NOT NULL,
    secret_key BLOB,            -- only on the facilitator's machine
    pairing_token BLOB NOT NULL,
    hub TEXT NOT NULL,
    facilitator_key BLOB NOT NULL
) STRICT;
CREATE TABLE workshop_templates (
    id TEXT PRIMARY KEY,
    yaml TEXT NOT NULL
) STRICT;
CREATE TABLE known_devices (
    device TEXT PRIMARY KEY,
    public_key BLOB NOT NULL,
    first_seen_ms INTEGER NOT NULL,
    held_through INTEGER NOT NULL DEFAULT 0  -- this store holds the device's operations 1..n
) STRICT;
CREATE TABLE imported_bundles (
    body_hash TEXT PRIMARY KEY,
    file_hash TEXT NOT NULL,    -- of the file as it arrived: the same file again is skipped unread
    device TEXT NOT NULL,
    operations INTEGER NOT NULL,
    new_operations INTEGER NOT NULL,
    imported_at_ms INTEGER NOT NULL
) STRICT;
CREATE INDEX imported_bundles_by_file ON imported_bundles (file_hash);
CREATE TABLE receipts (
    hub TEXT NOT NULL,
    held_through INTEGER NOT NULL,
    received_at_ms INTEGER NOT NULL,
    receipt BLOB NOT NULL
) STRICT;
)sql");
}

std::string Store::session_table_name(const std::string& session_id) const {
    if (!impl_->state && !impl_->sessions_only) impl_->fold_sessions();
    const auto& sessions = impl_->state ? *impl_->state : *impl_->sessions_only;
    const auto* session = sessions.session(session_id);
    return session ? session->table_name : "";
}

std::optional<WorkshopKeys> Store::workshop_keys() const {
    auto query = impl_->db.prepare(
        "SELECT workshop, public_key, COALESCE(secret_key, X''), pairing_token, hub, facilitator_key FROM workshop_keys");
    if (!query.step()) return std::nullopt;
    return WorkshopKeys{query.text(0), query.blob(1), query.blob(2), query.blob(3), query.text(4), query.blob(5)};
}

void Store::save_workshop_keys(const WorkshopKeys& keys) {
    const auto saved = workshop_keys();
    if (saved && saved->workshop_id != keys.workshop_id)
        throw UserError("this store already belongs to another workshop; use a new store folder for this one");
    if (saved && saved->is_facilitator() && !keys.is_facilitator())
        throw UserError("this store is the facilitator's own: it cannot join its own workshop as a device");
    // One row: the keys of this store's one workshop (checked above), replaced whole.
    auto insert = impl_->db.prepare(
        "INSERT OR REPLACE INTO workshop_keys (workshop, public_key, secret_key, pairing_token, hub, facilitator_key) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, keys.workshop_id).bind_blob(2, keys.public_key);
    if (keys.is_facilitator()) insert.bind_blob(3, keys.secret_key);
    insert.bind_blob(4, keys.pairing_token).bind(5, keys.hub).bind_blob(6, keys.facilitator_key).step();
}

std::map<std::string, std::string> Store::workshop_templates() const {
    std::map<std::string, std::string> templates;
    auto query = impl_->db.prepare("SELECT id, yaml FROM workshop_templates");
    while (query.step()) templates[query.text(0)] = query.text(1);
    return templates;
}

void Store::save_workshop_template(const std::string& id, const std::string& yaml) {
    impl_->db.prepare("INSERT OR REPLACE INTO workshop_templates (id, yaml) VALUES (?, ?)").bind(1, id).bind(2, yaml).step();
}

std::string Store::sign(std::string_view message) const {
    auto query = impl_->db.prepare("SELECT secret_key FROM device LIMIT 1");
    if (!query.step()) throw UserError("this store has no device key");
    std::string secret = query.blob(0);
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                         reinterpret_cast<const unsigned char*>(secret.data()));
    sodium_memzero(secret.data(), secret.size());
    return signature;
}

std::string Store::device_secret_key() const {
    auto query = impl_->db.prepare("SELECT secret_key FROM device LIMIT 1");
    if (!query.step()) throw UserError("this store has no device key");
    return query.blob(0);
}

std::optional<std::string> Store::known_device_key(const std::string& device_id) const {
    auto query = impl_->db.prepare("SELECT public_key FROM known_devices WHERE device = ?");
    query.bind(1, device_id);
    if (!query.step()) return std::nullopt;
    return query.blob(0);
}

std::vector<KnownDevice> Store::known_devices() const {
    auto query = impl_->db.prepare(R"sql(
        SELECT k.device, k.first_seen_ms, k.held_through,
               (SELECT COALESCE(MAX(imported_at_ms), 0) FROM imported_bundles AS b WHERE b.device = k.device),
               (SELECT COUNT(*) FROM imported_bundles AS b WHERE b.device = k.device),
               (SELECT COUNT(*) FROM operations AS o WHERE o.device = k.device),
               (SELECT COUNT(*) FROM set_aside AS s WHERE s.device = k.device)
        FROM known_devices AS k ORDER BY k.device)sql");
    std::vector<KnownDevice> devices;
    while (query.step())
        devices.push_back({query.text(0), query.integer(1), query.integer(3), static_cast<std::uint64_t>(query.integer(4)),
                           static_cast<std::uint64_t>(query.integer(2)), static_cast<std::uint64_t>(query.integer(5)),
                           static_cast<std::uint64_t>(query.integer(6))});
    return devices;
}

bool Store::bundle_imported(const std::string& body_hash) const {
    auto query = impl_->db.prepare("SELECT 1 FROM imported_bundles WHERE body_hash = ?");
    query.bind(1, body_hash);
    return query.step();
}

std::unordered_set<std::string> Store::imported_file_hashes() const {
    std::unordered_set<std::string> hashes;
    auto query = impl_->db.prepare("SELECT file_hash FROM imported_bundles");
    while (query.step()) hashes.insert(query.text(0));
    return hashes;
}

std::optional<ImportedFile> Store::imported_file(const std::string& file_hash) const {
    auto query = impl_->db.prepare("SELECT device, operations FROM imported_bundles WHERE file_hash = ? LIMIT 1");
    query.bind(1, file_hash);
    if (!query.step()) return std::nullopt;
    return ImportedFile{query.text(0), static_cast<std::uint64_t>(query.integer(1))};
}

namespace {

// The first gap in a device's sequences at or after from + 1: walks the primary keys.
// An operation set aside is held too: it is here, only not counted.
std::uint64_t held_from(sqlite::Database& db, const std::string& device_id, std::uint64_t from) {
    auto next = db.prepare(
        "SELECT 1 FROM operations WHERE device = ?1 AND sequence = ?2 "
        "UNION ALL SELECT 1 FROM set_aside WHERE device = ?1 AND sequence = ?2");
    std::uint64_t held = from;
    while (true) {
        next.reset();
        next.bind(1, device_id).bind(2, static_cast<std::int64_t>(held + 1));
        if (!next.step()) return held;
        ++held;
    }
}

}  // namespace

std::uint64_t Store::held_through(const std::string& device_id) const {
    // Kept per device by merge_bundle; any other device (this one) is counted.
    auto known = impl_->db.prepare("SELECT held_through FROM known_devices WHERE device = ?");
    known.bind(1, device_id);
    if (known.step()) return static_cast<std::uint64_t>(known.integer(0));
    return held_from(impl_->db, device_id, 0);
}

MergeCounts Store::merge_bundle(const Bundle& bundle, const std::string& file_hash,
                                const std::vector<std::optional<Refusal>>& refusals, Merge how) {
    if (impl_->batch_pending) throw std::logic_error("Store::merge_bundle inside a batch");
    if (!refusals.empty() && refusals.size() != bundle.operations.size())
        throw std::logic_error("Store::merge_bundle: one refusal entry per operation");
    const auto& header = bundle.header;
    MergeCounts counts;
    std::vector<std::int64_t> arrivals;  // of the new operations, as counts.added
    {
        sqlite::Transaction transaction(impl_->db);
        auto insert = impl_->db.prepare(
            "INSERT OR IGNORE INTO operations (device, sequence, wall_ms, logical, kind, payload) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        auto existing = impl_->db.prepare(
            "SELECT wall_ms, logical, kind, payload FROM operations WHERE device = ?1 AND sequence = ?2 "
            "UNION ALL SELECT wall_ms, logical, kind, payload FROM set_aside WHERE device = ?1 AND sequence = ?2");
        auto set_aside = impl_->db.prepare(
            "INSERT OR IGNORE INTO set_aside (device, sequence, wall_ms, logical, kind, payload, refusal, "
            "set_aside_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        // Held already, stored or set aside: it must be the very same operation. A
        // device never reuses a sequence number, so a different one means a tampered
        // bundle or a device whose store was replaced; either way merging it would lose
        // a change.
        const auto check_known = [&](const Operation& op) {
            existing.reset();
            existing.bind(1, op.id.device).bind(2, static_cast<std::int64_t>(op.id.sequence));
            if (!existing.step()) return false;
            if (existing.integer(0) != op.stamp.wall_ms || existing.integer(1) != op.stamp.logical ||
                existing.integer(2) != static_cast<std::int64_t>(op.kind) || existing.blob(3) != op.payload)
                throw BundleError("operation " + std::to_string(op.id.sequence) +
                                  " of this device differs from the one imported before: the bundle was altered, or "
                                  "the device's store was replaced");
            return true;
        };
        // Most devices have nothing set aside: their operations go straight in.
        auto any_aside = impl_->db.prepare("SELECT 1 FROM set_aside WHERE device = ? LIMIT 1");
        any_aside.bind(1, header.device_id);
        const bool device_has_aside = any_aside.step();
        const std::int64_t now = wall_clock_ms();
        for (std::size_t i = 0; i < bundle.operations.size(); ++i) {
            const auto& op = bundle.operations[i];
            const bool refused = !refusals.empty() && refusals[i].has_value();
            if (refused || device_has_aside) {
                if (check_known(op)) {
                    ++counts.known_operations;
                    continue;
                }
            }
            if (refused) {
                // Kept aside, counted as held, never folded (member_rights.hpp).
                set_aside.reset();
                bind_operation(set_aside, op)
                    .bind(7, static_cast<std::int64_t>(*refusals[i]))
                    .bind(8, now)
                    .step();
                counts.refused.push_back(i);
                continue;
            }
            insert.reset();
            bind_operation(insert, op).step();
            if (sqlite3_changes(impl_->db.handle()) == 1) {
                counts.added.push_back(i);
                arrivals.push_back(impl_->note_arrival(op.id));
                continue;
            }
            check_known(op);
            ++counts.known_operations;
        }
        // The device's damaged operations: their numbers kept aside, so its sequence has
        // no gap and the receipt covers them (there is nothing else to ask it for).
        auto damaged = impl_->db.prepare(
            "INSERT INTO set_aside (device, sequence, wall_ms, logical, kind, payload, refusal, set_aside_at_ms) "
            "VALUES (?, ?, 0, 0, 0, X'', ?, ?)");
        for (const std::uint64_t sequence : header.damaged_sequences) {
            existing.reset();
            existing.bind(1, header.device_id).bind(2, static_cast<std::int64_t>(sequence));
            if (existing.step()) continue;
            damaged.reset();
            damaged.bind(1, header.device_id)
                .bind(2, static_cast<std::int64_t>(sequence))
                .bind(3, static_cast<std::int64_t>(Refusal::damaged_on_device))
                .bind(4, now)
                .step();
            counts.damaged.push_back(sequence);
        }
        if (how == Merge::rehearsal) {
            // Counted, not written: a rehearsal need not copy a bundle's photos into the
            // log only to roll them back.
            std::set<std::string> counted;
            for (const auto& item : bundle.blobs)
                if (counted.insert(item.hash).second && !has_blob(item.hash)) ++counts.new_blobs;
        } else {
            auto blob = impl_->db.prepare("INSERT OR IGNORE INTO blobs (hash, media_type, bytes) VALUES (?, ?, ?)");
            for (const auto& item : bundle.blobs) {
                blob.reset();
                blob.bind(1, item.hash).bind(2, item.media_type).bind_blob(3, item.bytes).step();
                counts.new_blobs += static_cast<std::uint64_t>(sqlite3_changes(impl_->db.handle()));
            }
        }
        impl_->db.prepare("INSERT OR IGNORE INTO known_devices (device, public_key, first_seen_ms) VALUES (?, ?, ?)")
            .bind(1, header.device_id)
            .bind_blob(2, header.device_public_key)
            .bind(3, wall_clock_ms())
            .step();
        // What the store now holds without a gap: the bundle's operations extend it
        // (they are all stored now), then any held beyond it from an earlier bundle.
        auto held_query = impl_->db.prepare("SELECT held_through FROM known_devices WHERE device = ?");
        held_query.bind(1, header.device_id);
        held_query.step();
        auto held = static_cast<std::uint64_t>(held_query.integer(0));
        for (const auto& op : bundle.operations) {
            if (op.id.sequence == held + 1) ++held;
            else if (op.id.sequence > held + 1) break;
        }
        held = held_from(impl_->db, header.device_id, held);
        counts.held_through = held;
        impl_->db.prepare("UPDATE known_devices SET held_through = ? WHERE device = ?")
            .bind(1, static_cast<std::int64_t>(held))
            .bind(2, header.device_id)
            .step();
        if (!bundle.body_hash.empty())
            impl_->db
                .prepare("INSERT OR IGNORE INTO imported_bundles (body_hash, file_hash, device, operations, "
                         "new_operations, imported_at_ms) VALUES (?, ?, ?, ?, ?, ?)")
                .bind(1, bundle.body_hash)
                .bind(2, file_hash)
                .bind(3, header.device_id)
                .bind(4, static_cast<std::int64_t>(bundle.operations.size()))
                .bind(5, static_cast<std::int64_t>(counts.added.size()))
                .bind(6, wall_clock_ms())
                .step();
        counts.new_operations = counts.added.size();
        if (how == Merge::rehearsal) return counts;  // the transaction rolls back as it ends
        transaction.commit();
    }
    for (std::size_t n = 0; n < counts.added.size(); ++n) {
        const auto& op = bundle.operations[counts.added[n]];
        impl_->clock.observe(op.stamp);
        impl_->fold_arrived(op, arrivals[n]);
    }
    return counts;
}

void Store::save_receipt(const Receipt& receipt, const std::string& hub) {
    impl_->db.prepare("INSERT INTO receipts (hub, held_through, received_at_ms, receipt) VALUES (?, ?, ?, ?)")
        .bind(1, hub)
        .bind(2, static_cast<std::int64_t>(receipt.held_through))
        .bind(3, receipt.received_at_ms)
        .bind_blob(4, encode_receipt(receipt))
        .step();
}

std::uint64_t Store::acknowledged_through() const {
    // The newest signed receipt speaks for the facilitator's store as it is now (see
    // receipt_is_news): a store put back from a backup holds less than it once said.
    auto query = impl_->db.prepare(
        "SELECT held_through FROM receipts ORDER BY received_at_ms DESC, held_through DESC LIMIT 1");
    return query.step() ? static_cast<std::uint64_t>(query.integer(0)) : 0;
}

std::optional<std::int64_t> Store::last_receipt_ms() const {
    auto query = impl_->db.prepare("SELECT MAX(received_at_ms) FROM receipts");
    if (!query.step() || query.is_null(0)) return std::nullopt;
    return query.integer(0);
}

std::uint64_t Store::own_operation_count() const {
    auto query = impl_->db.prepare("SELECT COALESCE(MAX(sequence), 0) FROM operations WHERE device = ?");
    query.bind(1, impl_->device.id);
    query.step();
    return static_cast<std::uint64_t>(query.integer(0));
}

}  // namespace oogst
