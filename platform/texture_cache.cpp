#include "platform/texture_cache.hpp"

#include <algorithm>
#include <exception>

#include "platform/image_structure.hpp"
#include "platform/photo_import.hpp"

namespace oogst::platform {
namespace {

// A queued picture no frame asked for in this many frames was scrolled away or left
// behind: it is not decoded (it is queued again if it comes back).
constexpr std::uint64_t stale_frames = 30;

// The size a picture will have, from its header alone; nullopt when the bytes are not a
// photo Oogst can show.
std::optional<ImageSize> fitted_size_of(std::string_view bytes, int max_side) {
    const ImageFormat format = sniff_image_format(bytes);
    if (format == ImageFormat::unknown) return std::nullopt;
    const std::optional<ImageSize> stored = read_image_size(bytes);
    if (!stored) return std::nullopt;
    const ImageSize shown =
        oriented_size(*stored, format == ImageFormat::jpeg ? jpeg_exif_orientation(bytes) : 1);
    const int longest = std::max(shown.width, shown.height);
    if (max_side <= 0 || longest <= max_side) return shown;
    const double factor = static_cast<double>(max_side) / longest;
    return ImageSize{std::max(1, static_cast<int>(shown.width * factor + 0.5)),
                     std::max(1, static_cast<int>(shown.height * factor + 0.5))};
}

}  // namespace

TextureCache::TextureCache(BlobSource blobs, std::unique_ptr<TextureUploader> uploader)
    : TextureCache(std::move(blobs), std::move(uploader), Options{}) {}

TextureCache::TextureCache(BlobSource blobs, std::unique_ptr<TextureUploader> uploader, Options options)
    : blobs_(std::move(blobs)), uploader_(std::move(uploader)), options_(std::move(options)) {
    if (uploader_) worker_ = std::thread([this] { work(); });
}

TextureCache::~TextureCache() {
    if (worker_.joinable()) {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        changed_.notify_all();
        worker_.join();
    }
    for (auto& [key, entry] : entries_) release(entry);
}

void TextureCache::release(Entry& entry) {
    if (entry.picture.texture != 0 && uploader_) uploader_->release(entry.picture.texture);
    texture_bytes_ -= entry.texture_bytes;
    entry.texture_bytes = 0;
    entry.picture.texture = 0;
}

void TextureCache::new_frame() {
    ++frame_;
    if (!uploader_) return;
    std::vector<Result> finished;
    {
        std::lock_guard lock(mutex_);
        finished.swap(results_);
        for (auto job = pending_.begin(); job != pending_.end();) {
            if (job->second.wanted + stale_frames < frame_) {
                if (auto entry = entries_.find(job->first); entry != entries_.end())
                    entry->second.status = Status::needs_job;
                job = pending_.erase(job);
            } else {
                ++job;
            }
        }
    }
    for (Result& result : finished) {
        auto found = entries_.find(result.key);
        if (found == entries_.end() || found->second.status != Status::queued) continue;
        Entry& entry = found->second;
        if (!result.rgba) {
            entry.status = Status::failed;
            entry.picture.state = Picture::State::failed;
            continue;
        }
        entry.picture.texture = uploader_->upload(*result.rgba);
        entry.picture.width = result.rgba->width;
        entry.picture.height = result.rgba->height;
        entry.picture.state = Picture::State::ready;
        entry.status = Status::ready;
        entry.texture_bytes = result.rgba->data.size();
        texture_bytes_ += entry.texture_bytes;
    }

    if (texture_bytes_ <= options_.budget_bytes) return;
    // Over budget: free the pictures drawn longest ago, but none the last frame drew.
    std::vector<Entry*> idle;
    for (auto& [key, entry] : entries_)
        if (entry.picture.texture != 0 && entry.last_used + 1 < frame_) idle.push_back(&entry);
    std::sort(idle.begin(), idle.end(), [](const Entry* a, const Entry* b) { return a->last_used < b->last_used; });
    for (Entry* entry : idle) {
        if (texture_bytes_ <= options_.budget_bytes) break;
        release(*entry);
        entry->status = Status::needs_job;
        entry->picture.state = Picture::State::loading;
    }
}

Picture TextureCache::request(const std::string& key, Entry& entry, const std::function<Job()>& make_job) {
    entry.last_used = frame_;
    if (!uploader_) return entry.picture;
    if (entry.status == Status::needs_job) {
        Job job = make_job();
        job.wanted = frame_;
        {
            std::lock_guard lock(mutex_);
            pending_[key] = std::move(job);
        }
        entry.status = Status::queued;
        changed_.notify_one();
    } else if (entry.status == Status::queued) {
        std::lock_guard lock(mutex_);
        if (auto job = pending_.find(key); job != pending_.end()) job->second.wanted = frame_;
    }
    return entry.picture;
}

std::optional<std::string> TextureCache::read_blob(const std::string& hash) {
    ++blob_reads_;
    try {
        return blobs_(hash);
    } catch (const std::exception&) {
        return std::nullopt;  // a store that cannot be read now: the note shows a placeholder
    }
}

Picture TextureCache::blob(const std::string& hash) {
    const std::string key = "blob:" + hash;
    std::optional<std::string> bytes;
    auto found = entries_.find(key);
    if (found == entries_.end()) {
        // The size comes from the header at once, so a note's height never jumps when
        // its picture arrives.
        bytes = read_blob(hash);
        Entry entry;
        const std::optional<ImageSize> size = bytes ? fitted_size_of(*bytes, options_.blob_side) : std::nullopt;
        if (!size) {
            entry.status = Status::failed;
            entry.picture.state = Picture::State::failed;
        } else {
            entry.picture.width = size->width;
            entry.picture.height = size->height;
            if (!uploader_) entry.picture.state = Picture::State::ready;  // headless: the size is all there is
        }
        found = entries_.emplace(key, std::move(entry)).first;
    }
    return request(key, found->second, [&] {
        if (!bytes) bytes = read_blob(hash);
        return Job{std::move(bytes).value_or(std::string()), options_.blob_side, 0};
    });
}

Picture TextureCache::file(const std::filesystem::path& file, std::int64_t version, int max_side) {
    const std::string key = "file:" + file.string() + "@" + std::to_string(version) + "#" + std::to_string(max_side);
    return request(key, entries_[key], [&] { return Job{file, max_side, 0}; });
}

Picture TextureCache::bytes(const std::string& key, std::string_view bytes, int max_side) {
    const std::string full_key = "bytes:" + key + "#" + std::to_string(max_side);
    return request(full_key, entries_[full_key], [&] { return Job{std::string(bytes), max_side, 0}; });
}

std::size_t TextureCache::decodes() const {
    std::lock_guard lock(mutex_);
    return decodes_;
}

std::size_t TextureCache::textures() const {
    return static_cast<std::size_t>(
        std::count_if(entries_.begin(), entries_.end(), [](const auto& entry) { return entry.second.picture.texture != 0; }));
}

void TextureCache::wait_until_idle() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return (pending_.empty() && !working_) || stop_; });
}

void TextureCache::work() {
    for (;;) {
        std::string key;
        Job job;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [this] { return stop_ || !pending_.empty(); });
            if (stop_) return;
            const auto newest = std::max_element(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
                return a.second.wanted < b.second.wanted;
            });
            key = newest->first;
            job = std::move(newest->second);
            pending_.erase(newest);
            working_ = true;
        }
        Result result{key, std::nullopt};
        try {
            std::string read;
            std::string_view bytes;
            if (const auto* file = std::get_if<std::filesystem::path>(&job.source)) {
                PhotoResult<std::string> contents = read_photo_file(*file);
                if (contents) read = std::move(contents.value());
                bytes = read;
            } else {
                bytes = std::get<std::string>(job.source);
            }
            if (!bytes.empty())
                if (PhotoResult<DecodedPhoto> decoded = decode_photo(bytes, job.max_side))
                    result.rgba = to_rgba(decoded.value().pixels);
        } catch (const std::exception&) {
            // Out of memory or a decoder failure: the picture shows as a placeholder.
        }
        {
            std::lock_guard lock(mutex_);
            results_.push_back(std::move(result));
            ++decodes_;
            working_ = false;
        }
        changed_.notify_all();
        if (options_.wake) options_.wake();
    }
}

}  // namespace oogst::platform
