// The texture cache without a GL context: a stand-in uploader counts what would go to
// the GPU, so the tests see each picture decoded once, freed over budget, and freed
// when the cache goes; headless, only sizes are read.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>

#include "platform/texture_cache.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tests/support/test_photos.hpp"

namespace oogst::testing {
namespace {

using platform::Picture;
using platform::TextureCache;

struct Uploads {
    std::uintptr_t next = 1;
    std::set<std::uintptr_t> alive;
    int uploaded = 0;
};

class CountingUploader : public platform::TextureUploader {
public:
    explicit CountingUploader(std::shared_ptr<Uploads> uploads) : uploads_(std::move(uploads)) {}
    std::uintptr_t upload(const platform::Pixels& rgba) override {
        EXPECT_EQ(rgba.channels, 4);
        EXPECT_EQ(rgba.data.size(), static_cast<std::size_t>(rgba.width) * rgba.height * 4);
        ++uploads_->uploaded;
        uploads_->alive.insert(uploads_->next);
        return uploads_->next++;
    }
    void release(std::uintptr_t texture) override { EXPECT_EQ(uploads_->alive.erase(texture), 1u); }

private:
    std::shared_ptr<Uploads> uploads_;
};

class TextureCacheTest : public ::testing::Test {
protected:
    TextureCache::BlobSource source() {
        return [this](const std::string& hash) -> std::optional<std::string> {
            ++reads[hash];
            const auto found = blobs.find(hash);
            if (found == blobs.end()) return std::nullopt;
            return found->second;
        };
    }
    std::unique_ptr<TextureCache> make_cache(TextureCache::Options options = {}) {
        return std::make_unique<TextureCache>(source(), std::make_unique<CountingUploader>(uploads), options);
    }
    // Frames until the picture is no longer loading (the worker runs meanwhile).
    static Picture settle(TextureCache& cache, const std::function<Picture()>& ask) {
        Picture picture = ask();
        for (int i = 0; i < 3 && picture.state == Picture::State::loading; ++i) {
            cache.wait_until_idle();
            cache.new_frame();
            picture = ask();
        }
        return picture;
    }

    std::map<std::string, std::string> blobs{{"liggend", test_jpeg(1280, 960)}, {"staand", test_jpeg(600, 900)}};
    std::map<std::string, int> reads;
    std::shared_ptr<Uploads> uploads = std::make_shared<Uploads>();
    TemporaryFolder folder;
};

TEST_F(TextureCacheTest, HeadlessReadsEachBlobsSizeOnceAndUploadsNothing) {
    TextureCache cache(source(), nullptr);
    EXPECT_TRUE(cache.headless());
    for (int frame = 0; frame < 5; ++frame) {
        cache.new_frame();
        const Picture picture = cache.blob("liggend");
        EXPECT_EQ(picture.texture, 0u);
        EXPECT_EQ(picture.width, 800);  // fitted within the blob side
        EXPECT_EQ(picture.height, 600);
        EXPECT_EQ(cache.blob("staand").height, 800);
    }
    EXPECT_EQ(reads["liggend"], 1);
    EXPECT_EQ(reads["staand"], 1);
    EXPECT_EQ(cache.decodes(), 0u);
    EXPECT_EQ(cache.blob("weg").state, Picture::State::failed);
}

TEST_F(TextureCacheTest, BlobIsDecodedAndUploadedOnceWhileInUse) {
    auto cache = make_cache();
    const Picture first = cache->blob("liggend");
    EXPECT_EQ(first.state, Picture::State::loading);
    EXPECT_EQ(first.width, 800);  // known before the pixels, so layouts do not jump
    const Picture ready = settle(*cache, [&] { return cache->blob("liggend"); });
    ASSERT_EQ(ready.state, Picture::State::ready);
    EXPECT_NE(ready.texture, 0u);
    EXPECT_EQ(ready.width, 800);
    EXPECT_EQ(ready.height, 600);
    for (int frame = 0; frame < 10; ++frame) {
        cache->new_frame();
        EXPECT_EQ(cache->blob("liggend").texture, ready.texture);
    }
    EXPECT_EQ(cache->decodes(), 1u);
    EXPECT_EQ(uploads->uploaded, 1);
    EXPECT_EQ(reads["liggend"], 1);
}

TEST_F(TextureCacheTest, MissingOrBrokenBlobFailsWithoutATexture) {
    blobs["kapot"] = "geen foto";
    auto cache = make_cache();
    EXPECT_EQ(cache->blob("weg").state, Picture::State::failed);
    EXPECT_EQ(cache->blob("kapot").state, Picture::State::failed);
    cache->wait_until_idle();
    cache->new_frame();
    EXPECT_EQ(cache->blob("kapot").texture, 0u);
    EXPECT_EQ(uploads->uploaded, 0);
}

TEST_F(TextureCacheTest, FileThumbnailsAreFittedAndBadFilesFail) {
    write_file(folder / "foto.png", test_png(1000, 500));
    write_file(folder / "tekst.jpg", "geen foto");
    write_file(folder / "half.jpg", test_jpeg(400, 300).substr(0, 500));
    auto cache = make_cache();
    const Picture thumbnail = settle(*cache, [&] { return cache->file(folder / "foto.png", 1, 256); });
    ASSERT_EQ(thumbnail.state, Picture::State::ready);
    EXPECT_EQ(thumbnail.width, 256);
    EXPECT_EQ(thumbnail.height, 128);
    EXPECT_EQ(settle(*cache, [&] { return cache->file(folder / "tekst.jpg", 1, 256); }).state, Picture::State::failed);
    EXPECT_EQ(settle(*cache, [&] { return cache->file(folder / "half.jpg", 1, 256); }).state, Picture::State::failed);
    EXPECT_EQ(uploads->uploaded, 1);
}

TEST_F(TextureCacheTest, ChangedFileIsDecodedAgain) {
    write_file(folder / "foto.png", test_png(200, 100));
    auto cache = make_cache();
    settle(*cache, [&] { return cache->file(folder / "foto.png", 1, 256); });
    write_file(folder / "foto.png", test_png(100, 200));
    const Picture changed = settle(*cache, [&] { return cache->file(folder / "foto.png", 2, 256); });
    EXPECT_EQ(changed.width, 100);
    EXPECT_EQ(changed.height, 200);
    EXPECT_EQ(cache->decodes(), 2u);
}

TEST_F(TextureCacheTest, PicturesNotDrawnLatelyAreFreedOverBudget) {
    // Room for one 800 × 600 texture only.
    auto cache = make_cache({.budget_bytes = 800 * 600 * 4});
    settle(*cache, [&] { return cache->blob("liggend"); });
    cache->new_frame();  // a frame that no longer draws "liggend"
    settle(*cache, [&] { return cache->blob("staand"); });
    cache->new_frame();
    cache->blob("staand");
    cache->new_frame();
    EXPECT_EQ(cache->textures(), 1u);
    EXPECT_EQ(uploads->alive.size(), 1u);
    EXPECT_NE(cache->blob("staand").texture, 0u);
    EXPECT_EQ(cache->blob("liggend").texture, 0u);  // freed; asked again, it is decoded again
    const Picture back = settle(*cache, [&] { return cache->blob("liggend"); });
    EXPECT_NE(back.texture, 0u);
}

TEST_F(TextureCacheTest, EveryTextureIsFreedWithTheCache) {
    auto cache = make_cache();
    settle(*cache, [&] { return cache->blob("liggend"); });
    settle(*cache, [&] { return cache->bytes("gekozen", blobs["staand"], 1280); });
    EXPECT_EQ(uploads->alive.size(), 2u);
    cache.reset();
    EXPECT_TRUE(uploads->alive.empty());
}

TEST_F(TextureCacheTest, CacheWithWorkQueuedClosesCleanly) {
    auto cache = make_cache();
    for (int i = 0; i < 20; ++i) cache->bytes("foto" + std::to_string(i), blobs["liggend"], 1280);
    cache.reset();  // must not hang or leak
    EXPECT_TRUE(uploads->alive.empty());
}

}  // namespace
}  // namespace oogst::testing
