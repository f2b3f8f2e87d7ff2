#pragma once
// The inside of a Store, shared by store.cpp (operations, blobs) and store_harvest.cpp
// (keys, ledger, receipts). Not for use outside those two files.
#include <optional>
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
    HybridClock clock;
    std::optional<sqlite::Statement> insert_operation;  // prepared once the file is known to be a store
    std::vector<Operation>* batch_pending = nullptr;    // set while a batch() runs

    // Brings what is folded up to date with one new operation.
    void fold_in(const Operation& op);
    // Folds every stored operation into state; UserError names one that cannot be read.
    void fold_all();

    Impl(std::filesystem::path folder_, int flags) : folder(std::move(folder_)), db(folder / file_name, flags) {}

    void prepare_statements() {
        // The sequence is computed inside the insert, under SQLite's write lock, so a
        // second program writing to the same store (the CLI beside the app) cannot
        // take the same number.
        insert_operation.emplace(db, R"sql(
            INSERT INTO operations (device, sequence, wall_ms, logical, kind, payload)
            VALUES (?1, (SELECT COALESCE(MAX(sequence), 0) + 1 FROM operations WHERE device = ?1),
                    ?2, ?3, ?4, ?5)
            RETURNING sequence)sql");
    }
};

bool is_session_kind(OperationKind kind);

// Schema version 2: the tables of the harvest (store_harvest.cpp).
void create_harvest_tables(sqlite::Database& db);
// Schema version 3: the kiosk's settings, PIN and drafts (store_kiosk.cpp).
void create_kiosk_tables(sqlite::Database& db);

}  // namespace oogst
