#include "core/publish/gallery.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "core/drawing/drawing_thumbnail.hpp"
#include "core/model/plain_text.hpp"
#include "core/publish/html_text.hpp"
#include "core/publish/picture_size.hpp"

namespace oogst {
namespace {

// One slide: a work and, unless it is a poem, its image file.
struct Slide {
    const PublishedWork* work = nullptr;
    std::string image;  // "images/001.png"; "" for a poem
    int width = 0, height = 0;  // the image's pixels; 0 when unknown
};

// "007" for 7 of 120 slides; names sort in the loop's order whatever their number.
std::string zero_padded(std::size_t number, std::size_t count) {
    const std::size_t digits = std::max<std::size_t>(3, std::to_string(count).size());
    std::string text = std::to_string(number);
    return std::string(digits - std::min(digits, text.size()), '0') + text;
}

// French writes "Dessin d’Emma" but "Dessin de Lotte": a name that starts with a vowel
// or a (mute) h takes the elided form. The other languages give both forms alike.
bool starts_with_vowel(std::string_view name) {
    static constexpr std::array<std::string_view, 42> vowels = {
        "a", "e", "i", "o", "u", "h", "A", "E", "I", "O", "U", "H", "à", "â", "ä", "é", "è", "ê", "ë", "î", "ï",
        "ô", "ö", "ù", "û", "ü", "œ", "æ", "À", "Â", "Ä", "É", "È", "Ê", "Ë", "Î", "Ï", "Ô", "Ö", "Ù", "Û", "Ü"};
    return std::any_of(vowels.begin(), vowels.end(), [&](std::string_view vowel) { return name.starts_with(vowel); });
}

std::string kind_word(const Translations& words, Language language, CaptureKind kind) {
    switch (kind) {
        case CaptureKind::drawing: return words.text(language, "gallery.exhibition.drawing");
        case CaptureKind::photo: return words.text(language, "gallery.exhibition.photo");
        default: return words.text(language, "gallery.exhibition.poem");
    }
}

// "Tekening van Lotte, 5B", or "Tekening" without the consent to name.
std::string alt_text(const Translations& words, Language language, const PublishedWork& work) {
    const std::string key = work.kind == CaptureKind::photo ? "gallery.exhibition.photo" : "gallery.exhibition.drawing";
    if (work.name.empty())
        return words.text(language, work.kind == CaptureKind::photo ? "gallery.exhibition.photo.alt" : key);
    return words.format(language, key + (starts_with_vowel(work.name) ? ".by_vowel" : ".by"), {{"name", work.name}});
}

// A poem's size on its card: short ones large across the room, long ones still whole.
const char* poem_size(std::string_view poem) {
    const auto lines = std::count(poem.begin(), poem.end(), '\n') + 1;
    if (poem.size() <= 140 && lines <= 6) return "kort";
    if (poem.size() <= 450 && lines <= 14) return "middel";
    return "lang";
}

// The exhibition's name: one kiosk's title when all works come from it (the kiosk
// shows it over its loop), else the workshop's name.
std::string exhibition_title(const PublishedWorkshop& workshop, const Translations& words, Language language) {
    std::vector<std::string> titles;
    for (const PublishedSession& session : workshop.sessions)
        if (session.kiosk && !session.works.empty() && !session.table.empty() &&
            std::find(titles.begin(), titles.end(), session.table) == titles.end())
            titles.push_back(session.table);
    if (titles.size() == 1) return titles.front();
    if (!workshop.workshop.name.empty()) return workshop.workshop.name;
    return words.text(language, "gallery.exhibition.title");
}

constexpr std::string_view gallery_css = R"css(
:root{--papier:#f6f1e7;--inkt:#2b2a26;--zacht:#655f55;--pompoen:#b4561f;--gedicht:#fff4c4;--gedicht-inkt:#3c326e;
color-scheme:light}
*{box-sizing:border-box}
html,body{margin:0;background:var(--papier);color:var(--inkt)}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;line-height:1.4}
.kop{padding:1.5rem 2rem .5rem;text-align:center}
.kop h1{margin:0;color:var(--pompoen);font-size:clamp(1.8rem,4vw,3.2rem);line-height:1.15}
.kop p{margin:.2rem 0 0;color:var(--zacht);font-size:clamp(1rem,2vw,1.4rem)}
.leeg{max-width:40rem;margin:3rem auto;padding:0 2rem;font-size:1.4rem;text-align:center}
.werk{margin:2.5rem auto;padding:0 1rem;max-width:min(96vw,1400px);display:flex;flex-direction:column;align-items:center}
.beeld{display:flex;width:100%;min-height:0}
.beeld img{display:block;margin:auto;max-width:100%;max-height:80vh;width:auto;height:auto;background:#fff;
box-shadow:0 .3rem 1.2rem rgba(0,0,0,.18)}
.foto .beeld img{border:min(1.2vw,14px) solid #fff}
.vers{margin:auto;max-width:min(100%,76rem);padding:clamp(1.2rem,4vw,3.5rem);background:var(--gedicht);color:var(--gedicht-inkt);
border-radius:.5rem;box-shadow:0 .3rem 1.2rem rgba(0,0,0,.15);white-space:pre-wrap;overflow-wrap:anywhere;
font-family:Georgia,"Noto Serif","DejaVu Serif",serif;line-height:1.35}
.vers.kort{font-size:clamp(1.6rem,3.4vw,3.4rem)}
.vers.middel{font-size:clamp(1.3rem,2.6vw,2.6rem)}
.vers.lang{font-size:clamp(1.05rem,1.7vw,1.6rem)}
figcaption{margin-top:1rem;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;justify-content:center;align-items:baseline;
text-align:center}
.naam{font-size:clamp(1.3rem,2.6vw,2.2rem);font-weight:700}
.soort,.teller{font-size:clamp(1rem,1.8vw,1.4rem);color:var(--zacht)}
.teller{font-variant-numeric:tabular-nums}
.verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.knoppen{display:none}
.diashow,.diashow body{height:100%;overflow:hidden}
.diashow body{display:flex;flex-direction:column}
.diashow .kop{flex:none;padding:1rem 2rem .25rem}
.diashow .kop h1,.diashow .kop p{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.diashow #werken{flex:1;min-height:0;position:relative}
.diashow .werk{display:none;position:absolute;top:0;bottom:0;left:0;right:0;margin:0;max-width:none;padding:.5rem 2rem 0;
cursor:pointer}
.diashow .werk.nu{display:flex;animation:verschijn .8s ease-out}
.diashow .beeld{flex:1}
.diashow .beeld img{max-height:100%}
.diashow .gedicht .beeld{overflow:auto}
.diashow .knoppen{display:flex;flex:none;flex-wrap:wrap;padding:.6rem 1.5rem .9rem;gap:.8rem;align-items:center;
justify-content:center}
.knoppen button{font:inherit;font-size:1.1rem;min-width:3rem;min-height:3rem;padding:.4rem 1.3rem;border-radius:1.5rem;
border:2px solid var(--pompoen);background:#fff;color:var(--inkt);cursor:pointer}
.knoppen button:focus-visible{outline:3px solid var(--inkt);outline-offset:2px}
.knoppen button[hidden]{display:none}
.hulp{color:var(--zacht);font-size:.95rem;margin-left:1rem}
@media (max-width:760px){.hulp{display:none}.knoppen button{padding:.4rem .9rem}}
@keyframes verschijn{from{opacity:0}to{opacity:1}}
@media (prefers-reduced-motion:reduce){.diashow .werk.nu{animation:none}}
)css";

// Progressive enhancement: without this script the page is a plain list of every work.
// With it, one work at a time, on by itself every few seconds; the next image is asked
// for one slide ahead (images are lazy, so a slow stick does not load 600 at once).
constexpr std::string_view script = R"js(
(function () {
  "use strict";
  var werken = document.querySelectorAll(".werk");
  if (werken.length === 0) return;
  var html = document.documentElement;
  var lijst = document.getElementById("werken");
  var vorige = document.getElementById("vorige"), volgende = document.getElementById("volgende");
  var speelknop = document.getElementById("speel"), scherm = document.getElementById("scherm");
  var wachttijd = Number(lijst.getAttribute("data-seconden")) * 1000;
  var nu = 0, speelt = true, klok = 0, veeg = null, negeerKlikTot = 0;

  function laad(i) {
    var beeld = werken[i].querySelector("img");
    if (beeld) beeld.loading = "eager";
  }
  function plan() {
    clearTimeout(klok);
    if (speelt && werken.length > 1) klok = setTimeout(function () { toon(nu + 1); }, wachttijd);
  }
  function toon(i) {
    werken[nu].classList.remove("nu");
    nu = ((i % werken.length) + werken.length) % werken.length;
    werken[nu].classList.add("nu");
    laad(nu);
    laad((nu + 1) % werken.length);
    plan();
  }
  function speel(aan) {
    speelt = aan;
    speelknop.textContent = speelknop.getAttribute(aan ? "data-pauzeer" : "data-speel");
    lijst.setAttribute("aria-live", aan ? "off" : "polite");
    plan();
  }
  function volledigScherm() {
    if (!document.fullscreenEnabled) return;
    if (document.fullscreenElement) document.exitFullscreen();
    else html.requestFullscreen().catch(function () {});
  }
  function knop(element, doe) {
    element.addEventListener("click", function (e) { e.stopPropagation(); doe(); });
  }

  html.classList.add("diashow");
  knop(vorige, function () { toon(nu - 1); });
  knop(volgende, function () { toon(nu + 1); });
  knop(speelknop, function () { speel(!speelt); });
  if (document.fullscreenEnabled) {
    scherm.hidden = false;
    knop(scherm, volledigScherm);
  }
  lijst.addEventListener("click", function () {
    if (Date.now() >= negeerKlikTot) toon(nu + 1);
  });
  lijst.addEventListener("touchstart", function (e) {
    veeg = e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
  }, { passive: true });
  lijst.addEventListener("touchend", function (e) {
    if (!veeg) return;
    var dx = e.changedTouches[0].clientX - veeg.x, dy = e.changedTouches[0].clientY - veeg.y;
    veeg = null;
    if (Math.abs(dx) < 50 || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
    negeerKlikTot = Date.now() + 600;
    toon(dx < 0 ? nu + 1 : nu - 1);
  }, { passive: true });
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target.tagName === "BUTTON" && (e.key === " " || e.key === "Enter")) return;
    switch (e.key) {
      case "ArrowRight": case "ArrowDown": case "PageDown": toon(nu + 1); break;
      case "ArrowLeft": case "ArrowUp": case "PageUp": toon(nu - 1); break;
      case "Home": toon(0); break;
      case "End": toon(werken.length - 1); break;
      case " ": case "Spacebar": speel(!speelt); break;
      case "f": case "F": volledigScherm(); break;
      default: return;
    }
    e.preventDefault();
  });

  var gevraagd = /^#werk-(\d+)$/.exec(location.hash);
  toon(gevraagd ? Math.min(Math.max(Number(gevraagd[1]), 1), werken.length) - 1 : 0);
})();
)js";

std::string page_head(Language language, const std::string& title) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(language)) + "\">\n<head>\n";
    html += "<meta charset=\"utf-8\">\n";
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + html_text(title) + "</title>\n";
    html += "<style>" + std::string(gallery_css) + "</style>\n</head>\n<body>\n";
    return html;
}

std::string page_header(const std::string& title, const std::string& subtitle) {
    std::string html = "<header class=\"kop\">\n<h1>" + html_text(title) + "</h1>\n";
    if (!subtitle.empty()) html += "<p>" + html_text(subtitle) + "</p>\n";
    return html + "</header>\n";
}

std::string figure(const Slide& slide, std::size_t number, std::size_t count, const Translations& words,
                   Language language) {
    const PublishedWork& work = *slide.work;
    const char* kind = work.kind == CaptureKind::drawing ? "tekening" : work.kind == CaptureKind::photo ? "foto" : "gedicht";
    std::string html = "<figure class=\"werk " + std::string(kind) + "\" id=\"werk-" + std::to_string(number) + "\">\n";
    html += "<div class=\"beeld\">";
    if (slide.image.empty()) {
        const std::string_view poem = trimmed(work.text);
        html += "<p class=\"vers " + std::string(poem_size(poem)) + "\">" + html_text(poem) + "</p>";
    } else {
        html += "<img src=\"" + slide.image + "\" alt=\"" + html_text(alt_text(words, language, work)) + "\"";
        if (slide.width > 0 && slide.height > 0)
            html += " width=\"" + std::to_string(slide.width) + "\" height=\"" + std::to_string(slide.height) + "\"";
        // The first two are on screen at once; the others load when their turn comes.
        if (number > 2) html += " loading=\"lazy\"";
        html += ">";
    }
    html += "</div>\n<figcaption>";
    if (!work.name.empty()) html += "<span class=\"naam\">" + html_text(work.name) + "</span> ";
    html += "<span class=\"soort\">" + html_text(kind_word(words, language, work.kind)) + "</span> ";
    const std::string number_text = std::to_string(number), count_text = std::to_string(count);
    html += "<span class=\"teller\"><span aria-hidden=\"true\">" + number_text + " / " + count_text + "</span>";
    html += "<span class=\"verborgen\">" +
            html_text(words.format(language, "gallery.exhibition.counter", {{"number", number_text}, {"count", count_text}})) +
            "</span></span>";
    return html + "</figcaption>\n</figure>\n";
}

std::string controls(const Translations& words, Language language) {
    const auto said = [&](const char* key) { return html_text(words.text(language, key)); };
    std::string html = "<nav class=\"knoppen\" aria-label=\"" + said("gallery.exhibition.controls") + "\">\n";
    html += "<button type=\"button\" id=\"vorige\">‹ " + said("gallery.exhibition.previous") + "</button>\n";
    html += "<button type=\"button\" id=\"speel\" data-pauzeer=\"" + said("gallery.exhibition.pause") + "\" data-speel=\"" +
            said("gallery.exhibition.play") + "\">" + said("gallery.exhibition.pause") + "</button>\n";
    html += "<button type=\"button\" id=\"volgende\">" + said("gallery.exhibition.next") + " ›</button>\n";
    html += "<button type=\"button\" id=\"scherm\" hidden>" + said("gallery.exhibition.fullscreen") + "</button>\n";
    html += "<span class=\"hulp\">" + said("gallery.exhibition.help") + "</span>\n";
    return html + "</nav>\n";
}

// Each drawing's PNG, rendered on every core: a large one takes cairo some 80 ms, and a
// city's exhibition has hundreds. Each result has its own place, so the order, and the
// bytes, do not depend on which thread was quicker.
std::vector<std::string> rendered_drawings(const std::vector<const PublishedWork*>& drawings) {
    std::vector<std::string> pngs(drawings.size());
    std::atomic<std::size_t> next = 0;
    std::mutex failed_guard;
    std::exception_ptr failed;
    const auto render = [&] {
        for (std::size_t i = next++; i < drawings.size(); i = next++) {
            try {
                pngs[i] = render_drawing_png(drawings[i]->strokes, gallery_drawing_width);
            } catch (...) {
                const std::lock_guard lock(failed_guard);
                if (!failed) failed = std::current_exception();
                next = drawings.size();
            }
        }
    };
    const std::size_t helpers = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), 8) - 1;
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < helpers && i + 1 < drawings.size(); ++i) threads.emplace_back(render);
        render();
    }
    if (failed) std::rethrow_exception(failed);
    return pngs;
}

}  // namespace

std::vector<PublishedFile> exhibition_gallery(const Store& store, const PublishedWorkshop& workshop,
                                              const Translations& words, Language language) {
    std::vector<const PublishedWork*> works;
    for (const PublishedSession& session : workshop.sessions)
        if (session.kiosk)
            for (const PublishedWork& work : session.works) works.push_back(&work);

    // The images' names first, so a work that cannot be shown takes no number.
    std::vector<PublishedFile> images;
    std::vector<const PublishedWork*> drawn;  // the drawings, in the order of their images
    std::vector<std::size_t> drawn_at;        // where each one's image is in images
    std::vector<Slide> slides;
    std::size_t image_count = 0;
    for (const PublishedWork* work : works) image_count += work->kind != CaptureKind::text;
    for (const PublishedWork* work : works) {
        Slide slide{work, {}, 0, 0};
        if (work->kind == CaptureKind::drawing) {
            slide.width = gallery_drawing_width, slide.height = drawing_thumbnail_height(gallery_drawing_width);
            slide.image = "images/" + zero_padded(images.size() + 1, image_count) + ".png";
            drawn.push_back(work);
            drawn_at.push_back(images.size());
            images.push_back({slide.image, {}});
        } else if (work->kind == CaptureKind::photo) {
            // The photo's bytes as they are (the kiosk keeps an upright JPEG preview).
            std::optional<std::string> bytes = work->photo_blob.empty() ? std::nullopt : store.blob(work->photo_blob);
            if (!bytes || !(is_jpeg(*bytes) || is_png(*bytes))) continue;
            const bool png = is_png(*bytes);
            const PictureSize size = (png ? png_size(*bytes) : jpeg_size(*bytes)).value_or(PictureSize{});
            slide.width = size.width, slide.height = size.height;
            slide.image = "images/" + zero_padded(images.size() + 1, image_count) + (png ? ".png" : ".jpg");
            images.push_back({slide.image, std::move(*bytes)});
        }
        slides.push_back(std::move(slide));
    }
    std::vector<std::string> pngs = rendered_drawings(drawn);
    for (std::size_t i = 0; i < pngs.size(); ++i) images[drawn_at[i]].bytes = std::move(pngs[i]);

    const std::string title = exhibition_title(workshop, words, language);
    const std::string subtitle = workshop.workshop.name != title ? workshop.workshop.name : "";
    std::string html = page_head(language, title) + page_header(title, subtitle);
    if (slides.empty()) {
        html += "<main>\n<p class=\"leeg\">" + html_text(words.text(language, "gallery.exhibition.empty")) + "</p>\n</main>\n";
        html += "</body>\n</html>\n";
    } else {
        html += "<main id=\"werken\" aria-live=\"off\" data-seconden=\"" + std::to_string(gallery_slide_seconds) + "\">\n";
        for (std::size_t i = 0; i < slides.size(); ++i) html += figure(slides[i], i + 1, slides.size(), words, language);
        html += "</main>\n" + controls(words, language);
        html += "<script>" + std::string(script) + "</script>\n</body>\n</html>\n";
    }

    std::vector<PublishedFile> files;
    files.reserve(images.size() + 1);
    files.push_back({"index.html", std::move(html)});
    for (PublishedFile& image : images) files.push_back(std::move(image));
    return files;
}

}  // namespace oogst
