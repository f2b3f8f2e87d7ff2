#include "app/widgets/touch_registry.hpp"

#include <algorithm>

namespace oogst::app {

void TouchRegistry::record_last_item(std::string name) {
    // Two widgets with one name would make a test tap the wrong one.
    IM_ASSERT(find(name) == nullptr && "touch widget names must be unique within a frame");
    TouchWidget widget;
    widget.id = ImGui::GetItemID();
    widget.name = std::move(name);
    widget.rect = ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    widget.visible = widget.rect;
    widget.visible.ClipWithFull(ImGui::GetCurrentWindowRead()->ClipRect);
    widgets_.push_back(std::move(widget));
}

const TouchWidget* TouchRegistry::find(std::string_view name) const {
    const auto found = std::find_if(widgets_.begin(), widgets_.end(), [&](const auto& w) { return w.name == name; });
    return found == widgets_.end() ? nullptr : &*found;
}

}  // namespace oogst::app
