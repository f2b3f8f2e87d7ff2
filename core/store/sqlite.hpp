#pragma once
// A thin RAII layer over the SQLite C API: a connection, prepared statements, and the
// translation of SQLite's result codes into sentences a facilitator can act on.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace oogst::sqlite {

class Statement;

class Database {
public:
    Database(const std::filesystem::path& file, int open_flags);
    // Opens file as an SQLite URI with these query parameters ("mode=ro", "immutable=1");
    // file() stays the plain path, for messages.
    Database(const std::filesystem::path& file, int open_flags, const std::string& uri_parameters);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void execute(const char* sql);
    Statement prepare(const char* sql);
    // Throws UserError for a failed call, naming what was being done.
    void check(int result, std::string_view doing) const;
    sqlite3* handle() const { return db_; }
    const std::filesystem::path& file() const { return file_; }

private:
    sqlite3* db_ = nullptr;
    std::filesystem::path file_;
};

class Statement {
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind_blob(int index, std::string_view bytes);
    // Returns true while there is a row to read; false when done.
    bool step();
    void reset();

    std::int64_t integer(int column) const;
    bool is_null(int column) const;
    std::string text(int column) const;
    std::string blob(int column) const;

private:
    Database* db_;
    sqlite3_stmt* statement_ = nullptr;
};

// One transaction, rolled back unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace oogst::sqlite
