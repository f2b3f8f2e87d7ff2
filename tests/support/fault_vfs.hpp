#pragma once
// A fault-injecting SQLite VFS for the power-loss and I/O-error proofs (issue 15). It
// wraps SQLite's own unix VFS and is registered as the default one in the test program,
// so the store's production code runs unchanged on real files on disk.
//
// It plays the disk. Every write is passed to the real file, but the layer remembers,
// per file and per 512-byte sector, what the sector held at the file's last sync: the
// bytes a power cut cannot take away. A sync makes everything written so far durable
// (the real fsync is skipped: durability is what this layer simulates, and skipping it
// keeps thousands of crash points fast).
//
// Power loss: at the Nth write or sync the world stops. That call and every later one
// fails, as if the machine were gone; the test then closes the store and calls
// restore_disk(), which leaves each file as the disk would hold it after the cut: the
// unsynced sectors all dropped, or torn (each one kept or dropped by a seeded coin), the
// size as at the last sync or as written; a file whose name was never made durable
// (created and not yet synced) vanishes, and one deleted without a folder sync may come
// back with what was durable in it.
//
// I/O errors: the Nth write, sync or open fails once (a full disk, a stick pulled), and
// everything after it works again.
//
// Files are told apart by inode, so a file renamed while open (the store made under a
// temporary name) is still the same file. Only SQLite's main files, rollback journals
// and write-ahead logs are followed; the -shm index is scratch space SQLite rebuilds
// after a crash. One thread at a time; reset() and restore_disk() only with every store
// closed (closing the layer's own descriptors would drop SQLite's POSIX locks).
#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace oogst::testing {

class FaultVfs {
public:
    // The layer, registered as SQLite's default VFS the first time it is asked for.
    static FaultVfs& install();

    // How a write fails when it is the one chosen to fail.
    enum class WriteFailure { disk_full, io_error };

    // Forgets every file and count, and stops injecting anything: what is on disk now
    // counts as durable.
    void reset();
    // Counts since the last reset.
    std::uint64_t writes_and_syncs() const { return writes_ + syncs_; }
    std::uint64_t writes_syncs_and_opens() const { return writes_ + syncs_ + opens_; }

    // Power is lost at the Nth write or sync after the last reset (1 is the first).
    void lose_power_at(std::uint64_t event);
    bool power_lost() const { return stopped_; }
    // After the power was lost and every store closed: each file as the disk holds it
    // when the machine comes back. torn: unsynced sectors kept or dropped by a coin
    // seeded with seed; otherwise all dropped. Resets the layer.
    void restore_disk(bool torn, std::uint32_t seed);

    // The Nth write, sync or open after the last reset fails once (1 is the first);
    // the description names it ("write 12 (disk full)"). A write fails as failure says,
    // a sync with SQLITE_IOERR_FSYNC, an open with SQLITE_CANTOPEN.
    void fail_once_at(std::uint64_t event, WriteFailure failure);
    bool failed() const { return !failure_.empty(); }
    const std::string& failure() const { return failure_; }

private:
    FaultVfs() = default;
    friend struct FaultVfsCalls;

    std::uint64_t writes_ = 0, syncs_ = 0, opens_ = 0;
    std::uint64_t crash_at_ = 0;  // 0: never
    std::uint64_t fail_at_ = 0;   // 0: never
    WriteFailure write_failure_ = WriteFailure::io_error;
    bool stopped_ = false;
    std::string failure_;
};

}  // namespace oogst::testing
