#include "tests/support/fault_vfs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <utility>

namespace oogst::testing {
namespace {

constexpr sqlite3_int64 sector = 512;

// One file on the simulated disk.
struct FileImage {
    std::string path;  // the name it was opened under (a rename is not seen; the inode is)
    int fd = -1;       // the layer's own descriptor: restore_disk writes through it
    sqlite3_int64 durable_size = 0;
    std::map<sqlite3_int64, std::string> before;  // sector -> its bytes at the last sync
    bool name_durable = true;  // false: created and never synced, gone after a power cut
    bool deleted = false;
    bool ghost_may_return = false;  // deleted without a folder sync: may come back as...
    std::string ghost;              // ...what was durable in it
};

using InodeKey = std::pair<dev_t, ino_t>;
std::map<InodeKey, std::unique_ptr<FileImage>>& images() {
    static std::map<InodeKey, std::unique_ptr<FileImage>> all;
    return all;
}

sqlite3_int64 size_of(int fd) {
    struct stat info {};
    return ::fstat(fd, &info) == 0 ? info.st_size : 0;
}

// Remembers what the sectors in [from, to) held at the last sync, before they change.
// One read for the whole range: a page is eight sectors.
void keep_before(FileImage& image, sqlite3_int64 from, sqlite3_int64 to) {
    const sqlite3_int64 first = from / sector, end = (to + sector - 1) / sector;
    if (first >= end) return;
    std::string bytes(static_cast<std::size_t>((end - first) * sector), '\0');
    bool read = false;
    for (sqlite3_int64 s = first; s < end; ++s) {
        if (image.before.count(s)) continue;
        if (!read && ::pread(image.fd, bytes.data(), bytes.size(), first * sector) < 0)
            bytes.assign(bytes.size(), '\0');
        read = true;  // a short read leaves zeros, which is what an extended file reads as
        image.before.emplace(s, bytes.substr(static_cast<std::size_t>((s - first) * sector), sector));
    }
}

// The file's content as a power cut that drops every unsynced sector would leave it.
std::string durable_content(const FileImage& image) {
    std::string bytes(static_cast<std::size_t>(size_of(image.fd)), '\0');
    if (!bytes.empty() && ::pread(image.fd, bytes.data(), bytes.size(), 0) < 0) bytes.clear();
    for (const auto& [number, old] : image.before) {
        const auto at = static_cast<std::size_t>(number * sector);
        if (at + old.size() > bytes.size()) bytes.resize(at + old.size(), '\0');
        bytes.replace(at, old.size(), old);
    }
    bytes.resize(static_cast<std::size_t>(image.durable_size), '\0');
    return bytes;
}

bool followed(int flags) {
    return flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL);
}

sqlite3_vfs* real_vfs = nullptr;
sqlite3_vfs fault_vfs;
sqlite3_io_methods fault_methods;

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real;  // the unix VFS's file, allocated right after this struct
    FileImage* image;    // null for files that are not followed
};

FaultFile* as_fault(sqlite3_file* file) { return reinterpret_cast<FaultFile*>(file); }

// OOGST_FAULT_TRACE=1 prints every followed write and sync with its number: to find
// what a failing crash point interrupted.
bool tracing() {
    static const bool on = std::getenv("OOGST_FAULT_TRACE") != nullptr;
    return on;
}

}  // namespace

// The VFS's callbacks; a struct so they may reach FaultVfs's counts.
struct FaultVfsCalls {
    static FaultVfs& layer() { return FaultVfs::install(); }

    // True when this write or sync is where the power goes, or is past it.
    static bool power_gone(FaultVfs& vfs) {
        if (vfs.stopped_) return true;
        if (vfs.crash_at_ != 0 && vfs.writes_ + vfs.syncs_ == vfs.crash_at_) vfs.stopped_ = true;
        return vfs.stopped_;
    }
    static bool fails_now(FaultVfs& vfs, const char* what) {
        if (vfs.fail_at_ == 0 || vfs.writes_ + vfs.syncs_ + vfs.opens_ != vfs.fail_at_) return false;
        vfs.failure_ = std::string(what) + " " + std::to_string(vfs.fail_at_);
        return true;
    }

    static int close(sqlite3_file* file) {
        auto* f = as_fault(file);
        const int result = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
        return result;
    }
    static int read(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
        if (layer().stopped_) return SQLITE_IOERR_READ;
        auto* f = as_fault(file);
        return f->real->pMethods->xRead(f->real, buffer, amount, offset);
    }
    static int write(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
        auto& vfs = layer();
        auto* f = as_fault(file);
        if (f->image) {
            ++vfs.writes_;
            if (tracing())
                std::fprintf(stderr, "fault vfs: %llu write %s @%lld +%d\n",
                             static_cast<unsigned long long>(vfs.writes_ + vfs.syncs_), f->image->path.c_str(),
                             static_cast<long long>(offset), amount);
            if (power_gone(vfs)) return SQLITE_IOERR_WRITE;
            if (fails_now(vfs, "write")) {
                const bool full = vfs.write_failure_ == FaultVfs::WriteFailure::disk_full;
                vfs.failure_ += full ? " (disk full)" : " (I/O error)";
                return full ? SQLITE_FULL : SQLITE_IOERR_WRITE;
            }
            keep_before(*f->image, offset, offset + amount);
        } else if (vfs.stopped_) {
            return SQLITE_IOERR_WRITE;
        }
        return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
    }
    static int truncate(sqlite3_file* file, sqlite3_int64 size) {
        auto* f = as_fault(file);
        if (layer().stopped_) return SQLITE_IOERR_TRUNCATE;
        if (f->image) keep_before(*f->image, size, size_of(f->image->fd));
        return f->real->pMethods->xTruncate(f->real, size);
    }
    static int sync(sqlite3_file* file, int flags) {
        auto& vfs = layer();
        auto* f = as_fault(file);
        if (!f->image) return vfs.stopped_ ? SQLITE_IOERR_FSYNC : f->real->pMethods->xSync(f->real, flags);
        ++vfs.syncs_;
        if (tracing())
            std::fprintf(stderr, "fault vfs: %llu sync %s\n", static_cast<unsigned long long>(vfs.writes_ + vfs.syncs_),
                         f->image->path.c_str());
        if (power_gone(vfs)) return SQLITE_IOERR_FSYNC;
        if (fails_now(vfs, "sync")) return SQLITE_IOERR_FSYNC;
        // Everything written is on the platter now. The unix VFS also syncs the folder
        // at a new journal's or log's first sync, so its name is durable from here.
        f->image->before.clear();
        f->image->durable_size = size_of(f->image->fd);
        f->image->name_durable = true;
        return SQLITE_OK;
    }
    static int file_size(sqlite3_file* file, sqlite3_int64* size) {
        if (layer().stopped_) return SQLITE_IOERR_FSTAT;
        auto* f = as_fault(file);
        return f->real->pMethods->xFileSize(f->real, size);
    }
    static int lock(sqlite3_file* file, int level) {
        auto* f = as_fault(file);
        return f->real->pMethods->xLock(f->real, level);
    }
    static int unlock(sqlite3_file* file, int level) {
        auto* f = as_fault(file);
        return f->real->pMethods->xUnlock(f->real, level);
    }
    static int check_reserved(sqlite3_file* file, int* out) {
        auto* f = as_fault(file);
        return f->real->pMethods->xCheckReservedLock(f->real, out);
    }
    static int file_control(sqlite3_file* file, int op, void* arg) {
        auto* f = as_fault(file);
        return f->real->pMethods->xFileControl(f->real, op, arg);
    }
    static int sector_size(sqlite3_file* file) {
        auto* f = as_fault(file);
        return f->real->pMethods->xSectorSize(f->real);
    }
    static int device_characteristics(sqlite3_file* file) {
        auto* f = as_fault(file);
        return f->real->pMethods->xDeviceCharacteristics(f->real);
    }
    static int shm_map(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
        if (layer().stopped_) return SQLITE_IOERR_SHMMAP;
        auto* f = as_fault(file);
        return f->real->pMethods->xShmMap(f->real, region, size, extend, out);
    }
    static int shm_lock(sqlite3_file* file, int offset, int n, int flags) {
        auto* f = as_fault(file);
        return f->real->pMethods->xShmLock(f->real, offset, n, flags);
    }
    static void shm_barrier(sqlite3_file* file) {
        auto* f = as_fault(file);
        f->real->pMethods->xShmBarrier(f->real);
    }
    static int shm_unmap(sqlite3_file* file, int delete_flag) {
        auto* f = as_fault(file);
        return f->real->pMethods->xShmUnmap(f->real, layer().stopped_ ? 0 : delete_flag);
    }

    static int open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
        auto& vfs = layer();
        auto* f = as_fault(file);
        f->base.pMethods = nullptr;
        f->real = reinterpret_cast<sqlite3_file*>(f + 1);
        f->image = nullptr;
        const bool follow = name && followed(flags);
        if (follow) {
            ++vfs.opens_;
            if (vfs.stopped_) return SQLITE_CANTOPEN;
            if (fails_now(vfs, "open")) return SQLITE_CANTOPEN;
        }
        const bool existed = name && ::access(name, F_OK) == 0;
        const int result = real_vfs->xOpen(real_vfs, name, f->real, flags, out_flags);
        if (result != SQLITE_OK) return result;
        f->base.pMethods = &fault_methods;
        if (!follow) return SQLITE_OK;
        struct stat info {};
        if (::stat(name, &info) != 0) return SQLITE_OK;
        auto& image = images()[{info.st_dev, info.st_ino}];
        if (!image || image->deleted) {
            if (image && image->fd >= 0) ::close(image->fd);
            image = std::make_unique<FileImage>();
            image->path = name;
            image->fd = ::open(name, O_RDWR | O_CLOEXEC);
            if (image->fd < 0) throw std::runtime_error(std::string("fault VFS cannot follow ") + name);
            image->durable_size = size_of(image->fd);
            image->name_durable = existed;
        }
        image->path = name;
        f->image = image.get();
        return SQLITE_OK;
    }

    static int remove(sqlite3_vfs* self, const char* name, int sync_folder) {
        auto& vfs = layer();
        if (vfs.stopped_) return SQLITE_IOERR_DELETE;
        struct stat info {};
        if (::stat(name, &info) == 0) {
            if (auto found = images().find({info.st_dev, info.st_ino}); found != images().end()) {
                FileImage& image = *found->second;
                // Without a folder sync the deletion itself may be lost in a power cut,
                // and the file come back as it was durably.
                image.ghost_may_return = !sync_folder && image.name_durable;
                if (image.ghost_may_return) image.ghost = durable_content(image);
                image.deleted = true;
            }
        }
        (void)self;
        return real_vfs->xDelete(real_vfs, name, sync_folder);
    }
};

FaultVfs& FaultVfs::install() {
    static FaultVfs* layer = [] {
        real_vfs = sqlite3_vfs_find("unix");
        if (!real_vfs) throw std::runtime_error("SQLite has no unix VFS");
        fault_vfs = *real_vfs;
        fault_vfs.iVersion = 1;  // no system-call overrides: those belong to the unix VFS
        fault_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + real_vfs->szOsFile;
        fault_vfs.zName = "oogst-fault";
        fault_vfs.pNext = nullptr;
        fault_vfs.xOpen = &FaultVfsCalls::open;
        fault_vfs.xDelete = &FaultVfsCalls::remove;

        // Version 2: shared memory for the write-ahead log, but no memory-mapped reads
        // (nothing the store writes goes through a map; reads through it would not
        // stop when the power does).
        fault_methods = {};
        fault_methods.iVersion = 2;
        fault_methods.xClose = &FaultVfsCalls::close;
        fault_methods.xRead = &FaultVfsCalls::read;
        fault_methods.xWrite = &FaultVfsCalls::write;
        fault_methods.xTruncate = &FaultVfsCalls::truncate;
        fault_methods.xSync = &FaultVfsCalls::sync;
        fault_methods.xFileSize = &FaultVfsCalls::file_size;
        fault_methods.xLock = &FaultVfsCalls::lock;
        fault_methods.xUnlock = &FaultVfsCalls::unlock;
        fault_methods.xCheckReservedLock = &FaultVfsCalls::check_reserved;
        fault_methods.xFileControl = &FaultVfsCalls::file_control;
        fault_methods.xSectorSize = &FaultVfsCalls::sector_size;
        fault_methods.xDeviceCharacteristics = &FaultVfsCalls::device_characteristics;
        fault_methods.xShmMap = &FaultVfsCalls::shm_map;
        fault_methods.xShmLock = &FaultVfsCalls::shm_lock;
        fault_methods.xShmBarrier = &FaultVfsCalls::shm_barrier;
        fault_methods.xShmUnmap = &FaultVfsCalls::shm_unmap;
        if (sqlite3_vfs_register(&fault_vfs, 1) != SQLITE_OK) throw std::runtime_error("cannot register the fault VFS");
        return new FaultVfs();
    }();
    return *layer;
}

void FaultVfs::reset() {
    for (auto& [key, image] : images())
        if (image->fd >= 0) ::close(image->fd);
    images().clear();
    writes_ = syncs_ = opens_ = 0;
    crash_at_ = fail_at_ = 0;
    stopped_ = false;
    failure_.clear();
}

void FaultVfs::lose_power_at(std::uint64_t event) {
    crash_at_ = event;
    stopped_ = false;
}

void FaultVfs::fail_once_at(std::uint64_t event, WriteFailure failure) {
    fail_at_ = event;
    write_failure_ = failure;
    failure_.clear();
}

void FaultVfs::restore_disk(bool torn, std::uint32_t seed) {
    std::mt19937 coin(seed);
    auto heads = [&] { return !torn || (coin() & 1) == 0; };  // dropping is heads
    // Files that exist first, then the deleted ones that come back where no file is.
    for (auto& [key, image] : images()) {
        if (image->deleted) continue;
        if (!image->name_durable && heads()) {
            struct stat info {};
            if (::stat(image->path.c_str(), &info) == 0 && InodeKey{info.st_dev, info.st_ino} == key)
                ::unlink(image->path.c_str());
            continue;
        }
        const sqlite3_int64 written_size = size_of(image->fd);
        for (const auto& [number, old] : image->before)
            if (heads() && ::pwrite(image->fd, old.data(), old.size(), number * sector) < 0)
                throw std::runtime_error("fault VFS cannot restore " + image->path);
        const sqlite3_int64 size = heads() ? image->durable_size : written_size;
        if (::ftruncate(image->fd, size) != 0) throw std::runtime_error("fault VFS cannot restore " + image->path);
    }
    for (auto& [key, image] : images()) {
        if (!image->deleted || !image->ghost_may_return) continue;
        if (!heads() || ::access(image->path.c_str(), F_OK) == 0) continue;
        const int fd = ::open(image->path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) continue;
        if (::write(fd, image->ghost.data(), image->ghost.size()) < 0) { /* as far as it got, like a disk */ }
        ::close(fd);
    }
    reset();
}

}  // namespace oogst::testing
