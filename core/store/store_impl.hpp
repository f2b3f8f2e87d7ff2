#pragma once
// The inside of a Store, shared by store.cpp (operations, blobs), store_fold.cpp (the
// state kept current), store_harvest.cpp (keys, ledger, receipts), store_kiosk.cpp and store_device.cpp.
// Not for use outside them.
#include <optional>
#include <set>
#include <vector>

#include "core/model/hybrid_clock.hpp"
#include "core/store/sqlite.hpp"
#include "core/store/store.hpp"

namespace oogst {

struct Store::Impl {
    std::filesystem::path folder;
    sqlite::Database db;
    DeviceIdentity device;
    // Folded on first use: an import or export on the command line never needs it.
    std::optional<WorkshopState> state;
    // Only the session operations folded, when the state is not: see session_table_name.
    std::optional<WorkshopState> sessions_only;
    // What is folded (state or sessions_only) holds every operation up to this arrival.
    std::int64_t folded_through = 0;
    // Changes with every change of what is folded, unique across the program's stores.
    std::uint64_t revision = 0;
    // SQLite's data_version at the last look: another connection's commit changes it.
    std::optional<std::int64_t> data_version;
    HybridClock clock;
    std::optional<sqlite::Statement> insert_operation;  // prepared once the file is known to be a store
    std::optional<sqlite::Statement> insert_arrival;
    std::optional<sqlite::Statement> read_arrivals;      // prepared on the first catch-up
    std::optional<sqlite::Statement> read_data_version;  // asked once a frame by the app
    struct Arrived {
        Operation op;
        std::int64_t arrival = 0;
    };
    std::vector<Arrived>* batch_pending = nullptr;  // set while a batch() runs

    // Notes that the operation just stored arrived now; returns its arrival. Inside the
    // transaction that stored it.
    std::int64_t note_arrival(const OperationId& id);
    // Brings what is folded up to date with one new operation.
    void fold_in(const Operation& op);
    // An operation this connection stored at that arrival: folded at once when it is the
    // next one, else after what other connections stored before it (catch_up).
    void fold_arrived(const Operation& op, std::int64_t arrival);
    // Folds every stored operation into state; UserError names one that cannot be read.
    void fold_all();
    // Folds only the session operations into sessions_only (see session_table_name).
    void fold_sessions();
    // Folds op into into; one that does not decode is noted in damaged and left out.
    void fold_checked(WorkshopState& into, const Operation& op);
    std::set<OperationId> damaged;
    // Folds the operations that arrived after folded_through; true when there were any.
    bool catch_up();
    // Whether another connection committed since the last call.
    bool others_wrote();
    void changed();
    // Drops what is folded, after operations left the store (a device set aside): the
    // state is folded again from what remains when it is next asked for.
    void forget_fold() {
        state.reset();
        sessions_only.reset();
        folded_through = 0;
        changed();
    }

    Impl(std::filesystem::path folder_, int flags) : folder(std::move(folder_)), db(folder / file_name, flags) {}
    Impl(std::filesystem::path folder_, int flags, const std::string& uri_parameters)
        : folder(std::move(folder_)), db(folder / file_name, flags, uri_parameters) {}

    void prepare_statements() {
        // The sequence is computed inside the insert, under SQLite's write lock, so a
        // second program writing to the same store (the CLI beside the app, the hub)
        // cannot take the same number; so is the arrival (the next rowid).
        insert_operation.emplace(db, R"sql(
            INSERT INTO operations (device, sequence, wall_ms, logical, kind, payload)
            VALUES (?1, (SELECT COALESCE(MAX(sequence), 0) + 1 FROM operations WHERE device = ?1),
                    ?2, ?3, ?4, ?5)
            RETURNING sequence)sql");
        insert_arrival.emplace(db, "INSERT INTO arrivals (device, sequence) VALUES (?, ?) RETURNING arrival");
    }
};

// One row of "SELECT device, sequence, wall_ms, logical, kind, payload …".
Operation operation_row(const sqlite::Statement& query);
// Binds op to parameters 1-6 of "INSERT … (device, sequence, wall_ms, logical, kind,
// payload …)": the operations table and the operations set aside share those columns.
sqlite::Statement& bind_operation(sqlite::Statement& insert, const Operation& op);

// Schema version 2: the tables of the harvest (store_harvest.cpp).
void create_harvest_tables(sqlite::Database& db);
// A device's id is its key's hash: the first stores' random ids are renamed, with their
// operations, while the store has never taken part in a harvest (store_identity.cpp).
void give_device_its_key_id(sqlite::Database& db);
// Schema version 3: the kiosk's settings, PIN and drafts (store_kiosk.cpp).
void create_kiosk_tables(sqlite::Database& db);
// Schema version 5: this device's settings (store_device.cpp).
void create_device_settings_table(sqlite::Database& db);
// Schema version 6: devices' roles and the operations set aside (store_members.cpp).
void create_member_tables(sqlite::Database& db);

// fsync of a folder, so a file renamed into it is there after a power cut.
void sync_folder(const std::filesystem::path& folder);

}  // namespace oogst
