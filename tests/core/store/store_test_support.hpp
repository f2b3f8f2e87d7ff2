#pragma once
// What the store tests share: a note to record in a session, and SQL run on a store's
// file from beside it (to make an old or damaged store by hand).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "core/model/ids.hpp"
#include "core/model/payloads.hpp"

namespace oogst::testing {

// A new note (fresh id) with the given text in the given session.
inline CaptureAdded note(const std::string& session, const std::string& text) {
    CaptureAdded added;
    added.id = new_id();
    added.session_id = session;
    added.text = text;
    return added;
}

inline void run_sql(const std::filesystem::path& file, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

}  // namespace oogst::testing
