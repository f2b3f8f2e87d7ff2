#pragma once
// The drafts tab of moderation: works children walked away from, kept whole by the
// children's side. The teacher sends one in anyway (when it has everything a work
// needs; one without a school or class is completed first, app/kiosk/staff/
// kiosk_work_details.hpp) or throws it away, after a second tap, since a draft has no
// other copy.
#include <optional>
#include <string>
#include <vector>

#include "app/kiosk/kiosk_state.hpp"
#include "app/kiosk/staff/kiosk_moderation_card.hpp"
#include "app/shell/ui.hpp"
#include "core/kiosk/kiosk_work.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

struct DraftAction {
    enum class Kind { none, send, complete, remove } kind = Kind::none;
    std::string id;
};

// Draws the drafts as cards; confirm_delete names the draft whose "throw away" was
// tapped once. Returns what was tapped, to be done after the drawing.
DraftAction draft_cards(Ui& ui, const ModerationGrid& grid, const std::vector<KioskWork>& drafts,
                        const std::optional<KioskSettings>& settings, std::string& confirm_delete);
// Sends in or removes the draft (completing one opens its details instead); throws (UserError, StoreError) with the store unchanged.
void apply_draft_action(Store& store, KioskState& kiosk, const DraftAction& action);

}  // namespace oogst::app
