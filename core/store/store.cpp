#include "core/store/store.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/model/ids.hpp"
#include "core/store/sqlite.hpp"
#include "core/store/store_impl.hpp"
#include "core/store/store_privacy.hpp"

namespace oogst {
namespace {

// 'OOGS': marks the SQLite file as an Oogst store, so another program's database is
// recognised as "not a store" instead of being modified.
constexpr std::int64_t application_id = 0x4F4F4753;

constexpr const char* schema = R"sql(
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    created_at_ms INTEGER NOT NULL
) STRICT;
CREATE TABLE operations (
    device TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    wall_ms INTEGER NOT NULL,
    logical INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (device, sequence)
) STRICT, WITHOUT ROWID;
CREATE TABLE blobs (
    hash TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    bytes BLOB NOT NULL
) STRICT;
)sql";


// Schema version 4: each operation's place in the order it came into this store, so a
// store's state can catch up with what another connection (a job, the hub) wrote by
// reading only the operations that arrived after the last it folded. A table of its
// own: the order is this store's, while the operations are the same everywhere.
void create_arrivals_table(sqlite::Database& db) {
    db.execute(R"sql(
CREATE TABLE IF NOT EXISTS arrivals (
    arrival INTEGER PRIMARY KEY,  -- 1, 2, 3, …: SQLite gives each new row the next number
    device TEXT NOT NULL,
    sequence INTEGER NOT NULL
) STRICT;
INSERT INTO arrivals (device, sequence)
    SELECT device, sequence FROM operations WHERE NOT EXISTS (SELECT 1 FROM arrivals) ORDER BY device, sequence;
)sql");
}

std::int64_t pragma_integer(sqlite::Database& db, const char* sql) {
    auto statement = db.prepare(sql);
    return statement.step() ? statement.integer(0) : 0;
}

}  // namespace

namespace {

// Only what a reader needs, for a store opened read-only: switching the journal mode or
// the synchronous level would write (or fail) on a store that cannot be written to.
void configure_reader(sqlite::Database& db) {
    db.execute("PRAGMA busy_timeout = 5000");
    db.execute("PRAGMA foreign_keys = ON");
    db.execute("PRAGMA cache_size = -32768");
}

void configure(sqlite::Database& db) {
    db.execute("PRAGMA busy_timeout = 5000");
    // Write-ahead log + FULL: each commit is fsync'd before it returns, which is the
    // durability promise; WAL keeps that cheap and lets readers run beside a writer.
    db.execute("PRAGMA journal_mode = WAL");
    db.execute("PRAGMA synchronous = FULL");
    db.execute("PRAGMA foreign_keys = ON");
    // Up to 32 MiB of pages in memory (allocated only when used): an import of a large
    // harvest would otherwise read back the pages it has just written.
    db.execute("PRAGMA cache_size = -32768");
}

void check_identity(sqlite::Database& db) {
    const auto app = pragma_integer(db, "PRAGMA application_id");
    if (app != application_id)
        throw UserError(db.file().string() + " is not an Oogst store");
    const auto version = pragma_integer(db, "PRAGMA user_version");
    if (version > Store::schema_version)
        throw UserError("this store was made by a newer version of Oogst (store version " + std::to_string(version) +
                        "; this program reads up to " + std::to_string(Store::schema_version) +
                        "): update Oogst to open it");
}

void create_schema(sqlite::Database& db) {
    ensure_crypto_ready();
    sqlite::Transaction transaction(db);
    db.execute(schema);
    create_arrivals_table(db);
    create_harvest_tables(db);
    create_kiosk_tables(db);
    create_device_settings_table(db);
    create_member_tables(db);
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES];
    unsigned char secret_key[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(public_key, secret_key);
    db.prepare("INSERT INTO device (id, public_key, secret_key, created_at_ms) VALUES (?, ?, ?, ?)")
        .bind(1, device_id_for_key({reinterpret_cast<char*>(public_key), sizeof public_key}))
        .bind_blob(2, {reinterpret_cast<char*>(public_key), sizeof public_key})
        .bind_blob(3, {reinterpret_cast<char*>(secret_key), sizeof secret_key})
        .bind(4, wall_clock_ms())
        .step();
    sodium_memzero(secret_key, sizeof secret_key);
    db.execute(("PRAGMA application_id = " + std::to_string(application_id)).c_str());
    db.execute(("PRAGMA user_version = " + std::to_string(Store::schema_version)).c_str());
    transaction.commit();
}

// Copies the whole write-ahead log into the database file and empties it, or throws.
// Closing a connection does that too, but quietly gives up on a failure (a full disk
// while the file grows): the store being made would then be renamed into place without
// its schema, which stayed behind in the log under the temporary name, and every later
// start would call it "not an Oogst store". Found by the power-loss test (issue 15).
void empty_log(sqlite::Database& db) {
    auto checkpoint = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!checkpoint.step() || checkpoint.integer(0) != 0)
        throw UserError("the store in " + db.file().parent_path().string() +
                        " could not be finished because another program is using it: try again");
}

}  // namespace

void sync_folder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

bool Store::exists(const std::filesystem::path& folder) {
    std::error_code error;
    return std::filesystem::is_regular_file(folder / file_name, error);
}

Store Store::open_or_create(const std::filesystem::path& folder, Fold fold) {
    if (exists(folder)) return open(folder, fold);
    std::error_code error;
    if (std::filesystem::exists(folder, error) && !std::filesystem::is_directory(folder, error))
        throw UserError(folder.string() + " is a file, not a folder: choose a folder for the store");
    std::filesystem::create_directories(folder, error);
    if (error) throw UserError("cannot create the folder " + folder.string() + ": " + error.message());
    keep_store_private(folder);  // before the database is made in it

    // The store is made under a temporary name and renamed into place once complete:
    // a power cut during set-up leaves either no store or a whole one, never a file
    // that the next start would call damaged.
    const auto creating = folder / (std::string(file_name) + ".creating");
    std::filesystem::remove(creating, error);
    for (const char* leftover : {"-journal", "-wal", "-shm"})
        std::filesystem::remove(folder / (creating.filename().string() + leftover), error);
    try {
        {
            // WAL is switched on here, not on first open: switching later writes the file
            // header through a rollback journal, and a kill at that moment would leave
            // a hot journal behind.
            sqlite::Database db(creating, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            configure(db);
            create_schema(db);
            empty_log(db);
        }
        std::filesystem::rename(creating, folder / file_name);
    } catch (const std::filesystem::filesystem_error& failure) {
        std::filesystem::remove(creating, error);
        throw UserError("cannot set up a store in " + folder.string() + ": " + failure.code().message());
    } catch (...) {
        std::filesystem::remove(creating, error);
        throw;
    }
    sync_folder(folder);
    return open(folder, fold);
}

// A store opened only to read (issue 15: a read-only store still answers dump, workshop
// show and bundle inspect). SQLite reads a store in write-ahead-log mode read-only when
// it can use the log's shared-memory file (mode=ro); in a folder where that file cannot
// be made, it reads the database as an immutable file instead, which writes nothing at
// all (what a log left by a crash still holds is then not seen: a store closed
// properly has no log).
std::unique_ptr<Store::Impl> Store::open_to_read(const std::filesystem::path& folder) {
    for (const char* parameters : {"mode=ro", "immutable=1"}) {
        try {
            auto impl = std::make_unique<Store::Impl>(folder, SQLITE_OPEN_READONLY, parameters);
            configure_reader(impl->db);
            check_identity(impl->db);
            return impl;
        } catch (const StoreError&) {
            // mode=ro: the shared-memory file cannot be made here; immutable=1 next.
            if (std::string_view(parameters) == "immutable=1") throw;
        }
    }
    return nullptr;  // not reached
}

Store Store::open(const std::filesystem::path& folder, Fold fold, Access access) {
    if (!exists(folder)) {
        std::error_code error;
        if (!std::filesystem::exists(folder, error))
            throw UserError("there is no store at " + folder.string() + ": run 'oogst-cli init --store " +
                            folder.string() + "' first");
        throw UserError(folder.string() + " is not an Oogst store (it has no " + file_name + ")");
    }

    std::unique_ptr<Impl> impl;
    if (access == Access::read_only) {
        impl = open_to_read(folder);
    } else {
        // Nothing below writes before the file is known to be an Oogst store: reading the
        // application id of a foreign or damaged file leaves it as it was.
        impl = std::make_unique<Impl>(folder, SQLITE_OPEN_READWRITE);
        check_identity(impl->db);
        // SQLite quietly falls back to read-only when it cannot write; a device that cannot
        // save captures must say so now, not when the first note is lost.
        if (sqlite3_db_readonly(impl->db.handle(), "main") == 1)
            throw UserError("cannot write to " + folder.string() + ": the folder or its disk is read-only");
        configure(impl->db);
        keep_store_private(folder);  // the database, its log and shared memory: the owner's alone
    }
    if (const auto version = pragma_integer(impl->db, "PRAGMA user_version"); version < Store::schema_version) {
        if (access == Access::read_only)
            throw UserError(folder.string() + " was made by an older Oogst and cannot be read without being written: "
                                              "open it once where it can be written to bring it up to date");
        // An older store gains the tables of what came after it (the harvest in version
        // 2, the kiosk in 3), the arrival order (4), the device's settings (5) and the
        // devices' roles with what was set aside (6); nothing else changes.
        sqlite::Transaction upgrade(impl->db);
        if (version < 2) create_harvest_tables(impl->db);
        if (version < 3) create_kiosk_tables(impl->db);
        if (version < 4) create_arrivals_table(impl->db);
        if (version < 5) create_device_settings_table(impl->db);
        if (version < 6) create_member_tables(impl->db);
        impl->db.execute(("PRAGMA user_version = " + std::to_string(Store::schema_version)).c_str());
        upgrade.commit();
    }
    // The first stores' devices had random ids: renamed to their key's while no other
    // store can know them (store_identity.cpp). One lookup when the id is already so.
    if (access != Access::read_only) give_device_its_key_id(impl->db);
    impl->prepare_statements();

    auto device = impl->db.prepare("SELECT id, public_key FROM device LIMIT 1");
    if (!device.step()) throw UserError(folder.string() + " is damaged: it has no device identity");
    impl->device = {device.text(0), device.blob(1)};

    // The clock continues after the latest stamp the store holds, folded or not.
    auto latest = impl->db.prepare("SELECT wall_ms, logical FROM operations ORDER BY wall_ms DESC, logical DESC LIMIT 1");
    if (latest.step()) impl->clock.observe({latest.integer(0), static_cast<std::uint32_t>(latest.integer(1))});

    Store store(std::move(impl));
    if (fold == Fold::at_open) store.state();
    return store;
}

const std::filesystem::path& Store::folder() const { return impl_->folder; }
const DeviceIdentity& Store::device() const { return impl_->device; }
std::int64_t Store::Impl::note_arrival(const OperationId& id) {
    auto& insert = *insert_arrival;
    insert.reset();
    insert.bind(1, id.device).bind(2, static_cast<std::int64_t>(id.sequence));
    if (!insert.step()) throw UserError("the store did not confirm the new operation's arrival");
    const std::int64_t arrival = insert.integer(0);
    insert.step();
    return arrival;
}

OperationId Store::append(OperationKind kind, std::string payload) {
    Operation op;
    op.id.device = impl_->device.id;
    op.stamp = impl_->clock.tick();
    op.kind = kind;
    op.payload = std::move(payload);

    // The operation and its arrival in one transaction (a batch is one already).
    std::optional<sqlite::Transaction> transaction;
    if (!impl_->batch_pending) transaction.emplace(impl_->db);
    auto& insert = *impl_->insert_operation;
    insert.reset();
    insert.bind(1, op.id.device)
        .bind(2, op.stamp.wall_ms)
        .bind(3, static_cast<std::int64_t>(op.stamp.logical))
        .bind(4, static_cast<std::int64_t>(kind))
        .bind_blob(5, op.payload);
    if (!insert.step()) throw UserError("the store did not confirm the new operation");
    op.id.sequence = static_cast<std::uint64_t>(insert.integer(0));
    insert.step();  // finishes the statement
    const std::int64_t arrival = impl_->note_arrival(op.id);
    if (transaction) transaction->commit();

    const OperationId id = op.id;
    if (impl_->batch_pending)
        impl_->batch_pending->push_back({std::move(op), arrival});
    else
        impl_->fold_arrived(op, arrival);
    return id;
}

void Store::batch(const std::function<void()>& work) {
    if (impl_->batch_pending) throw std::logic_error("Store::batch cannot be nested");
    std::vector<Impl::Arrived> pending;
    const HybridClock clock_before = impl_->clock;
    impl_->batch_pending = &pending;
    try {
        sqlite::Transaction transaction(impl_->db);
        work();
        transaction.commit();
    } catch (...) {
        impl_->batch_pending = nullptr;
        impl_->clock = clock_before;
        throw;
    }
    impl_->batch_pending = nullptr;
    // One transaction: its arrivals follow each other, so they fold in order.
    for (const auto& [op, arrival] : pending) impl_->fold_arrived(op, arrival);
}

std::string Store::put_blob(std::string_view bytes, std::string_view media_type) {
    std::string hash = content_hash(bytes);
    impl_->db.prepare("INSERT OR IGNORE INTO blobs (hash, media_type, bytes) VALUES (?, ?, ?)")
        .bind(1, hash)
        .bind(2, media_type)
        .bind_blob(3, bytes)
        .step();
    return hash;
}

std::optional<std::string> Store::blob(const std::string& hash) const {
    auto query = impl_->db.prepare("SELECT bytes FROM blobs WHERE hash = ?");
    query.bind(1, hash);
    if (!query.step()) return std::nullopt;
    return query.blob(0);
}

std::vector<Operation> Store::operations() const {
    std::vector<Operation> result;
    auto query = impl_->db.prepare(
        "SELECT device, sequence, wall_ms, logical, kind, payload FROM operations ORDER BY device, sequence");
    while (query.step()) {
        result.push_back(operation_row(query));
    }
    return result;
}

std::vector<Operation> Store::own_operations_after(std::uint64_t sequence) const {
    std::vector<Operation> result;
    auto query = impl_->db.prepare(
        "SELECT sequence, wall_ms, logical, kind, payload FROM operations WHERE device = ? AND sequence > ? "
        "ORDER BY sequence");
    query.bind(1, impl_->device.id).bind(2, static_cast<std::int64_t>(sequence));
    while (query.step()) {
        Operation op;
        op.id = {impl_->device.id, static_cast<std::uint64_t>(query.integer(0))};
        op.stamp = {query.integer(1), static_cast<std::uint32_t>(query.integer(2))};
        op.kind = static_cast<OperationKind>(query.integer(3));
        op.payload = query.blob(4);
        result.push_back(std::move(op));
    }
    return result;
}

std::optional<std::string> Store::blob_media_type(const std::string& hash) const {
    auto query = impl_->db.prepare("SELECT media_type FROM blobs WHERE hash = ?");
    query.bind(1, hash);
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

bool Store::has_blob(const std::string& hash) const { return blob_media_type(hash).has_value(); }

std::uint64_t Store::operation_count() const {
    auto query = impl_->db.prepare("SELECT COUNT(*) FROM operations");
    query.step();
    return static_cast<std::uint64_t>(query.integer(0));
}

void Store::set_checkpoint_pages(int pages) {
    impl_->db.execute(("PRAGMA wal_autocheckpoint = " + std::to_string(pages)).c_str());
}

void Store::checkpoint() { impl_->db.execute("PRAGMA wal_checkpoint(PASSIVE)"); }

std::string Store::integrity_check() const {
    auto query = impl_->db.prepare("PRAGMA integrity_check");
    std::string report;
    while (query.step()) {
        if (!report.empty()) report += "; ";
        report += query.text(0);
    }
    return report;
}

// One row of "SELECT device, sequence, wall_ms, logical, kind, payload FROM operations".
sqlite::Statement& bind_operation(sqlite::Statement& insert, const Operation& op) {
    return insert.bind(1, op.id.device)
        .bind(2, static_cast<std::int64_t>(op.id.sequence))
        .bind(3, op.stamp.wall_ms)
        .bind(4, static_cast<std::int64_t>(op.stamp.logical))
        .bind(5, static_cast<std::int64_t>(op.kind))
        .bind_blob(6, op.payload);
}

Operation operation_row(const sqlite::Statement& query) {
    Operation op;
    op.id = {query.text(0), static_cast<std::uint64_t>(query.integer(1))};
    op.stamp = {query.integer(2), static_cast<std::uint32_t>(query.integer(3))};
    op.kind = static_cast<OperationKind>(query.integer(4));
    op.payload = query.blob(5);
    return op;
}

}  // namespace oogst
