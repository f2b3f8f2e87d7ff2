// The exhibition gallery (issue 14): a folder with one self-contained slideshow page and
// the images, in the kiosk loop's order, with only the works a teacher allowed to
// publish and a first name only where the teacher allowed it. Files are written to disk
// and read back as the stick would hold them.
#include <gtest/gtest.h>

#include <cairo.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/assets/assets.hpp"
#include "core/publish/gallery.hpp"
#include "core/publish/html_text.hpp"
#include "tests/core/publish/kiosk_exhibition.hpp"
#include "tests/support/png_surface.hpp"
#include "tools/demo/demo_kiosk.hpp"

namespace oogst {
namespace {

// An 8 × 6 JPEG (written with stb), as a camera's photo would be stored.
const char jpeg_literal[] =
    "\xff\xd8\xff\xe0\x00\x10\x4a\x46\x49\x46\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00\x84"
    "\x00\x0a\x07\x07\x08\x07\x06\x0a\x08\x08\x08\x0b\x0a\x0a\x0b\x0e\x18\x10\x0e\x0d\x0d\x0e\x1d\x15"
    "\x16\x11\x18\x23\x1f\x25\x24\x22\x1f\x22\x21\x26\x2b\x37\x2f\x26\x29\x34\x29\x21\x22\x30\x41\x31"
    "\x34\x39\x3b\x3e\x3e\x3e\x25\x2e\x44\x49\x43\x3c\x48\x37\x3d\x3e\x3b\x01\x0a\x0b\x0b\x0e\x0d\x0e"
    "\x1c\x10\x10\x1c\x3b\x28\x22\x28\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b"
    "\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b"
    "\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\x3b\xff\xc0\x00\x11\x08\x00\x06\x00\x08\x03\x01\x22\x00\x02"
    "\x11\x01\x03\x11\x01\xff\xc4\x01\xa2\x00\x00\x01\x05\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00"
    "\x00\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x10\x00\x02\x01\x03\x03\x02\x04\x03\x05"
    "\x05\x04\x04\x00\x00\x01\x7d\x01\x02\x03\x00\x04\x11\x05\x12\x21\x31\x41\x06\x13\x51\x61\x07\x22"
    "\x71\x14\x32\x81\x91\xa1\x08\x23\x42\xb1\xc1\x15\x52\xd1\xf0\x24\x33\x62\x72\x82\x09\x0a\x16\x17"
    "\x18\x19\x1a\x25\x26\x27\x28\x29\x2a\x34\x35\x36\x37\x38\x39\x3a\x43\x44\x45\x46\x47\x48\x49\x4a"
    "\x53\x54\x55\x56\x57\x58\x59\x5a\x63\x64\x65\x66\x67\x68\x69\x6a\x73\x74\x75\x76\x77\x78\x79\x7a"
    "\x83\x84\x85\x86\x87\x88\x89\x8a\x92\x93\x94\x95\x96\x97\x98\x99\x9a\xa2\xa3\xa4\xa5\xa6\xa7\xa8"
    "\xa9\xaa\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xd2\xd3\xd4\xd5"
    "\xd6\xd7\xd8\xd9\xda\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9"
    "\xfa\x01\x00\x03\x01\x01\x01\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00\x01\x02\x03\x04\x05"
    "\x06\x07\x08\x09\x0a\x0b\x11\x00\x02\x01\x02\x04\x04\x03\x04\x07\x05\x04\x04\x00\x01\x02\x77\x00"
    "\x01\x02\x03\x11\x04\x05\x21\x31\x06\x12\x41\x51\x07\x61\x71\x13\x22\x32\x81\x08\x14\x42\x91\xa1"
    "\xb1\xc1\x09\x23\x33\x52\xf0\x15\x62\x72\xd1\x0a\x16\x24\x34\xe1\x25\xf1\x17\x18\x19\x1a\x26\x27"
    "\x28\x29\x2a\x35\x36\x37\x38\x39\x3a\x43\x44\x45\x46\x47\x48\x49\x4a\x53\x54\x55\x56\x57\x58\x59"
    "\x5a\x63\x64\x65\x66\x67\x68\x69\x6a\x73\x74\x75\x76\x77\x78\x79\x7a\x82\x83\x84\x85\x86\x87\x88"
    "\x89\x8a\x92\x93\x94\x95\x96\x97\x98\x99\x9a\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xb2\xb3\xb4\xb5"
    "\xb6\xb7\xb8\xb9\xba\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xe2"
    "\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xff\xda\x00\x0c\x03\x01\x00"
    "\x02\x11\x03\x11\x00\x3f\x00\x9b\xc2\x36\xcb\xf2\x57\x63\xf6\x65\xae\x57\xc2\x3f\xc1\x5d\x8d\x67"
    "\x8f\xcb\xb0\xbe\xd9\xfb\x88\xf4\x73\x39\xcb\xeb\x0c\xff\xd9";
const std::string jpeg_photo(jpeg_literal, sizeof jpeg_literal - 1);

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const Translations& words() {
    static const Translations loaded = Translations::load(assets_folder() / "i18n");
    return loaded;
}

std::vector<PublishedFile> gallery_of(const testing::KioskExhibition& kiosk, Language language = Language::nl) {
    return exhibition_gallery(kiosk.store, published_workshop(kiosk.store.state()), words(), language);
}

// Writes the files under folder as the command line does, and reads them back.
std::vector<PublishedFile> through_disk(const std::filesystem::path& folder, const std::vector<PublishedFile>& files) {
    std::vector<PublishedFile> read;
    for (const PublishedFile& file : files) {
        const std::filesystem::path path = folder / file.path;
        std::filesystem::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << file.bytes;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        read.push_back({entry.path().lexically_relative(folder).generic_string(), {std::istreambuf_iterator<char>(in), {}}});
    }
    std::sort(read.begin(), read.end(), [](const PublishedFile& a, const PublishedFile& b) { return a.path < b.path; });
    return read;
}

std::vector<std::string> paths_of(const std::vector<PublishedFile>& files) {
    std::vector<std::string> paths;
    for (const PublishedFile& file : files) paths.push_back(file.path);
    return paths;
}

const std::string& page_of(const std::vector<PublishedFile>& files) {
    for (const PublishedFile& file : files)
        if (file.path == "index.html") return file.bytes;
    throw std::logic_error("no index.html");
}

// Everything the page points at: src and href attributes, and url(…) in its style.
std::vector<std::string> references(const std::string& html) {
    static const std::regex reference(R"re((?:src|href|srcset|poster|data)\s*=\s*["']?([^"'\s>]*)|url\(\s*["']?([^"')]*))re",
                                      std::regex::icase);
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), reference); it != std::sregex_iterator(); ++it)
        found.push_back((*it)[1].matched ? (*it)[1].str() : (*it)[2].str());
    return found;
}

// The slides' captions in the page's order: "Lotte, 5B · Tekening" or "Tekening".
std::vector<std::string> captions(const std::string& html) {
    static const std::regex caption(R"re(<figcaption>(?:<span class="naam">([^<]*)</span> )?<span class="soort">([^<]*)</span>)re");
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), caption); it != std::sregex_iterator(); ++it)
        found.push_back((*it)[1].matched ? (*it)[1].str() + " · " + (*it)[2].str() : (*it)[2].str());
    return found;
}

// The alt text of every image, in the page's order.
std::vector<std::string> alt_texts(const std::string& html) {
    static const std::regex image(R"re(<img src="([^"]*)" alt="([^"]*)")re");
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), image); it != std::sregex_iterator(); ++it)
        found.push_back((*it)[1].str() + ": " + (*it)[2].str());
    return found;
}

struct DecodedPicture {
    int width = 0, height = 0;
    int inked = 0;  // pixels that are not white paper
};

DecodedPicture decode_png(const std::string& png) {
    const testing::PngSurface surface = testing::png_surface(png);
    DecodedPicture image;
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return image;
    cairo_surface_flush(surface.get());
    image.width = cairo_image_surface_get_width(surface.get());
    image.height = cairo_image_surface_get_height(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            image.inked += (reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride)[x] &
                            0xffffff) != 0xffffff;
    return image;
}

// One workshop with a work of every consent a teacher can give, in the order made.
struct ConsentMatrix {
    testing::KioskExhibition kiosk;
    std::string png_photo = demo_collage_png(7, 320, 240);

    ConsentMatrix() {
        kiosk.poem("Anouk", "Anouks wolkenkrabber tot de maan");  // waits: no consent at all
        kiosk.show(kiosk.drawing("Bram"), true);                  // in the loop, not to be published
        const std::string chloe = kiosk.photo("Chloé", png_photo, "image/png");
        kiosk.show(chloe, false), kiosk.publish(chloe);  // published without the name
        const std::string daan = kiosk.poem("Daan", "Een boom op elk dak\nen een bank in elke straat");
        kiosk.show(daan, true), kiosk.publish(daan);  // published with the name
        const std::string emma = kiosk.poem("Emma", "Emma's geheime tuin");
        kiosk.show(emma, true), kiosk.publish(emma), kiosk.publish(emma, false);  // published, then withdrawn
        const std::string fien = kiosk.photo("Fien", jpeg_photo, "image/jpeg");
        kiosk.publish(fien);  // published with the name, not (yet) in the loop
        give_consent(kiosk.store, fien, ConsentAspect::name, true);
        const std::string gust = kiosk.drawing("Gust");
        kiosk.show(gust, true), kiosk.publish(gust);
        const std::string hanne = kiosk.drawing("Hanne");
        kiosk.show(hanne, true), kiosk.publish(hanne);
        set_work_status(kiosk.store, hanne, WorkStatus::hidden);  // hidden later: shown nowhere
        kiosk.publish(kiosk.poem("", "Een gedicht zonder naam"));  // no first name given, published
    }
};

TEST(Gallery, OnlyPublishedWorksWithNamesOnlyWhereAllowed) {
    ConsentMatrix matrix;
    testing::TemporaryFolder stick;
    const std::vector<PublishedFile> files = through_disk(stick.path(), gallery_of(matrix.kiosk));
    EXPECT_EQ(paths_of(files), (std::vector<std::string>{"images/001.png", "images/002.jpg", "images/003.png", "index.html"}));

    const std::string& html = page_of(files);
    EXPECT_EQ(captions(html), (std::vector<std::string>{"Foto", "Daan, 5B · Gedicht", "Fien, 5B · Foto",
                                                        "Gust, 5B · Tekening", "Gedicht"}))
        << "the published works in the order made, each named only with the consent to name";
    EXPECT_EQ(alt_texts(html), (std::vector<std::string>{"images/001.png: Foto van een werk",
                                                         "images/002.jpg: Foto van een werk van Fien, 5B",
                                                         "images/003.png: Tekening van Gust, 5B"}));
    EXPECT_TRUE(contains(html, "Een boom op elk dak\nen een bank in elke straat")) << "the poem, with its line break";
    for (const char* counter : {"1 / 5", "2 / 5", "3 / 5", "4 / 5", "5 / 5"}) EXPECT_TRUE(contains(html, counter)) << counter;

    // Nothing of what may not be published, in any file: no unpublished work's words or
    // name, no name without its consent, never the school, an author label or a device.
    for (const PublishedFile& file : files)
        for (const std::string& secret : {std::string("Anouk"), std::string("Bram"), std::string("Chlo"),
                                          std::string("Emma"), std::string("Hanne"), std::string("wolkenkrabber"),
                                          std::string("geheime tuin"), std::string("Regenboog"),
                                          matrix.kiosk.store.device().id})
            EXPECT_FALSE(contains(file.bytes, secret)) << file.path << " holds " << secret;
}

TEST(Gallery, ImagesAreThePicturesThemselves) {
    ConsentMatrix matrix;
    testing::TemporaryFolder stick;
    const std::vector<PublishedFile> files = through_disk(stick.path(), gallery_of(matrix.kiosk));
    ASSERT_EQ(files.size(), 4u);

    // The photos exactly as they were taken.
    EXPECT_EQ(files[0].bytes, matrix.png_photo);
    EXPECT_EQ(files[1].bytes, jpeg_photo);
    EXPECT_EQ(files[1].bytes.substr(0, 3), "\xFF\xD8\xFF");
    EXPECT_EQ(files[1].bytes.substr(files[1].bytes.size() - 2), "\xFF\xD9");

    // The drawing rendered large from its strokes, with ink on white paper.
    EXPECT_EQ(files[2].bytes.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const DecodedPicture drawing = decode_png(files[2].bytes);
    EXPECT_EQ(drawing.width, gallery_drawing_width);
    EXPECT_EQ(drawing.height, gallery_drawing_width * 3 / 4);
    EXPECT_GT(drawing.inked, 1000) << "the zigzag is drawn";
    EXPECT_LT(drawing.inked, drawing.width * drawing.height / 4) << "on white paper";
    const DecodedPicture photo = decode_png(files[0].bytes);
    EXPECT_EQ(photo.width, 320);
    EXPECT_EQ(photo.height, 240);

    // The page keeps each picture's place before it loads.
    const std::string& html = page_of(files);
    EXPECT_TRUE(contains(html, R"(<img src="images/002.jpg" alt="Foto van een werk van Fien, 5B" width="8" height="6")"));
    EXPECT_TRUE(contains(html, R"(<img src="images/003.png" alt="Tekening van Gust, 5B" width="1600" height="1200")"));
}

TEST(Gallery, ThePageIsSelfContained) {
    ConsentMatrix matrix;
    const std::vector<PublishedFile> files = gallery_of(matrix.kiosk);
    const std::string& html = page_of(files);
    EXPECT_FALSE(contains(html, "http")) << "nothing from a network";
    EXPECT_FALSE(contains(html, "//")) << "no address of another place, not even protocol-relative";
    EXPECT_FALSE(contains(html, "<link")) << "style inline";
    EXPECT_FALSE(contains(html, "@import"));
    EXPECT_FALSE(contains(html, "<script src"));
    EXPECT_TRUE(contains(html, "<html lang=\"nl\">"));
    EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
    EXPECT_TRUE(contains(html, "<title>Mijn droomstad</title>")) << "the exhibition's name, as over the kiosk's loop";
    EXPECT_TRUE(contains(html, "<p>Roeselare 2030</p>")) << "the workshop under it";
    EXPECT_TRUE(contains(html, "<style>"));
    EXPECT_TRUE(contains(html, "<script>"));
    EXPECT_TRUE(contains(html, "prefers-reduced-motion"));

    const std::vector<std::string> references_made = references(html);
    EXPECT_EQ(references_made.size(), 3u) << "the three images";
    const std::vector<std::string> paths = paths_of(files);
    for (const std::string& reference : references_made)
        EXPECT_NE(std::find(paths.begin(), paths.end(), reference), paths.end()) << reference << " is not in the folder";
    for (const std::string& path : paths) {
        if (path == "index.html") continue;
        EXPECT_NE(std::find(references_made.begin(), references_made.end(), path), references_made.end())
            << path << " is in the folder but not on the page";
    }
}

TEST(Gallery, TheSameWorkshopGivesTheSameBytes) {
    ConsentMatrix matrix;
    testing::TemporaryFolder first, second;
    const std::vector<PublishedFile> once = through_disk(first.path(), gallery_of(matrix.kiosk));
    // Again from a store opened anew: the state folded from the same operations.
    const std::filesystem::path folder = matrix.kiosk.folder.path();
    const Store reopened = Store::open_or_create(folder);
    const std::vector<PublishedFile> again = through_disk(
        second.path(), exhibition_gallery(reopened, published_workshop(reopened.state()), words(), Language::nl));
    ASSERT_EQ(paths_of(once), paths_of(again));
    for (std::size_t i = 0; i < once.size(); ++i) EXPECT_TRUE(once[i].bytes == again[i].bytes) << once[i].path;
}

TEST(Gallery, WithoutPublishedWorksThePageSaysSo) {
    testing::KioskExhibition kiosk;
    kiosk.show(kiosk.drawing("Lotte"), true);  // in the loop, but not to be published
    kiosk.poem("Noah", "Nog niet bekeken");      // waiting for the teacher
    for (const Language language : all_languages) {
        const std::vector<PublishedFile> files = gallery_of(kiosk, language);
        ASSERT_EQ(paths_of(files), std::vector<std::string>{"index.html"});
        const std::string& html = files.front().bytes;
        EXPECT_TRUE(contains(html, words().text(language, "gallery.exhibition.empty"))) << html;
        EXPECT_TRUE(contains(html, "<html lang=\"" + std::string(language_code(language)) + "\">"));
        EXPECT_FALSE(contains(html, "<img"));
        EXPECT_FALSE(contains(html, "<script")) << "nothing to play";
        EXPECT_FALSE(contains(html, "Lotte"));
        EXPECT_FALSE(contains(html, "Nog niet bekeken"));
    }
    // A workshop without any kiosk says the same.
    testing::TemporaryFolder folder;
    const Store nothing = Store::open_or_create(folder.path());
    const std::vector<PublishedFile> files =
        exhibition_gallery(nothing, published_workshop(nothing.state()), words(), Language::en);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_TRUE(contains(files.front().bytes, "There are no works to show yet.")) << files.front().bytes;
    EXPECT_TRUE(contains(files.front().bytes, "<title>Exhibition</title>"));
}

TEST(Gallery, APoemIsTextNotMarkup) {
    testing::KioskExhibition kiosk;
    const std::string poem = kiosk.poem("Zoë", "<script>alert('boem')</script> & \"zo\"\n<b>vet</b>");
    kiosk.show(poem, true), kiosk.publish(poem);
    const std::string html = page_of(gallery_of(kiosk));
    EXPECT_TRUE(contains(html, "&lt;script&gt;alert(&#39;boem&#39;)&lt;/script&gt; &amp; &quot;zo&quot;\n&lt;b&gt;vet&lt;/b&gt;"))
        << html;
    EXPECT_FALSE(contains(html, "<b>vet"));
    const std::string body = html.substr(0, html.find("<script>"));  // the script compares numbers with < and >
    EXPECT_EQ(std::count(body.begin(), body.end(), '<'), std::count(body.begin(), body.end(), '>'))
        << "every tag is the page's own";
}

TEST(Gallery, SpeaksTheLanguageAsked) {
    testing::KioskExhibition kiosk;
    for (const char* name : {"Émile", "Lotte"}) {
        const std::string drawn = kiosk.drawing(name);
        kiosk.show(drawn, true), kiosk.publish(drawn);
    }
    const std::string french = page_of(gallery_of(kiosk, Language::fr));
    EXPECT_TRUE(contains(french, "<html lang=\"fr\">"));
    EXPECT_EQ(alt_texts(french), (std::vector<std::string>{"images/001.png: Dessin d’Émile, 5B",
                                                           "images/002.png: Dessin de Lotte, 5B"}));
    EXPECT_TRUE(contains(french, "Œuvre 2 sur 2"));
    EXPECT_TRUE(contains(french, ">Suivante ›</button>"));
    const std::string english = page_of(gallery_of(kiosk, Language::en));
    EXPECT_EQ(alt_texts(english), (std::vector<std::string>{"images/001.png: Drawing by Émile, 5B",
                                                            "images/002.png: Drawing by Lotte, 5B"}));
}

// A bundle merged from another device may carry anything: the page stays valid UTF-8
// and shows text as text.
TEST(GalleryHtmlText, EscapesMarkupRepairsBrokenUtf8AndDropsControlCharacters) {
    EXPECT_EQ(html_text("a < b & \"c\" > 'd'"), "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;");
    EXPECT_EQ(html_text("Zoë, œuvre, €, 🌳"), "Zoë, œuvre, €, 🌳") << "well-formed UTF-8 stays as it is";
    EXPECT_EQ(html_text("vers 1\r\nvers\t2\x1b[31m\x7f"), "vers 1\nvers\t2[31m") << "line breaks and tabs kept";
    const std::string replacement = "\xEF\xBF\xBD";
    EXPECT_EQ(html_text("\xff"), replacement);
    EXPECT_EQ(html_text("a\xC3"), "a" + replacement) << "cut short at the end";
    EXPECT_EQ(html_text("\xC0\xAF"), replacement + replacement) << "an overlong '/'";
    EXPECT_EQ(html_text("\xED\xA0\x80"), replacement + replacement + replacement) << "a surrogate";
    EXPECT_EQ(html_text("\xF4\x90\x80\x80"), replacement + replacement + replacement + replacement) << "past U+10FFFF";
}

}  // namespace
}  // namespace oogst
