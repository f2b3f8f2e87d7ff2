#pragma once
// Stores for the Harvest proofs: a facilitator's store that made a workshop, devices
// that joined it with the join file, facilitator replicas (byte copies of the
// facilitator's store, the same keys and the same facilitator operations) to import
// into, and fingerprints of a store folder that change when any byte of it does.
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/harvest/join_file.hpp"
#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"

namespace oogst::testing {

inline std::string whole_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void put_file(const std::filesystem::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A facilitator's store with a workshop and its sessions, as 'workshop new' and
// 'session new' leave it. The workshop id comes from the seed so tests can repeat.
inline Store make_facilitator(const std::filesystem::path& folder, std::uint64_t seed, int sessions,
                              const std::string& name = "Roeselare 2030") {
    auto store = Store::open_or_create(folder);
    store.record(WorkshopSet{id_from(seed, 1), name, "droomsessie", "Roeselare", {}, {}});
    for (int i = 0; i < sessions; ++i)
        store.record(SessionSet{id_from(seed, 100 + i), "droomsessie", std::string("Tafel ") + std::to_string(i + 1),
                                std::string("Ambassadeur ") + std::to_string(i + 1), "Roeselare", 1772474400000 + i, 6, {}, {}});
    return store;
}

// A device that joined the facilitator's workshop with its join file.
inline Store make_device(const std::filesystem::path& folder, const JoinFile& join) {
    auto store = Store::open_or_create(folder);
    join_workshop(store, join);
    return store;
}

// The session ids the join file told every device about.
inline std::vector<std::string> joined_session_ids(const JoinFile& join) {
    WorkshopState state;
    for (const auto& op : join.facilitator_operations) state.apply(op);
    std::vector<std::string> ids;
    for (const auto* session : state.sessions()) ids.push_back(session->id);
    return ids;
}

// Copies a closed store's files: a replica of the facilitator with the same keys, the
// same device identity and the same operations.
inline void copy_store(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::filesystem::create_directories(to);
    for (const char* suffix : {"", "-wal"}) {
        const auto file = from / (std::string(Store::file_name) + suffix);
        if (std::filesystem::exists(file))
            std::filesystem::copy_file(file, to / file.filename(), std::filesystem::copy_options::overwrite_existing);
    }
}

// The bytes of the database and its write-ahead log: a rejected import must not change
// one of them. (The -shm index is SQLite's scratch space, rebuilt by readers.)
inline std::string store_file_digest(const std::filesystem::path& folder) {
    std::string both;
    for (const char* suffix : {"", "-wal"}) {
        const auto file = folder / (std::string(Store::file_name) + suffix);
        both += suffix;
        both += std::filesystem::exists(file) ? content_hash(whole_file(file)) : "none";
    }
    return both;
}

// Every table's rows as text, read through a separate read-only connection: what
// changed, if anything did, named by table (operations, blobs, ledger, known devices).
inline std::map<std::string, std::string> store_tables(const std::filesystem::path& folder) {
    sqlite3* db = nullptr;
    const auto file = folder / Store::file_name;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + file.string());
    }
    std::vector<std::string> tables;
    sqlite3_stmt* list = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &list, nullptr);
    while (sqlite3_step(list) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
    sqlite3_finalize(list);
    std::map<std::string, std::string> result;
    for (const auto& table : tables) {
        sqlite3_stmt* rows = nullptr;
        sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\" ORDER BY 1").c_str(), -1, &rows, nullptr);
        std::string text;
        std::size_t count = 0;
        while (sqlite3_step(rows) == SQLITE_ROW) {
            ++count;
            for (int column = 0; column < sqlite3_column_count(rows); ++column) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(rows, column));
                text += content_hash({bytes ? bytes : "", static_cast<std::size_t>(sqlite3_column_bytes(rows, column))});
                text += ' ';
            }
            text += '\n';
        }
        sqlite3_finalize(rows);
        result[table] = std::to_string(count) + " rows\n" + text;
    }
    sqlite3_close(db);
    return result;
}

}  // namespace oogst::testing
