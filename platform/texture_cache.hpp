#pragma once
// Pictures for the screens: photo previews from the store (by blob hash) and photo
// files on a camera card or USB stick, decoded on a background thread, uploaded as GL
// textures on the frame thread, and cached by key so each is decoded once while it
// stays in use. Textures beyond a memory budget that no frame drew lately are freed,
// and all of them when the cache goes.
//
// Headless (no uploader: the UI tests have no GL context) nothing is decoded or
// uploaded; a blob's size is still read from its header, so layouts match the app's.
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <variant>
#include <vector>

#include "platform/image_codec.hpp"

namespace oogst::platform {

// What a view draws: a texture when there is one, else a placeholder of the same size.
struct Picture {
    enum class State { loading, ready, failed };
    State state = State::loading;
    std::uintptr_t texture = 0;  // 0: nothing to draw yet (loading, failed, headless)
    int width = 0;               // the upright size of the picture; 0 while unknown
    int height = 0;
};

// Turns RGBA pixels into textures and frees them; the GL one needs a current context.
class TextureUploader {
public:
    virtual ~TextureUploader() = default;
    virtual std::uintptr_t upload(const Pixels& rgba) = 0;
    virtual void release(std::uintptr_t texture) = 0;
};
std::unique_ptr<TextureUploader> make_gl_texture_uploader();

class TextureCache {
public:
    using BlobSource = std::function<std::optional<std::string>(const std::string& hash)>;
    struct Options {
        int blob_side = 800;                      // the longest side of a blob's texture
        std::size_t budget_bytes = 192u << 20;    // texture memory kept for pictures not drawn lately
        std::function<void()> wake = {};          // called from the worker when a picture is ready
    };

    // uploader null: headless. blobs reads a blob from the store, on the frame thread.
    TextureCache(BlobSource blobs, std::unique_ptr<TextureUploader> uploader, Options options);
    TextureCache(BlobSource blobs, std::unique_ptr<TextureUploader> uploader);
    ~TextureCache();
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    bool headless() const { return !uploader_; }

    // Call at the start of each frame: uploads what the worker finished and frees
    // textures over the budget that the last frame did not draw.
    void new_frame();

    // A blob's picture (a photo's preview), fitted within options.blob_side.
    Picture blob(const std::string& hash);
    // A file's picture fitted within max_side; version (the file's modification time)
    // tells a changed file from the one cached.
    Picture file(const std::filesystem::path& file, std::int64_t version, int max_side);
    // Pictures of bytes the caller holds (a photo being chosen), under the caller's key.
    Picture bytes(const std::string& key, std::string_view bytes, int max_side);

    // For tests: blob reads, decodes done and textures alive.
    std::size_t blob_reads() const { return blob_reads_; }
    std::size_t decodes() const;
    std::size_t textures() const;
    // For tests: blocks until the worker has nothing left to do.
    void wait_until_idle();

private:
    using Source = std::variant<std::string, std::filesystem::path>;  // bytes, or a file to read
    enum class Status { needs_job, queued, ready, failed };
    struct Entry {
        Picture picture;
        Status status = Status::needs_job;
        std::uint64_t last_used = 0;
        std::size_t texture_bytes = 0;
    };
    struct Job {
        Source source;
        int max_side = 0;
        std::uint64_t wanted = 0;  // the last frame that asked: the newest is decoded first
    };
    struct Result {
        std::string key;
        std::optional<Pixels> rgba;
    };

    Picture request(const std::string& key, Entry& entry, const std::function<Job()>& make_job);
    std::optional<std::string> read_blob(const std::string& hash);
    void work();
    void release(Entry& entry);

    BlobSource blobs_;
    std::unique_ptr<TextureUploader> uploader_;
    Options options_;
    std::map<std::string, Entry> entries_;
    std::uint64_t frame_ = 1;
    std::size_t texture_bytes_ = 0;
    std::size_t blob_reads_ = 0;

    // Shared with the worker.
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::map<std::string, Job> pending_;
    std::vector<Result> results_;
    std::size_t decodes_ = 0;
    bool working_ = false;
    bool stop_ = false;
    std::thread worker_;
};

}  // namespace oogst::platform
