// Schema version 1 to 2: a device's id becomes the hash of its key (store_impl.hpp).
// The first Oogst gave a device a random id; since the harvest (version 2) a device's id
// is the hash of its public key, so no device can speak for another, and a join file
// or bundle whose operations carry another id is refused. A store of version 1 kept
// its random id: upgraded as it was, its work could never be handed in, and as the
// facilitator's store its join files were refused. Version 1 had no harvest, so the
// store's operations are all its own and no other store has seen their ids: they are
// renamed to the key's id here, in the upgrade's transaction, and so is the one place a
// payload names a device (an undo naming the deletion it cancels).
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/model/wire.hpp"
#include "core/store/store_impl.hpp"

namespace oogst {

void give_device_its_key_id(sqlite::Database& db) {
    auto device = db.prepare("SELECT id, public_key FROM device LIMIT 1");
    if (!device.step()) return;  // opening says it is damaged
    const std::string old_id = device.text(0);
    const std::string new_id = device_id_for_key(device.blob(1));
    device.reset();
    if (old_id == new_id) return;

    // Undos that name a deletion of this device, rewritten with its new id.
    std::vector<std::pair<std::int64_t, std::string>> undos;  // sequence, new payload
    auto restored = db.prepare("SELECT sequence, payload FROM operations WHERE device = ?1 AND kind = ?2");
    restored.bind(1, old_id).bind(2, static_cast<std::int64_t>(OperationKind::capture_restored));
    while (restored.step()) {
        auto undo = wire::decode<CaptureRestored>(restored.blob(1));
        if (undo.deletion_device != old_id) continue;
        undo.deletion_device = new_id;
        undos.emplace_back(restored.integer(0), wire::encode(undo));
    }
    restored.reset();
    for (const auto& [sequence, payload] : undos)
        db.prepare("UPDATE operations SET payload = ?1 WHERE device = ?2 AND sequence = ?3")
            .bind_blob(1, payload)
            .bind(2, old_id)
            .bind(3, sequence)
            .step();
    db.prepare("UPDATE operations SET device = ?1 WHERE device = ?2").bind(1, new_id).bind(2, old_id).step();
    db.prepare("UPDATE device SET id = ?1 WHERE id = ?2").bind(1, new_id).bind(2, old_id).step();
}

}  // namespace oogst
