#include "platform/files/published_files.hpp"

#include "platform/files/durable_file.hpp"

namespace oogst::platform {

std::uintmax_t write_published_files(const std::filesystem::path& out, const std::vector<PublishedFile>& files,
                                     bool as_folder) {
    std::uintmax_t bytes = 0;
    for (const PublishedFile& file : files) {
        const std::filesystem::path path = as_folder ? out / file.path : out;
        if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
        write_file_durably(path, file.bytes);
        bytes += file.bytes.size();
        if (!as_folder) break;  // one file: the publication itself
    }
    return bytes;
}

std::filesystem::path free_path(const std::filesystem::path& wanted) {
    if (!std::filesystem::exists(wanted)) return wanted;
    for (int n = 2;; ++n) {
        std::filesystem::path next = wanted.parent_path() /
                                     (wanted.stem().string() + " (" + std::to_string(n) + ")" + wanted.extension().string());
        if (!std::filesystem::exists(next)) return next;
    }
}

}  // namespace oogst::platform
