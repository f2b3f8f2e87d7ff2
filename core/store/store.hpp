#pragma once
// A device's store: one SQLite file (WAL, synchronous=FULL, STRICT tables) holding the
// operations made or imported on this device, the content-addressed blobs, and the
// device's identity. The workshop state is folded from the operations once, then kept
// current: this connection's appends fold in as they commit, and catch_up() folds what
// other connections stored since.
//
// Durability promise: when append() or record() returns, the operation is committed and
// survives a power cut. Callers show a capture as saved only after that.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/harvest/member_rights.hpp"
#include "core/harvest/receipt.hpp"
#include "core/harvest/workshop_keys.hpp"
#include "core/kiosk/kiosk_pin.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/model/operation.hpp"
#include "core/model/wire.hpp"
#include "core/model/workshop_state.hpp"
#include "core/store/device_settings.hpp"

namespace oogst {

struct Bundle;

// What merging one bundle changed (Store::merge_bundle).
struct MergeCounts {
    std::uint64_t new_operations = 0, known_operations = 0, new_blobs = 0;
    std::vector<std::size_t> added;    // indexes of the new ones in the bundle, for the merge report
    std::vector<std::size_t> refused;  // indexes of those set aside now, not folded
    std::vector<std::uint64_t> damaged;  // the bundle's damaged_sequences newly set aside
    std::uint64_t held_through = 0;      // what the store holds of the device afterwards (held_through)
};

// A bundle file the facilitator imported before (the ledger).
struct ImportedFile {
    std::string device;
    std::uint64_t operations = 0;
};

// A device whose bundles the facilitator has imported (known_devices and the ledger).
struct KnownDevice {
    std::string id;
    std::int64_t first_seen_ms = 0;      // its first bundle merged here
    std::int64_t last_handed_in_ms = 0;  // its latest bundle merged here (stick or hub)
    std::uint64_t bundles = 0;           // bundles of it merged here
    std::uint64_t held_through = 0;      // its operations 1..n are all here
    std::uint64_t operations_held = 0;   // its operations here, gaps or not
    std::uint64_t set_aside = 0;         // its operations kept but not counted (member_rights.hpp)
};

// An operation the facilitator's machine keeps without folding it, and why.
struct SetAsideOperation {
    Operation op;
    Refusal why = Refusal::revoked;
};

struct DeviceIdentity {
    std::string id;
    std::string public_key;  // Ed25519, raw 32 bytes; signs this device's bundles
};

class Store {
public:
    // 2: workshop keys, templates, known devices, imported bundles and receipts.
    // 3: the kiosk's settings, PIN and drafts.
    // 4: the order operations arrived in (catch_up).
    // 5: this device's settings (language, keyboard layout).
    // 6: devices' roles and the operations set aside (member_rights.hpp).
    static constexpr int schema_version = 6;
    static constexpr const char* file_name = "oogst.db";

    // When the state is folded from the operations: at open (which also checks that
    // every operation can be read), or on the first call to state(). Importing and
    // exporting on the command line never need the state and skip that work.
    enum class Fold { at_open, when_needed };

    // Creates a store in folder (made if missing), or opens the one already there.
    static Store open_or_create(const std::filesystem::path& folder, Fold fold = Fold::at_open);
    // How a store is opened: to work in, or only to read (dump, show, inspect), so that
    // a store on a read-only stick or in a folder without write access still answers.
    // A read-only store writes nothing (no upgrade, no change of modes, no log) and
    // throws on the first attempt to record.
    enum class Access { read_write, read_only };

    // Opens an existing store; a folder without one is a UserError.
    static Store open(const std::filesystem::path& folder, Fold fold = Fold::at_open,
                      Access access = Access::read_write);
    static bool exists(const std::filesystem::path& folder);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::filesystem::path& folder() const;
    // A consistent copy of the whole store, made with SQLite's online backup while the
    // store stays open and in use (store_backup.cpp): into folder, which must not hold a
    // store already; written under a temporary name and renamed into place, private to
    // its owner like the store. Throws UserError.
    void back_up(const std::filesystem::path& folder) const;
    const DeviceIdentity& device() const;
    const WorkshopState& state() const;
    bool state_is_folded() const;
    // Operations of this store that no longer decode (a damaged payload: bit rot), met
    // while folding: left out of the state, so the device keeps capturing; its bundles
    // name them instead of carrying them (BundleHeader::damaged_sequences).
    std::vector<OperationId> damaged_operations() const;
    // Folds what other connections (a background job, the hub, the command line) stored
    // since the last look: only those operations, in the order they arrived. Cheap when
    // nothing arrived. Returns whether the state changed. The app calls it once a frame.
    bool catch_up();
    // Changes whenever the state changes (this connection's writes, or catch_up), and is
    // never the same for two stores in one program: what screens cache is keyed by it.
    std::uint64_t revision() const;
    // A session's table name without folding everything (for reports on the command
    // line): from the state when it is folded, else from the session operations alone.
    std::string session_table_name(const std::string& session_id) const;

    // Appends one operation made on this device, durably, and folds it into the state.
    // Only typed payloads can be recorded, so every stored operation is one the fold
    // can read; bytes from elsewhere arrive through bundle import, which validates them.
    template <class Payload>
    OperationId record(const Payload& payload) {
        return append(Payload::kind, wire::encode(payload));
    }

    // Runs work with every append inside one transaction: all of it is committed, or
    // none of it. The state shows the batch's operations once it has committed. For
    // generated data and imports; a person's capture is appended on its own.
    void batch(const std::function<void()>& work);

    // Stores bytes under their content hash (once) and returns the hash.
    std::string put_blob(std::string_view bytes, std::string_view media_type);
    std::optional<std::string> blob(const std::string& hash) const;

    std::vector<Operation> operations() const;
    std::uint64_t operation_count() const;
    // This device's own operations with a sequence after the given one, ascending.
    std::vector<Operation> own_operations_after(std::uint64_t sequence) const;
    std::optional<std::string> blob_media_type(const std::string& hash) const;
    bool has_blob(const std::string& hash) const;

    // ---- Harvest (store_harvest.cpp) ----
    // The workshop's keys: with the secret key on the facilitator's machine, without on
    // a device that joined. Saving keys of a different workshop than the one saved is a
    // UserError: a store belongs to one workshop.
    std::optional<WorkshopKeys> workshop_keys() const;
    void save_workshop_keys(const WorkshopKeys& keys);
    // Method templates that came with the join file: id -> YAML text.
    std::map<std::string, std::string> workshop_templates() const;
    void save_workshop_template(const std::string& id, const std::string& yaml);
    // Ed25519 detached signature (64 bytes) by this device's key.
    std::string sign(std::string_view message) const;
    // The device's signing key itself, for write_bundle. Wipe the copy after use.
    std::string device_secret_key() const;

    // Facilitator side. The signing key a device used before, if any: a later bundle
    // signed by another key for the same device is refused.
    std::optional<std::string> known_device_key(const std::string& device_id) const;
    bool bundle_imported(const std::string& body_hash) const;
    // The same file (by the hash of its bytes) imported before: skipped without opening it.
    std::optional<ImportedFile> imported_file(const std::string& file_hash) const;
    std::unordered_set<std::string> imported_file_hashes() const;
    // Every device whose bundles were merged here, by id.
    std::vector<KnownDevice> known_devices() const;
    // The highest n such that this store holds the device's operations 1..n.
    std::uint64_t held_through(const std::string& device_id) const;
    // Merges a verified bundle in one transaction: the operations not yet held, the
    // blobs, the device's key and the bundle's hash in the ledger. An operation the
    // store holds with different contents is a BundleError and nothing is written.
    // refusals, when given, has one entry per operation: a refused operation not yet
    // held is set aside (kept, counted as held, never folded) instead of stored.
    // A rehearsal does the same work in a transaction it rolls back, and folds nothing:
    // the same counts and the same BundleError, with the store left as it was
    // ('bundle verify' says what the import would).
    enum class Merge { for_real, rehearsal };
    MergeCounts merge_bundle(const Bundle& bundle, const std::string& file_hash = {},
                             const std::vector<std::optional<Refusal>>& refusals = {}, Merge how = Merge::for_real);

    // ---- Members (store_members.cpp): the facilitator's word on devices ----
    // The devices named facilitator or revoked; any other is a member.
    std::map<std::string, DeviceRole> device_roles() const;
    DeviceRole device_role(const std::string& device) const;
    // member forgets what was said. This machine's own role cannot change (UserError).
    void set_device_role(const std::string& device, DeviceRole role);
    // The stamp of this machine's first workshop operation (0: none): member operations
    // dated before it are refused.
    std::int64_t workshop_began_ms() const;
    // Operations set aside, of one device or (empty) of all, by device and sequence.
    std::vector<SetAsideOperation> set_aside_operations(const std::string& device = {}) const;
    // Revoking with its earlier work set aside: the device's folded operations move
    // aside in one transaction and the state is folded again without them. Returns how
    // many moved.
    std::uint64_t set_aside_device(const std::string& device);
    // Undoes set_aside_device: the operations set aside because the device was revoked
    // count again (those the rules refused stay aside). Returns how many came back.
    std::uint64_t take_back_device(const std::string& device);

    // Device side: receipts from the facilitator (only genuine ones should be saved).
    void save_receipt(const Receipt& receipt, const std::string& hub);
    // This device's operations the facilitator has acknowledged: 1..n, by the newest
    // signed receipt (receipt_is_news), not the largest.
    std::uint64_t acknowledged_through() const;
    // When the facilitator's machine signed the newest receipt this device holds.
    std::optional<std::int64_t> last_receipt_ms() const;
    std::uint64_t own_operation_count() const;
    // For a long import: the write-ahead log may grow to this many pages before SQLite
    // copies them into the database (default 1000), so a harvest of many bundles copies
    // once at the end (checkpoint()) instead of every few bundles. Durability is the same.
    void set_checkpoint_pages(int pages);
    void checkpoint();
    // ---- Kiosk (store_kiosk.cpp): this device's own, never in a bundle ----
    std::optional<KioskSettings> kiosk_settings() const;
    // check_kiosk_settings first: UserError, and nothing saved, when they cannot work.
    void save_kiosk_settings(const KioskSettings& settings);
    bool has_kiosk_pin() const;
    // UserError when the PIN is not 4 to 8 digits. Forgets earlier wrong tries.
    void set_kiosk_pin(std::string_view pin);
    // Checks a PIN typed on the kiosk at wall-clock time now_ms, with the back-off of
    // kiosk_pin.hpp; the wrong tries in a row are kept in the store.
    PinTry try_kiosk_pin(std::string_view pin, std::int64_t now_ms);
    // Drafts a child left (walked away from): saved whole, replaced by id.
    void save_kiosk_draft(const KioskWork& work);
    std::vector<KioskWork> kiosk_drafts() const;  // oldest first; a damaged one is skipped
    // How many drafts there are, without reading them (the staff menu counts every frame).
    std::size_t kiosk_draft_count() const;
    void delete_kiosk_draft(const std::string& id);
    // Throws a draft away (the teacher's "Weggooien"): the draft, and its photo unless a
    // capture or another draft uses it, so nothing of it stays on the device.
    void discard_kiosk_draft(const std::string& id);
    // When the last child's turn ended (sent in or walked away), wall clock: the photo
    // step lists only camera photos taken after it, so no child sees another's photos.
    std::int64_t kiosk_turn_ended_ms() const;
    void set_kiosk_turn_ended_ms(std::int64_t ms);
    // When the last turn began. A start after the last end means the kiosk stopped in
    // the middle of a turn (a power cut): the kiosk then ends that turn when it opens.
    std::int64_t kiosk_turn_started_ms() const;
    void set_kiosk_turn_started_ms(std::int64_t ms);

    // ---- This device's settings (store_device.cpp): its own, never in a bundle ----
    DeviceSettings device_settings() const;
    void save_device_language(Language language);
    void save_device_keyboard_layout(std::string_view layout_id);

    // SQLite's own check of the file: "ok" when healthy.
    std::string integrity_check() const;

private:
    OperationId append(OperationKind kind, std::string payload);

    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    static std::unique_ptr<Impl> open_to_read(const std::filesystem::path& folder);
    std::unique_ptr<Impl> impl_;
};

}  // namespace oogst
