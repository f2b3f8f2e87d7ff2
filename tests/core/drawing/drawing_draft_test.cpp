// The drawing being made: undo and redo walk back and forth through adding, erasing and
// clearing, and every undo gives back exactly the strokes there were, in their order.
#include <gtest/gtest.h>

#include <vector>

#include "core/drawing/drawing_draft.hpp"

namespace oogst {
namespace {

Stroke line(float y, std::uint32_t colour = 0xff000000) {
    return Stroke{colour, 0.01f, {{0.1f, y}, {0.9f, y}}};
}

std::vector<float> heights(const DrawingDraft& draft) {
    std::vector<float> ys;
    for (const Stroke& s : draft.strokes()) ys.push_back(s.points.front().y);
    return ys;
}

TEST(DrawingDraft, UndoAndRedoWalkTheAddedStrokes) {
    DrawingDraft draft;
    EXPECT_TRUE(draft.empty());
    EXPECT_FALSE(draft.can_undo());
    draft.add(line(0.2f));
    draft.add(line(0.4f));
    draft.add(line(0.6f));
    draft.undo();
    EXPECT_EQ(heights(draft), (std::vector<float>{0.2f, 0.4f}));
    draft.undo();
    EXPECT_TRUE(draft.can_redo());
    draft.redo();
    EXPECT_EQ(heights(draft), (std::vector<float>{0.2f, 0.4f}));
    // A new stroke after an undo drops the undone future.
    draft.add(line(0.8f));
    EXPECT_FALSE(draft.can_redo());
    EXPECT_EQ(heights(draft), (std::vector<float>{0.2f, 0.4f, 0.8f}));
}

TEST(DrawingDraft, AStrokeWithoutPointsIsNotAdded) {
    DrawingDraft draft;
    draft.add(Stroke{});
    EXPECT_TRUE(draft.empty());
    EXPECT_FALSE(draft.can_undo());
}

TEST(DrawingDraft, EraserRemovesOnlyTheStrokesItTouchesAndUndoPutsThemBackInPlace) {
    DrawingDraft draft;
    for (float y : {0.2f, 0.4f, 0.6f, 0.8f}) draft.add(line(y));
    // A vertical swipe from 0.3 to 0.65 crosses the lines at 0.4 and 0.6.
    draft.begin_erasing();
    EXPECT_EQ(draft.erase_along({0.5f, 0.3f}, {0.5f, 0.5f}, 0.01f), 1u);
    EXPECT_EQ(draft.erase_along({0.5f, 0.5f}, {0.5f, 0.65f}, 0.01f), 1u);
    EXPECT_EQ(draft.erase_along({0.5f, 0.65f}, {0.5f, 0.7f}, 0.01f), 0u);
    draft.end_erasing();
    EXPECT_EQ(heights(draft), (std::vector<float>{0.2f, 0.8f}));
    // The whole gesture is one edit.
    draft.undo();
    EXPECT_EQ(heights(draft), (std::vector<float>{0.2f, 0.4f, 0.6f, 0.8f}));
    draft.redo();
    EXPECT_EQ(heights(draft), (std::vector<float>{0.2f, 0.8f}));
}

TEST(DrawingDraft, EraserReachesAStrokesInkNotJustItsCentreLine) {
    DrawingDraft draft;
    draft.add(Stroke{0xff000000, 0.06f, {{0.1f, 0.5f}, {0.9f, 0.5f}}});  // a thick marker line
    draft.begin_erasing();
    // 0.035 of the width away (y is a fraction of the height, 3/4 of the width).
    const float near = 0.5f + 0.035f * 4 / 3;
    EXPECT_EQ(draft.erase_along({0.2f, near}, {0.3f, near}, 0.01f), 1u);
    draft.end_erasing();
    EXPECT_TRUE(draft.empty());
}

TEST(DrawingDraft, EraserMissesStrokesFarAway) {
    DrawingDraft draft;
    draft.add(line(0.2f));
    draft.add(Stroke{0xff000000, 0.01f, {{0.7f, 0.7f}}});  // a dot
    draft.begin_erasing();
    EXPECT_EQ(draft.erase_along({0.1f, 0.5f}, {0.9f, 0.5f}, 0.02f), 0u);
    EXPECT_EQ(draft.erase_along({0.69f, 0.69f}, {0.69f, 0.69f}, 0.02f), 1u);  // a tap on the dot
    draft.end_erasing();
    EXPECT_EQ(draft.strokes().size(), 1u);
}

TEST(DrawingDraft, ClearIsOneUndoableEdit) {
    DrawingDraft draft;
    for (float y : {0.2f, 0.4f, 0.6f}) draft.add(line(y, 0xff0000ff));
    draft.clear();
    EXPECT_TRUE(draft.empty());
    draft.undo();
    EXPECT_EQ(heights(draft), (std::vector<float>{0.2f, 0.4f, 0.6f}));
    EXPECT_EQ(draft.strokes()[1].colour, 0xff0000ffu);
    draft.redo();
    EXPECT_TRUE(draft.empty());
    draft.clear();  // clearing nothing is no edit
    draft.undo();
    EXPECT_EQ(draft.strokes().size(), 3u);
}

TEST(DrawingDraft, ResetForgetsStrokesAndHistory) {
    DrawingDraft draft;
    draft.add(line(0.2f));
    draft.undo();
    draft.reset();
    EXPECT_TRUE(draft.empty());
    EXPECT_FALSE(draft.can_undo());
    EXPECT_FALSE(draft.can_redo());
}

TEST(DrawingDraft, HistoryIsBounded) {
    DrawingDraft draft;
    for (std::size_t i = 0; i < DrawingDraft::history_limit + 20; ++i) draft.add(line(0.5f));
    std::size_t undos = 0;
    while (draft.can_undo()) draft.undo(), ++undos;
    EXPECT_EQ(undos, DrawingDraft::history_limit);
    EXPECT_EQ(draft.strokes().size(), 20u);
}

}  // namespace
}  // namespace oogst
