#pragma once
// Text set with Pango on a cairo page, measured in points: one Pango context per
// publication at 72 dpi with hinting off, so a font's size is its size in points and
// the same text breaks the same way on any machine and at any zoom (hinted metrics would
// depend on the surface). Text is drawn as text, so a reader can select and search it.
#include <string>

#include <cairo.h>
#include <pango/pangocairo.h>

namespace oogst {

struct TextStyle {
    std::string font = "DejaVu Serif";  // a Pango family with its weight or style: "DejaVu Sans Bold"
    double size = 10;                   // points
    double line_spacing = 0;            // a factor of the font's height; 0: the font's own
    PangoAlignment align = PANGO_ALIGN_LEFT;
    bool justify = false;
    double red = 0, green = 0, blue = 0;
};

class PangoText {
public:
    explicit PangoText(cairo_t* cr);
    ~PangoText();
    PangoText(const PangoText&) = delete;
    PangoText& operator=(const PangoText&) = delete;

    // A layout of markup, width wide (0: one line as long as it is). The caller owns it
    // (g_object_unref).
    PangoLayout* layout(const std::string& markup, const TextStyle& style, double width) const;
    double height(const std::string& markup, const TextStyle& style, double width) const;
    // The width of markup set on one line.
    double width(const std::string& markup, const TextStyle& style) const;
    // Draws markup with its top left at (x, y); returns its height.
    double draw(cairo_t* cr, const std::string& markup, const TextStyle& style, double x, double y, double width) const;

private:
    PangoContext* context_;
};

// text with &, < and > written as markup entities, so a participant's words are never
// taken for markup.
std::string escaped(const std::string& text);

// "#2e7d32" as red, green and blue from 0 to 1; false when it is no such colour.
bool parse_colour(const std::string& colour, double& red, double& green, double& blue);

}  // namespace oogst
