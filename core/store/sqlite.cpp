#include "core/store/sqlite.hpp"

#include "core/errors.hpp"

namespace oogst::sqlite {
namespace {

StoreError explain(int code, const std::filesystem::path& file, const char* detail) {
    const std::string where = file.parent_path().string();
    switch (code & 0xff) {
        case SQLITE_FULL:
            return {StoreProblem::full, where, "the disk holding " + where + " is full: free some space and try again"};
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            return {StoreProblem::cannot_write, where,
                    "cannot write to " + where + ": check that the folder exists and is writable (" + detail + ")"};
        case SQLITE_NOTADB:
        case SQLITE_CORRUPT:
            return {StoreProblem::damaged, where, file.string() + " is damaged or is not an Oogst store"};
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return {StoreProblem::busy, where, "the store in " + where + " is busy in another program: close it and try again"};
        case SQLITE_IOERR:
            return {StoreProblem::input_output, where,
                    "reading or writing " + where + " failed (" + std::string(detail) +
                        "): the disk may be full, removed or failing"};
        default:
            return {StoreProblem::other, where, std::string("the store in ") + where + " reported an error: " + detail};
    }
}

}  // namespace

Database::Database(const std::filesystem::path& file, int open_flags) : Database(file, open_flags, std::string()) {}

namespace {

// A path as the path of an SQLite URI: only %, ? and # have a meaning there.
std::string uri_path(const std::string& path) {
    std::string escaped;
    for (const char c : path) {
        if (c == '%') escaped += "%25";
        else if (c == '?') escaped += "%3f";
        else if (c == '#') escaped += "%23";
        else escaped += c;
    }
    return escaped;
}

}  // namespace

Database::Database(const std::filesystem::path& file, int open_flags, const std::string& uri_parameters) : file_(file) {
    const std::string name = uri_parameters.empty() ? file.string() : "file:" + uri_path(file.string()) + "?" + uri_parameters;
    if (!uri_parameters.empty()) open_flags |= SQLITE_OPEN_URI;
    const int result = sqlite3_open_v2(name.c_str(), &db_, open_flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (result != SQLITE_OK) {
        const std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(result);
        sqlite3_close(db_);
        db_ = nullptr;
        throw explain(result, file_, detail.c_str());
    }
    sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::check(int result, std::string_view doing) const {
    if (result == SQLITE_OK || result == SQLITE_ROW || result == SQLITE_DONE) return;
    std::string detail = std::string(doing) + ": " + sqlite3_errmsg(db_);
    throw explain(result, file_, detail.c_str());
}

void Database::execute(const char* sql) {
    char* message = nullptr;
    const int result = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    if (result != SQLITE_OK) {
        std::string detail = message ? message : sqlite3_errstr(result);
        sqlite3_free(message);
        throw explain(result, file_, detail.c_str());
    }
}

Statement Database::prepare(const char* sql) { return Statement(*this, sql); }

Statement::Statement(Database& db, const char* sql) : db_(&db) {
    db.check(sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &statement_, nullptr),
             "preparing a query");
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), statement_(other.statement_) {
    other.statement_ = nullptr;
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement& Statement::bind(int index, std::int64_t value) {
    db_->check(sqlite3_bind_int64(statement_, index, value), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    db_->check(sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT),
               "binding a text");
    return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
    // An empty blob is still a blob, not NULL: bind a zero-length blob explicitly.
    const int result = bytes.empty()
                           ? sqlite3_bind_zeroblob(statement_, index, 0)
                           : sqlite3_bind_blob(statement_, index, bytes.data(), static_cast<int>(bytes.size()),
                                               SQLITE_TRANSIENT);
    db_->check(result, "binding bytes");
    return *this;
}

bool Statement::step() {
    const int result = sqlite3_step(statement_);
    if (result == SQLITE_ROW) return true;
    if (result == SQLITE_DONE) return false;
    sqlite3_reset(statement_);
    db_->check(result, "running a query");
    return false;
}

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

bool Statement::is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(statement_, column); }

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(statement_, column);
    return data ? std::string(reinterpret_cast<const char*>(data), sqlite3_column_bytes(statement_, column))
                : std::string();
}

std::string Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(statement_, column));
    return data ? std::string(data, sqlite3_column_bytes(statement_, column)) : std::string();
}

Transaction::Transaction(Database& db) : db_(db) { db_.execute("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.execute("COMMIT");
    done_ = true;
}

}  // namespace oogst::sqlite
