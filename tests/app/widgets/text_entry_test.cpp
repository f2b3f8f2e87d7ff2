// Editing text as the app's own fields do: UTF-8 one character at a time, the rules
// for Enter and line breaks, which field has the keyboard, and a multi-line field
// drawn on its own.
#include <gtest/gtest.h>

#include <string>

#include <imgui.h>

#include "app/widgets/keyboard/text_entry.hpp"
#include "app/widgets/keyboard/text_field.hpp"
#include "app/widgets/keyboard/utf8_edit.hpp"
#include "core/assets/assets.hpp"
#include "platform/fonts.hpp"

namespace oogst::testing {
namespace {

using app::TextEdit;
namespace utf8 = app::utf8;

TEST(Utf8Edit, AppendEncodesEveryLengthOfCharacter) {
    std::string text;
    EXPECT_TRUE(utf8::append(text, U'a'));
    EXPECT_TRUE(utf8::append(text, U'é'));   // 2 bytes
    EXPECT_TRUE(utf8::append(text, U'€'));   // 3 bytes
    EXPECT_TRUE(utf8::append(text, U'🌻'));  // 4 bytes
    EXPECT_EQ(text, "aé€🌻");
    EXPECT_EQ(utf8::length(text), 4u);
}

TEST(Utf8Edit, AppendRefusesWhatIsNotACharacter) {
    std::string text = "x";
    EXPECT_FALSE(utf8::append(text, 0xD800));  // half a UTF-16 surrogate pair
    EXPECT_FALSE(utf8::append(text, 0x110000));
    EXPECT_EQ(text, "x");
}

TEST(Utf8Edit, EraseLastTakesOffAWholeCharacter) {
    std::string text = "aé€🌻";
    EXPECT_TRUE(utf8::erase_last(text));
    EXPECT_EQ(text, "aé€");
    EXPECT_TRUE(utf8::erase_last(text));
    EXPECT_EQ(text, "aé");
    EXPECT_TRUE(utf8::erase_last(text));
    EXPECT_EQ(text, "a");
    EXPECT_TRUE(utf8::erase_last(text));
    EXPECT_EQ(text, "");
    EXPECT_FALSE(utf8::erase_last(text));
}

TEST(Utf8Edit, EraseLastNeverLeavesHalfACharacterOfBrokenText) {
    // A character is at most four bytes: stray continuation bytes (not valid UTF-8)
    // go four at a time, and nothing before them is touched.
    std::string text = "ok\xC3";
    utf8::erase_last(text);
    EXPECT_EQ(text, "ok");
    text = "ok\x80\x80\x80\x80\x80";
    utf8::erase_last(text);
    EXPECT_EQ(text, "ok\x80");
}

TEST(ApplyEdits, InsertsBackspacesAndReportsEnterInOneLine) {
    std::string text = "caf";
    const auto result = app::apply_edits(
        text, {{TextEdit::Kind::insert, "é"}, {TextEdit::Kind::insert, "s"}, {TextEdit::Kind::backspace, {}},
               {TextEdit::Kind::enter, {}}},
        false);
    EXPECT_EQ(text, "café");
    EXPECT_TRUE(result.changed);
    EXPECT_TRUE(result.entered);
}

TEST(ApplyEdits, OneLineKeepsNoLineBreaksOrControlCharacters) {
    std::string text;
    app::apply_edits(text, {{TextEdit::Kind::insert, "een\nlijn\tmet\x07 tab"}}, false);
    EXPECT_EQ(text, "een lijn met tab");
}

TEST(ApplyEdits, MultiLineTurnsEnterIntoALineBreak) {
    std::string text = "Ik droom";
    const auto result = app::apply_edits(
        text, {{TextEdit::Kind::enter, {}}, {TextEdit::Kind::insert, "van een park\nmet bomen"}}, true);
    EXPECT_EQ(text, "Ik droom\nvan een park\nmet bomen");
    EXPECT_FALSE(result.entered);
    EXPECT_TRUE(result.changed);
}

TEST(ApplyEdits, BackspaceOnEmptyTextChangesNothing) {
    std::string text;
    const auto result = app::apply_edits(text, {{TextEdit::Kind::backspace, {}}}, false);
    EXPECT_FALSE(result.changed);
    EXPECT_EQ(text, "");
}

// TextEntry::edit reads the physical keyboard from ImGui's IO, so these run in a bare
// context, inside a frame.
class TextEntryFrame : public ::testing::Test {
protected:
    void SetUp() override {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
        fonts_ = platform::load_fonts(*io.Fonts, 1);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
    }
    void TearDown() override { ImGui::DestroyContext(context_); }

    template <class Draw>
    void frame(Draw&& draw) {
        ImGui::NewFrame();
        ImGui::Begin("test");
        draw();
        ImGui::End();
        ImGui::Render();
    }

    ImGuiContext* context_ = nullptr;
    platform::Fonts fonts_;
};

TEST_F(TextEntryFrame, OnlyTheFocusedFieldGetsTheKeys) {
    app::TextEntry entry;
    std::string first, second;
    entry.focus("first");
    entry.type("hallo");
    ImGui::GetIO().AddInputCharactersUTF8(" daar");
    frame([&] {
        entry.edit("second", second, false);
        entry.edit("first", first, false);
    });
    EXPECT_EQ(first, "hallo daar");
    EXPECT_EQ(second, "");
}

TEST_F(TextEntryFrame, KeysTypedForAFieldAreDroppedWhenAnotherTakesTheKeyboard) {
    app::TextEntry entry;
    std::string first, second;
    entry.focus("first");
    entry.type("weg");
    entry.focus("second");
    frame([&] {
        entry.edit("first", first, false);
        entry.edit("second", second, false);
    });
    EXPECT_EQ(first, "");
    EXPECT_EQ(second, "");
}

TEST_F(TextEntryFrame, AFieldThatIsNotDrawnLosesTheKeyboard) {
    app::TextEntry entry;
    std::string text;
    entry.focus("field");
    entry.begin_frame();
    frame([&] { entry.edit("field", text, false); });
    entry.end_frame();
    EXPECT_TRUE(entry.has_focus("field"));
    entry.begin_frame();
    frame([] {});
    entry.end_frame();
    EXPECT_FALSE(entry.has_focus());
}

TEST_F(TextEntryFrame, PhysicalBackspaceAndEnter) {
    app::TextEntry entry;
    std::string text = "poëzie";
    entry.focus("field");
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGuiKey_Backspace] = true;
    app::EditResult result;
    frame([&] { result = entry.edit("field", text, false); });
    io.KeysDown[ImGuiKey_Backspace] = false;
    EXPECT_EQ(text, "poëzi");
    EXPECT_FALSE(result.entered);
    io.KeysDown[ImGuiKey_Enter] = true;
    frame([&] { result = entry.edit("field", text, false); });
    io.KeysDown[ImGuiKey_Enter] = false;
    EXPECT_TRUE(result.entered);
    EXPECT_EQ(text, "poëzi");
}

TEST_F(TextEntryFrame, TextAreaTakesLineBreaksAndKeepsItsSize) {
    app::TouchRegistry registry;
    Assets assets = Assets::load();
    app::Ui ui{fonts_, 1, registry, assets};
    std::string poem;
    ui.text_entry.focus("kiosk.poem");
    ui.text_entry.type("De zon schijnt op het plein waar iedereen samen speelt");
    ui.text_entry.enter();
    ui.text_entry.type("en lacht");
    bool changed = false;
    frame([&] {
        registry.begin_frame();
        changed = app::touch_text_area(ui, "kiosk.poem", "Schrijf je gedicht", poem, ImVec2(300, 200));
    });
    EXPECT_TRUE(changed);
    EXPECT_EQ(poem, "De zon schijnt op het plein waar iedereen samen speelt\nen lacht");
    const auto* area = registry.find("kiosk.poem");
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->rect.GetWidth(), 300);
    EXPECT_EQ(area->rect.GetHeight(), 200);
    // Nothing typed: nothing changed.
    frame([&] {
        registry.begin_frame();
        changed = app::touch_text_area(ui, "kiosk.poem", "Schrijf je gedicht", poem, ImVec2(300, 200));
    });
    EXPECT_FALSE(changed);
}

}  // namespace
}  // namespace oogst::testing

namespace oogst {
namespace {

using app::TextEdit;

// A paste can bring anything (issue 15, input hygiene): bytes that are not UTF-8, a C1
// control (U+009B is a terminal's CSI), an escape sequence. The field keeps what the
// store would keep, so what is shown is what is saved.
TEST(ApplyEdits, APasteOfBrokenTextKeepsValidUtf8WithoutControlCharacters) {
    std::string text;
    app::apply_edits(text, {{TextEdit::Kind::insert, "caf\xe9 \xc2\x9b" "31m\x1b[2Jrood\r\nklaar"}}, true);
    EXPECT_EQ(text, "caf\xef\xbf\xbd 31m[2Jrood\nklaar");
    std::string name;
    app::apply_edits(name, {{TextEdit::Kind::insert, "Tafel\r\n3\xff"}}, false);
    EXPECT_EQ(name, "Tafel 3\xef\xbf\xbd");
}

}  // namespace
}  // namespace oogst
