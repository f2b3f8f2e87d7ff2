// A kiosk's session as the publications see it (published_workshop): every published
// child's work on its own, in the order the kiosk's loop shows them (kiosk_works: the
// order made), whatever the works' ids, and two children's same poem as two works.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/publish/published_workshop.hpp"
#include "tests/core/publish/kiosk_exhibition.hpp"

namespace oogst {
namespace {

std::vector<std::string> ids_of(const std::vector<PublishedWork>& works) {
    std::vector<std::string> ids;
    for (const PublishedWork& work : works) ids.push_back(work.id);
    return ids;
}

const PublishedSession& kiosk_session(const PublishedWorkshop& published) {
    for (const PublishedSession& session : published.sessions)
        if (session.kiosk) return session;
    throw std::logic_error("no kiosk session");
}

TEST(PublishedKiosk, WorksAreInTheLoopsOrder) {
    testing::KioskExhibition kiosk;
    std::vector<std::string> made;
    for (const char* name : {"Lotte", "Noah", "Emma", "Finn", "Mila"}) made.push_back(kiosk.drawing(name));
    // Decided in another order than made: the loop does not care when the teacher did.
    for (auto it = made.rbegin(); it != made.rend(); ++it) kiosk.show(*it, true), kiosk.publish(*it);

    std::vector<std::string> loop;
    for (const KioskEntry& entry : kiosk_works(kiosk.store.state(), kiosk.settings.session_id, WorkStatus::shown))
        loop.push_back(entry.id);
    ASSERT_EQ(loop, made);
    EXPECT_EQ(ids_of(kiosk_session(published_workshop(kiosk.store.state())).works), loop);
}

TEST(PublishedKiosk, TwoChildrensSamePoemAreTwoWorks) {
    testing::KioskExhibition kiosk;
    const std::string lotte = kiosk.poem("Lotte", "Ik wil een stad vol bomen en vogels");
    const std::string between = kiosk.drawing("Noah");
    const std::string emma = kiosk.poem("Emma", "Ik wil een stad vol bomen en vogels");
    for (const std::string& id : {lotte, between, emma}) kiosk.show(id, true), kiosk.publish(id);

    const PublishedWorkshop published = published_workshop(kiosk.store.state());
    const PublishedSession& session = kiosk_session(published);
    EXPECT_EQ(ids_of(session.works), (std::vector<std::string>{lotte, between, emma}));
    ASSERT_EQ(session.works.size(), 3u);
    EXPECT_EQ(session.works[0].name, "Lotte, 5B");
    EXPECT_EQ(session.works[2].name, "Emma, 5B");
    EXPECT_EQ(session.works[2].pile, 1u) << "each child's work stands for itself";
}

}  // namespace
}  // namespace oogst
