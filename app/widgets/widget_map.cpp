#include "app/widgets/widget_map.hpp"

#include <cmath>
#include <fstream>
#include <system_error>

namespace oogst::app {

std::string widget_map_text(const TouchRegistry& touch) {
    std::string text;
    for (const TouchWidget& widget : touch.widgets()) {
        if (widget.visible.GetWidth() < 1 || widget.visible.GetHeight() < 1) continue;
        const auto pixel = [&](float at) { return std::to_string(std::lround(at)); };
        text += widget.name + " " + pixel(widget.visible.Min.x) + " " + pixel(widget.visible.Min.y) + " " +
                pixel(widget.visible.Max.x) + " " + pixel(widget.visible.Max.y) + "\n";
    }
    return text;
}

void WidgetMap::update(const TouchRegistry& touch) {
    std::string text = widget_map_text(touch);
    if (text == written_) return;
    const std::filesystem::path temporary = file_.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << text;
        if (!out.flush()) return;
    }
    std::error_code error;
    std::filesystem::rename(temporary, file_, error);
    if (!error) written_ = std::move(text);
}

}  // namespace oogst::app
