// The ambassador's panel on a touch screen: its − and + stay put and line up, no label
// is cut off in any language (French is the longest), it says what the next question
// is, starting the timer keeps it open, and "Rename" says what it renames.
#include <cfloat>

#include "tests/app/table/table_fixture.hpp"

namespace oogst::testing {
namespace {

class AmbassadorPanel : public TableTest {
protected:
    void speak(Language language) {
        ui->state().language = language;
        ui->frames(2);
    }
    std::string words(Language language, const char* key) const { return ui->assets().words.text(language, key); }
};

TEST_F(AmbassadorPanel, MinusAndPlusStayPutAndLineUp) {
    open_ambassador_panel();
    const char* steppers[] = {"ambassador.timer", "ambassador.participants"};
    std::vector<ImRect> before;
    for (const char* stepper : steppers)
        for (const char* end : {".less", ".more"}) before.push_back(ui->widget(std::string(stepper) + end).rect);
    for (int i = 0; i < 6; ++i) ui->tap("ambassador.timer.less");        // 15 → 9 min
    for (int i = 0; i < 7; ++i) ui->tap("ambassador.participants.more");  // 3 → 10 people
    ASSERT_EQ(ui->text("ambassador.timer.value").text, "9 min");
    ASSERT_EQ(store->state().session("tafel")->participants, 10);
    std::size_t at = 0;
    for (const char* stepper : steppers)
        for (const char* end : {".less", ".more"}) {
            const ImRect now = ui->widget(std::string(stepper) + end).rect;
            EXPECT_EQ(now.Min.x, before[at].Min.x) << stepper << end << " moved";
            EXPECT_EQ(now.Min.y, before[at].Min.y) << stepper << end << " moved";
            ++at;
        }
    // Each − beside its +, on one line, the two steppers alike.
    for (const char* stepper : steppers)
        EXPECT_EQ(ui->widget(std::string(stepper) + ".less").rect.Min.y, ui->widget(std::string(stepper) + ".more").rect.Min.y);
    const auto span = [&](const char* stepper) {
        return ui->widget(std::string(stepper) + ".more").rect.Max.x - ui->widget(std::string(stepper) + ".less").rect.Min.x;
    };
    EXPECT_EQ(span("ambassador.timer"), span("ambassador.participants"));
    EXPECT_EQ(ui->widget("ambassador.timer.less").rect.GetWidth(), ui->widget("ambassador.participants.less").rect.GetWidth());
}

TEST_F(AmbassadorPanel, NoLabelIsCutOffInAnyLanguage) {
    open_ambassador_panel();
    ImFont* bold = ui->fonts().bold;
    for (Language language : all_languages) {
        speak(language);
        int checked = 0;
        for (const auto& widget : ui->shell().touch().widgets()) {
            if (widget.name.rfind("ambassador.", 0) != 0 || widget.label.empty()) continue;
            const float needs = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, widget.label.c_str()).x;
            EXPECT_LE(needs + 16, widget.rect.GetWidth()) << widget.name << " in " << language_code(language) << ": " << widget.label;
            EXPECT_NEAR(widget.visible.GetHeight(), widget.rect.GetHeight(), 0.5f) << widget.name << " is cut by the panel";
            ++checked;
        }
        EXPECT_GE(checked, 9) << language_code(language);
        for (const auto& text : ui->shell().touch().texts()) {
            if (text.name.rfind("ambassador.", 0) != 0) continue;
            EXPECT_LE(text.rect.Max.x, text.room.Max.x + 0.5f) << text.name << " in " << language_code(language);
            EXPECT_GE(text.rect.Min.x, text.room.Min.x - 0.5f) << text.name << " in " << language_code(language);
        }
    }
}

TEST_F(AmbassadorPanel, SaysWhatTheNextQuestionIs) {
    open_ambassador_panel();
    const MethodTemplate& dream = *ui->assets().templates.find("droomsessie");
    for (Language language : all_languages) {
        speak(language);
        const std::string shown = ui->text("ambassador.prompt.next_text").text;
        EXPECT_NE(shown.find(dream.boards[1].prompt.in(language)), std::string::npos) << shown;
    }
    speak(Language::nl);
    ui->tap("ambassador.prompt.next");  // closes the panel: the table sees the new question
    open_ambassador_panel();
    EXPECT_NE(ui->text("ambassador.prompt.next_text").text.find(dream.boards[2].prompt.in(Language::nl)), std::string::npos);
    ui->tap("ambassador.prompt.next");
    open_ambassador_panel();
    EXPECT_EQ(ui->text("ambassador.prompt.next_text").text, words(Language::nl, "ambassador.prompt.last"));
}

TEST_F(AmbassadorPanel, StartingTheTimerKeepsThePanelOpen) {
    open_ambassador_panel();
    ui->tap("ambassador.timer.start");
    EXPECT_TRUE(ui->state().round.ambassador);
    EXPECT_TRUE(ui->state().round.timer.running());
    EXPECT_TRUE(ui->shows("ambassador.timer.pause")) << "the same place now pauses";
    ui->tap("ambassador.close");
    EXPECT_FALSE(ui->state().round.ambassador);
}

TEST_F(AmbassadorPanel, RenameSaysItRenamesTheTableAndOpensTheKeyboard) {
    open_ambassador_panel();
    for (Language language : all_languages) {
        speak(language);
        const std::string label = ui->widget("ambassador.rename").label;
        EXPECT_NE(label.find(language == Language::nl ? "tafel" : "table"), std::string::npos) << label;
    }
    EXPECT_EQ(ui->text("ambassador.table_name").text, "Tafel 7: Zuid") << "the name it renames, beside the button";
    speak(Language::nl);
    ui->tap("ambassador.rename");
    EXPECT_EQ(ui->state().composer, app::ComposerMode::rename_table);
    EXPECT_TRUE(ui->shell().text_entry().has_focus("board.edit"));
    ui->type(" (bis)");
    ui->tap("board.edit.save");
    EXPECT_EQ(store->state().session("tafel")->table_name, "Tafel 7: Zuid (bis)");
}

}  // namespace
}  // namespace oogst::testing
