#pragma once
// A real store in a temporary folder, filled with a small generated dream-session
// workshop, and a headless UI harness on it.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tools/demo/demo_workshop.hpp"

namespace oogst::testing {

class AppTest : public ::testing::Test {
protected:
    void SetUp() override {
        store.emplace(Store::open_or_create(folder.path()));
        fill_demo_workshop(*store, {.tables = 3, .captures_per_table = 9, .seed = 7});
        ui = std::make_unique<UiHarness>(*store);
    }
    void TearDown() override {
        ui.reset();  // before the store it draws from
        store.reset();
    }

    // The first session, as the sessions screen lists it.
    std::string first_session() const { return store->state().sessions().front()->id; }

    void open_first_board() {
        ui->tap("start.table");
        ui->tap("sessions.open." + first_session());
        ASSERT_EQ(ui->state().screen, app::Screen::board);
    }

    // Types a note into the open board's field and taps "Toevoegen", as a person would.
    void add_note_through_ui(const std::string& text) {
        ui->tap("board.text");
        ui->type(text);
        ui->tap("board.add");
    }

    TemporaryFolder folder;
    std::optional<Store> store;
    std::unique_ptr<UiHarness> ui;
};

}  // namespace oogst::testing
