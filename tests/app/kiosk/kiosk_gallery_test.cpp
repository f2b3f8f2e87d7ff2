// A children's kiosk's session on the facilitator's machine (issue 12, section 4): it
// opens as a gallery of its works with each one's consents, waiting and hidden works
// marked, and never as a table's board with a timer.
#include <gtest/gtest.h>

#include "core/kiosk/kiosk_moderation.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/store/store.hpp"
#include "tests/app/ui_harness.hpp"
#include "tests/support/temporary_folder.hpp"
#include "tools/demo/demo_kiosk.hpp"
#include "tools/demo/demo_workshop.hpp"

namespace oogst::testing {
namespace {

TEST(KioskGallery, AKioskSessionOpensAsAGalleryNotABoard) {
    TemporaryFolder folder;
    Store store = Store::open_or_create(folder.path());
    fill_demo_workshop(store, {.tables = 1, .captures_per_table = 3, .seed = 2});
    fill_demo_kiosk(store, 12, 2);
    std::string kiosk_session;
    for (const SessionSet* session : store.state().sessions())
        if (session->method == kiosk_method) kiosk_session = session->id;
    ASSERT_FALSE(kiosk_session.empty());

    UiHarness ui(store);
    ui.tap("start.table");
    ui.tap("sessions.open." + kiosk_session);
    EXPECT_EQ(ui.state().screen, app::Screen::gallery);
    EXPECT_FALSE(ui.shows("board.add")) << "no board";
    EXPECT_FALSE(ui.shows("board.ambassador")) << "no ambassador's panel, no timer";
    // Every sent-in work is there, whatever its consent: shown, waiting and hidden.
    for (const WorkStatus status : {WorkStatus::shown, WorkStatus::waiting, WorkStatus::hidden}) {
        const auto works = kiosk_works(store.state(), kiosk_session, status);
        ASSERT_FALSE(works.empty());
        for (const KioskEntry& work : works) EXPECT_TRUE(ui.shows("gallery.work." + work.id)) << work.id;
    }
    ui.tap("gallery.back");
    EXPECT_EQ(ui.state().screen, app::Screen::sessions);
}

}  // namespace
}  // namespace oogst::testing
