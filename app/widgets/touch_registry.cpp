#include "app/widgets/touch_registry.hpp"

#include <algorithm>

namespace oogst::app {

void TouchRegistry::record_last_item(std::string name, std::string label) {
    // Two widgets with one name would make a test tap the wrong one.
    IM_ASSERT(find(name) == nullptr && "touch widget names must be unique within a frame");
    TouchWidget widget;
    widget.id = ImGui::GetItemID();
    widget.name = std::move(name);
    widget.rect = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    widget.visible = widget.rect;
    widget.visible.ClipWithFull(ImGui::GetCurrentWindowRead()->ClipRect);
    widget.label = std::move(label);
    widgets_.push_back(std::move(widget));
}

void TouchRegistry::record_area(std::string name, const ImRect& rect, const ImRect& clip) {
    IM_ASSERT(find(name) == nullptr && "touch widget names must be unique within a frame");
    TouchWidget widget;
    widget.name = std::move(name);
    widget.rect = rect;
    widget.visible = rect;
    widget.visible.ClipWithFull(clip);
    widgets_.push_back(std::move(widget));
}

void TouchRegistry::record_text(std::string name, std::string text, const ImRect& rect, const ImRect& room) {
    texts_.push_back({std::move(name), std::move(text), rect, room});
}

const ShownText* TouchRegistry::find_text(std::string_view name) const {
    const auto found = std::find_if(texts_.begin(), texts_.end(), [&](const auto& t) { return t.name == name; });
    return found == texts_.end() ? nullptr : &*found;
}

const TouchWidget* TouchRegistry::find(std::string_view name) const {
    const auto found = std::find_if(widgets_.begin(), widgets_.end(), [&](const auto& w) { return w.name == name; });
    return found == widgets_.end() ? nullptr : &*found;
}

}  // namespace oogst::app
