#include "core/publish/web_document.hpp"

#include <cstdio>

#include <sodium.h>

#include "core/drawing/drawing_paper.hpp"
#include "core/publish/html_text.hpp"

namespace oogst {
namespace {

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

// Strokes as SVG paths on a 400-wide canvas at the paper's aspect: vectors, as on paper.
std::string svg_of(const DocPicture& picture, const std::string& label) {
    const double width = 400, height = width / drawing_aspect;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + number(width) + " " +
                      number(height) + "\"><title>" + html_text(label) + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>";
    for (const Stroke& stroke : picture.strokes) {
        if (stroke.points.empty()) continue;
        char colour[16];
        std::snprintf(colour, sizeof colour, "#%02x%02x%02x", stroke.colour & 0xff, (stroke.colour >> 8) & 0xff,
                      (stroke.colour >> 16) & 0xff);
        svg += "<path fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\" stroke=\"" + std::string(colour) +
               "\" stroke-width=\"" + number(std::max(0.5, static_cast<double>(drawable_width(stroke.width)) * width)) + "\" d=\"";
        for (std::size_t i = 0; i < stroke.points.size(); ++i)
            svg += (i ? " L" : "M") + number(stroke.points[i].x * width) + " " + number(stroke.points[i].y * height);
        if (stroke.points.size() == 1) svg += " l0 0";
        svg += "\"/>";
    }
    return svg + "</svg>";
}

std::string base64(const std::string& bytes) {
    std::string text(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    text.resize(text.size() - 1);  // its closing zero
    return text;
}

std::string label_of(const DocPicture& picture) {
    std::string label = picture.words;
    if (!picture.caption.empty()) label += (label.empty() ? "" : " — ") + picture.caption;
    return label;
}

// Markdown's own characters in a participant's words are printed, not obeyed.
std::string markdown_escaped(const std::string& text) {
    std::string result;
    for (const char c : text) {
        if (std::string_view("\\`*_{}[]<>#|").find(c) != std::string_view::npos) result += '\\';
        result += c;
    }
    return result;
}

// Each line of text starting with line_start (a quote's "> ").
std::string paragraph_lines(const std::string& text, const std::string& line_start) {
    std::string result = line_start;
    for (const char c : text) {
        result += c;
        if (c == '\n') result += line_start;
    }
    return result;
}

}  // namespace

std::string document_html(const Document& document) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + html_text(document.language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                       html_text(document.title) + "</title>\n<style>\n"
                       "body{font-family:'DejaVu Serif',Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#1a1a1a}\n"
                       "h1,h2,h3{font-family:'DejaVu Sans',Verdana,sans-serif;color:#1c614a}h1{border-bottom:2px solid #1c614a}\n"
                       "blockquote{border-left:3px solid #1c614a;margin:1em 0;padding:0 1em;font-style:italic}\n"
                       "blockquote footer{font-style:normal;font-family:sans-serif;font-size:.8em;color:#555}\n"
                       "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}\n"
                       ".note{color:#555;font-style:italic}.pictures{display:grid;grid-template-columns:repeat(auto-fill,minmax(12em,1fr));gap:1em}\n"
                       "figure{margin:0}figure svg,figure img{width:100%;height:auto;border:1px solid #ccc}figcaption{font-size:.8em;color:#555}\n"
                       "</style>\n</head>\n<body>\n<header>\n<p class=\"title\"><strong>" + html_text(document.title) +
                       "</strong></p>\n<p>" + html_text(document.subtitle) + "</p>\n</header>\n<main>\n";
    for (const Block& block : document.blocks) {
        switch (block.kind) {
            case BlockKind::heading: {
                const std::string tag = "h" + std::to_string(std::min(3, std::max(1, block.level)));
                html += "<" + tag + ">" + html_text(block.text) + "</" + tag + ">\n";
                break;
            }
            case BlockKind::paragraph: html += "<p>" + html_text(block.text) + "</p>\n"; break;
            case BlockKind::note: html += "<p class=\"note\">" + html_text(block.text) + "</p>\n"; break;
            case BlockKind::quote:
                html += "<blockquote><p>" + html_text(block.text) + "</p>";
                if (!block.source.empty()) html += "<footer>" + html_text(block.source) + "</footer>";
                html += "</blockquote>\n";
                break;
            case BlockKind::list:
                html += "<ul>\n";
                for (const std::string& item : block.items) html += "<li>" + html_text(item) + "</li>\n";
                html += "</ul>\n";
                break;
            case BlockKind::figures:
                html += "<table>\n";
                for (const auto& [label, value] : block.rows)
                    html += "<tr><th scope=\"row\">" + html_text(label) + "</th><td>" + html_text(value) + "</td></tr>\n";
                html += "</table>\n";
                break;
            case BlockKind::pictures:
                html += "<div class=\"pictures\">\n";
                for (const DocPicture& picture : block.pictures) {
                    const std::string label = label_of(picture);
                    html += "<figure>";
                    if (!picture.strokes.empty()) html += svg_of(picture, label);
                    else if (!picture.image.empty())
                        html += "<img alt=\"" + html_text(label) + "\" src=\"data:" + html_text(picture.media_type) +
                                ";base64," + base64(picture.image) + "\">";
                    if (!label.empty()) html += "<figcaption>" + html_text(label) + "</figcaption>";
                    html += "</figure>\n";
                }
                html += "</div>\n";
                break;
        }
    }
    return html + "</main>\n</body>\n</html>\n";
}

std::string document_markdown(const Document& document) {
    std::string md = "# " + markdown_escaped(document.title) + "\n\n";
    if (!document.subtitle.empty()) md += markdown_escaped(document.subtitle) + "\n\n";
    for (const Block& block : document.blocks) {
        switch (block.kind) {
            case BlockKind::heading:
                // The title is the only level-one heading: chapters are ##.
                md += std::string(static_cast<std::size_t>(std::min(3, std::max(1, block.level)) + 1), '#') + " " +
                      markdown_escaped(block.text) + "\n\n";
                break;
            case BlockKind::paragraph: md += markdown_escaped(block.text) + "\n\n"; break;
            case BlockKind::note: md += "*" + markdown_escaped(block.text) + "*\n\n"; break;
            case BlockKind::quote:
                md += paragraph_lines(markdown_escaped(block.text), "> ") + "\n";
                if (!block.source.empty()) md += ">\n> — " + markdown_escaped(block.source) + "\n";
                md += "\n";
                break;
            case BlockKind::list:
                for (const std::string& item : block.items) md += "- " + markdown_escaped(item) + "\n";
                md += "\n";
                break;
            case BlockKind::figures:
                md += "| | |\n|---|---|\n";
                for (const auto& [label, value] : block.rows)
                    md += "| " + markdown_escaped(label) + " | " + markdown_escaped(value) + " |\n";
                md += "\n";
                break;
            case BlockKind::pictures:
                for (const DocPicture& picture : block.pictures) {
                    const std::string label = label_of(picture);
                    md += "- *(" + markdown_escaped(label.empty() ? "…" : label) + ")*\n";
                }
                md += "\n";
                break;
        }
    }
    return md;
}

}  // namespace oogst
