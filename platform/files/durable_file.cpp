#include "platform/files/durable_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <utility>

#include "core/errors.hpp"
#include "core/model/ids.hpp"

namespace oogst::platform {
namespace {

std::string reason_of(int error) {
    switch (error) {
        case ENOSPC:
        case EDQUOT: return "the disk is full";
        case EROFS: return "the disk is read-only";
        case EACCES:
        case EPERM: return "there is no permission to write there";
        case ENOENT: return "the folder does not exist";
        default: return std::strerror(error);
    }
}

// A StoreError, so a screen can say it in the person's language ("the disk holding
// /media/KINGSTON is full"); what() is the English sentence for the command line.
StoreError write_error(const std::filesystem::path& file, const std::filesystem::path& folder, int error) {
    StoreProblem problem = StoreProblem::other;
    switch (error) {
        case ENOSPC:
        case EDQUOT: problem = StoreProblem::full; break;
        case EROFS:
        case EACCES:
        case EPERM:
        case ENOENT: problem = StoreProblem::cannot_write; break;
        case EIO: problem = StoreProblem::input_output; break;
        default: break;
    }
    return StoreError(problem, folder.string(), "cannot write " + file.string() + ": " + reason_of(error));
}

class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

DurableWriteFault injected_fault = nullptr;

// The step's errno from the test's fault, 0 to go ahead.
int injected(const char* step) {
    if (!injected_fault) return 0;
    const int error = injected_fault(step);
    if (error != 0) errno = error;
    return error;
}

}  // namespace

void set_durable_write_fault(DurableWriteFault fault) { injected_fault = fault; }

void write_file_durably(const std::filesystem::path& file, std::string_view bytes, unsigned mode) {
    const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    const auto temporary = folder / ("." + file.filename().string() + "." + new_id().substr(0, 8) + ".part");
    auto fail = [&](int error) -> void {
        ::unlink(temporary.c_str());
        throw write_error(file, folder, error);
    };
    Descriptor out(injected("open") ? -1
                                    : ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                                             static_cast<mode_t>(mode)));
    if (out.get() < 0) throw write_error(file, folder, errno);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = injected("write") ? -1 : ::write(out.get(), bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(errno);
        }
        written += static_cast<std::size_t>(n);
    }
    if (injected("fsync") || ::fsync(out.get()) != 0) fail(errno);
    if (const int error = injected("close")) {
        ::close(out.release());
        fail(error);
    }
    if (::close(out.release()) != 0) fail(errno);
    if (injected("rename") || ::rename(temporary.c_str(), file.c_str()) != 0) fail(errno);
    // The new name is durable only once the folder is synced. A folder that cannot be
    // opened or synced (a stick pulled at that moment) is a failed write: the name may
    // not survive a power cut. Left alone: a file system that cannot sync a folder at
    // all (EINVAL) and a folder one may write into but not read (EACCES). Found by the
    // I/O-error test (issue 15): these failures used to pass unnoticed.
    Descriptor directory(injected("open folder") ? -1 : ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    int folder_error = 0;
    if (directory.get() < 0) folder_error = errno;
    else if (injected("fsync folder") || ::fsync(directory.get()) != 0) folder_error = errno;
    if (folder_error != 0 && folder_error != EINVAL && folder_error != EACCES)
        throw write_error(file, folder, folder_error);
}

std::string read_whole_file(const std::filesystem::path& file, std::uint64_t max_bytes) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error))
        throw UserError(file.string() + " is not a file that can be read");
    const auto size = std::filesystem::file_size(file, error);
    if (error) throw UserError("cannot read " + file.string() + ": " + error.message());
    if (size > max_bytes)
        throw UserError(file.string() + " is too large (" + std::to_string(size / (1024 * 1024)) +
                        " MB; at most " + std::to_string(max_bytes / (1024 * 1024)) + " MB)");
    std::ifstream in(file, std::ios::binary);
    std::string bytes(size, '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
        throw UserError("cannot read " + file.string());
    return bytes;
}

}  // namespace oogst::platform
