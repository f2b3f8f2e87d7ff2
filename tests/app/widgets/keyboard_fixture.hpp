#pragma once
// A board with its note field tapped, so the touch keyboard is showing, and helpers to
// type on it with taps only.
#include <string>
#include <string_view>

#include "tests/app/app_fixture.hpp"

namespace oogst::testing {

class KeyboardTest : public AppTest {
protected:
    void SetUp() override {
        AppTest::SetUp();
        open_first_board();
        ui->tap("board.text");
        ASSERT_TRUE(ui->shows("keyboard.key.e")) << "tapping the note field shows the keyboard";
    }

    // Taps the key of each character of text (UTF-8): lower-case letters, digits and
    // signs on the page that shows, and spaces.
    void tap_keys(std::string_view text) {
        for (std::size_t i = 0; i < text.size();) {
            std::size_t length = 1;
            while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
            const std::string_view c = text.substr(i, length);
            ui->tap(c == " " ? std::string("keyboard.key.space") : "keyboard.key." + std::string(c));
            i += length;
        }
    }

    // The finger of a long press on key slides onto the accent choice and lifts there.
    void long_press_and_slide(const std::string& key, const std::string& choice) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        io.MouseDown[0] = false;
        ui->frame();
        io.MousePos = ui->widget(key).rect.GetCenter();
        io.MouseDown[0] = true;
        ui->wait(0.7f);
        const ImVec2 from = io.MousePos, to = ui->widget(choice).rect.GetCenter();
        for (int step = 1; step <= 6; ++step) {
            io.MousePos = ImVec2(from.x + (to.x - from.x) * step / 6, from.y + (to.y - from.y) * step / 6);
            ui->frame();
        }
        io.MouseDown[0] = false;
        ui->frame();
        ui->frame();
    }

    // Text notes of the first session whose text is text.
    int notes_with_text(const Store& s, const std::string& text) const {
        int found = 0;
        for (const auto& [id, capture] : s.state().captures_of(first_session())) found += capture->text.value() == text;
        return found;
    }
};

}  // namespace oogst::testing
