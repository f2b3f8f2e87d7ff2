// A device whose id is not its key's hash (store_impl.hpp): the stores of the first Oogst.
// Since the harvest a device's id is the hash of its public key, so no device can speak
// for another, and a join file or bundle whose operations carry another id is refused.
// The first versions gave a device a random id (every store of schema 1, and those a
// few development builds of schema 2 made). Opened as it was, such a store showed
// everything, but its work could never be handed in, and as the facilitator's store
// its join files were refused. While the store has never taken part in a harvest (no
// workshop keys, receipts, other devices or their bundles), no other store has seen
// its operations' ids, so they are renamed to the key's id here, with the one place a
// payload names a device (an undo naming the deletion it cancels). A store that has
// taken part in one keeps its id: renaming would part it from what others hold.
#include "core/errors.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"
#include "core/store/store_impl.hpp"

namespace oogst {
namespace {

bool has_rows(sqlite::Database& db, const char* table) {
    auto query = db.prepare((std::string("SELECT 1 FROM ") + table + " LIMIT 1").c_str());
    return query.step();
}

// Whether any other store may know this device's operations by their ids.
bool took_part_in_a_harvest(sqlite::Database& db, const std::string& id) {
    for (const char* table : {"workshop_keys", "receipts", "known_devices", "imported_bundles", "set_aside"})
        if (has_rows(db, table)) return true;
    auto others = db.prepare("SELECT 1 FROM operations WHERE device <> ?1 LIMIT 1");
    others.bind(1, id);
    return others.step();
}

}  // namespace

void give_device_its_key_id(sqlite::Database& db) {
    auto device = db.prepare("SELECT id, public_key FROM device LIMIT 1");
    if (!device.step()) return;  // opening says it is damaged
    const std::string old_id = device.text(0);
    const std::string new_id = device_id_for_key(device.blob(1));
    device.reset();
    if (old_id == new_id || took_part_in_a_harvest(db, old_id)) return;

    sqlite::Transaction rename(db);
    // Undos that name a deletion of this device, rewritten with its new id. One that
    // cannot be read is left as it is: the fold skips it and names it damaged, as before.
    std::vector<std::pair<std::int64_t, std::string>> undos;  // sequence, new payload
    auto restored = db.prepare("SELECT sequence, payload FROM operations WHERE device = ?1 AND kind = ?2");
    restored.bind(1, old_id).bind(2, static_cast<std::int64_t>(OperationKind::capture_restored));
    while (restored.step()) {
        try {
            auto undo = wire::decode<CaptureRestored>(restored.blob(1));
            if (undo.deletion_device != old_id) continue;
            undo.deletion_device = new_id;
            undos.emplace_back(restored.integer(0), wire::encode(undo));
        } catch (const FormatError&) {
            continue;
        }
    }
    restored.reset();
    for (const auto& [sequence, payload] : undos)
        db.prepare("UPDATE operations SET payload = ?1 WHERE device = ?2 AND sequence = ?3")
            .bind_blob(1, payload)
            .bind(2, old_id)
            .bind(3, sequence)
            .step();
    for (const char* table : {"operations", "arrivals"})
        db.prepare((std::string("UPDATE ") + table + " SET device = ?1 WHERE device = ?2").c_str())
            .bind(1, new_id)
            .bind(2, old_id)
            .step();
    db.prepare("UPDATE device SET id = ?1 WHERE id = ?2").bind(1, new_id).bind(2, old_id).step();
    rename.commit();
}

}  // namespace oogst
