#pragma once
// What every screen and widget draws with, beside the store and the app state.
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "app/widgets/keyboard/text_entry.hpp"
#include "app/widgets/touch_registry.hpp"
#include "core/assets/assets.hpp"
#include "core/assets/language.hpp"
#include "platform/fonts.hpp"

namespace oogst::platform {
class TextureCache;
}

namespace oogst::app {

// The smallest thing a finger may be asked to hit, at content scale 1 (DESIGN.md, Touch).
inline constexpr float min_touch_px = 48;

struct Ui {
    const platform::Fonts& fonts;
    float scale = 1;
    TouchRegistry& touch;
    Assets& assets;  // not const: a join made in the app adds the templates its join file brought
    Language language = Language::nl;  // the shell copies the app state's choice each frame
    // Set during a frame by anything that moves on its own (a gliding scroll, a dragged
    // note, a running timer): the app then draws the next frame without waiting for input.
    bool animating = false;
    // Asks the window for a frame from another thread, when work done there (the wall's
    // piles) is ready to be shown; empty in the headless tests, which wait for the work.
    std::function<void()> wake{};
    // Photo textures; null without a GL context (the headless UI tests), where views
    // draw placeholders of the same size.
    platform::TextureCache* textures = nullptr;
    // Which text field has the keyboard and what was typed for it (app/widgets/keyboard/text_field.hpp).
    TextEntry text_entry{};
    // Where hints and errors float: above this screen y (the top of a screen's bar at
    // the bottom, where people type and tap next). 0: the bottom of the screen. Screens
    // set it each frame; the shell draws the message after them.
    float message_floor = 0;

    // A length given at scale 1, in this screen's pixels.
    float px(float length) const { return length * scale; }
    float touch_size() const { return px(min_touch_px); }

    // The UI text for key (assets/i18n) in the chosen language, with {name} filled in.
    const char* tr(std::string_view key) const { return assets.words.text(language, key).c_str(); }
    std::string tr(std::string_view key, std::initializer_list<std::pair<std::string_view, std::string>> values) const {
        return assets.words.format(language, key, values);
    }
    // A template's text in the chosen language.
    const std::string& in_language(const LocalizedText& text) const { return text.in(language); }
};

}  // namespace oogst::app
