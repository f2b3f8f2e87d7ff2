#pragma once
// What this device remembers about how it is used, across restarts: the language the
// table chose on the start screen and the touch keyboard's layout. The device's own,
// like the kiosk's settings: not operations, so never in a bundle, and another tablet
// of the same workshop keeps its own.
#include <optional>
#include <string>

#include "core/assets/language.hpp"

namespace oogst {

struct DeviceSettings {
    std::optional<Language> language;  // none: never chosen on this device (the app's default)
    std::string keyboard_layout;       // a layout's id ("azerty-be"); empty: never chosen
};

}  // namespace oogst
