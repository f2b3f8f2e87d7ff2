#include "core/publish/newspaper/pango_text.hpp"

#include <cstdio>

namespace oogst {

PangoText::PangoText(cairo_t* cr) : context_(pango_cairo_create_context(cr)) {
    pango_cairo_context_set_resolution(context_, 72);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context_, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context_, FALSE);
}

PangoText::~PangoText() { g_object_unref(context_); }

PangoLayout* PangoText::layout(const std::string& markup, const TextStyle& style, double width) const {
    PangoLayout* layout = pango_layout_new(context_);
    PangoFontDescription* font = pango_font_description_from_string(style.font.c_str());
    pango_font_description_set_size(font, static_cast<gint>(style.size * PANGO_SCALE));
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (width > 0) pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    // A long name or a word without a break point still fits its column.
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, style.align);
    pango_layout_set_justify(layout, style.justify);
    if (style.line_spacing > 0) pango_layout_set_line_spacing(layout, static_cast<float>(style.line_spacing));
    pango_layout_set_markup(layout, markup.c_str(), -1);
    return layout;
}

double PangoText::height(const std::string& markup, const TextStyle& style, double width) const {
    PangoLayout* made = layout(markup, style, width);
    int w = 0, h = 0;
    pango_layout_get_size(made, &w, &h);
    g_object_unref(made);
    return static_cast<double>(h) / PANGO_SCALE;
}

double PangoText::width(const std::string& markup, const TextStyle& style) const {
    PangoLayout* made = layout(markup, style, 0);
    int w = 0, h = 0;
    pango_layout_get_size(made, &w, &h);
    g_object_unref(made);
    return static_cast<double>(w) / PANGO_SCALE;
}

double PangoText::draw(cairo_t* cr, const std::string& markup, const TextStyle& style, double x, double y,
                       double width) const {
    PangoLayout* made = layout(markup, style, width);
    int w = 0, h = 0;
    pango_layout_get_size(made, &w, &h);
    cairo_save(cr);
    cairo_set_source_rgb(cr, style.red, style.green, style.blue);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, made);
    cairo_restore(cr);
    g_object_unref(made);
    return static_cast<double>(h) / PANGO_SCALE;
}

std::string escaped(const std::string& text) {
    gchar* safe = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
    std::string result(safe);
    g_free(safe);
    return result;
}

bool parse_colour(const std::string& colour, double& red, double& green, double& blue) {
    unsigned r = 0, g = 0, b = 0;
    if (colour.size() != 7 || colour[0] != '#' || std::sscanf(colour.c_str() + 1, "%2x%2x%2x", &r, &g, &b) != 3) return false;
    red = r / 255.0, green = g / 255.0, blue = b / 255.0;
    return true;
}

}  // namespace oogst
