// oogst-cli backup (issue 15): a copy of the store to keep, made with SQLite's online
// backup, page by page from the live connection. Copying oogst.db by hand misses what
// the write-ahead log holds; this copy holds every operation committed when it starts.
#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include "core/errors.hpp"
#include "core/store/store_impl.hpp"
#include "core/store/store_privacy.hpp"

namespace oogst {
namespace {

void copy_database(sqlite3* from, const std::filesystem::path& file) {
    sqlite3* to = nullptr;
    int result = sqlite3_open_v2(file.c_str(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::string reason;
    if (result == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
        if (backup) {
            // All pages in one step: the source is read in one transaction, so the copy
            // is the store at one moment, whatever is written meanwhile. Anything but
            // DONE (busy, locked, an I/O error) is a copy that is not whole.
            const int step = sqlite3_backup_step(backup, -1);
            const int finish = sqlite3_backup_finish(backup);
            result = step == SQLITE_DONE ? finish : step;
            if (result != SQLITE_OK) reason = result == SQLITE_BUSY || result == SQLITE_LOCKED
                                                  ? "the store was busy; try again"
                                                  : sqlite3_errstr(result);
        } else {
            result = sqlite3_errcode(to);
        }
    }
    if (reason.empty()) reason = to ? sqlite3_errmsg(to) : "out of memory";
    sqlite3_close(to);
    if (result != SQLITE_OK)
        throw UserError("cannot write the backup to " + file.parent_path().string() + ": " + reason);
}

void sync_file(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

void Store::back_up(const std::filesystem::path& folder) const {
    std::error_code error;
    if (exists(folder)) throw UserError(folder.string() + " already holds a store; choose an empty folder for the backup");
    if (std::filesystem::equivalent(folder, impl_->folder, error))
        throw UserError("a backup cannot go into the store's own folder; choose another folder");
    std::filesystem::create_directories(folder, error);
    if (error) throw UserError("cannot create the folder " + folder.string() + ": " + error.message());
    keep_store_private(folder);
    const auto creating = folder / (std::string(file_name) + ".creating");
    std::filesystem::remove(creating, error);
    try {
        copy_database(impl_->db.handle(), creating);
        sync_file(creating);
        std::filesystem::rename(creating, folder / file_name);
    } catch (const std::filesystem::filesystem_error& failure) {
        std::filesystem::remove(creating, error);
        throw UserError("cannot write the backup to " + folder.string() + ": " + failure.code().message());
    } catch (...) {
        std::filesystem::remove(creating, error);
        throw;
    }
    keep_store_private(folder);
    sync_folder(folder);
}

}  // namespace oogst
