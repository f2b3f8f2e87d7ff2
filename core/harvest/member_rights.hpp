#pragma once
// Who may change what, checked on the facilitator's machine for every operation a
// member's bundle brings (issue 15). A bundle signed by a joined device proves who made
// it, not that the device may make it: without these rules one tablet could delete
// every table's notes, rename the workshop or vote under made-up tokens.
//
// The rules:
// - The facilitator's machine, and the devices it names facilitator (a second laptop),
//   may change everything.
// - A member (a table's tablet, a kiosk) keeps the sessions it made itself, and works in
//   the sessions the facilitator planned. It changes and votes on the captures it made,
//   and the facilitator's captures in a session it works in (a debate table's copies of
//   the strongest dreams).
// - The workshop, its keys (themes), its plans (initiatives, cases, the map), merging
//   sessions and taking a note out of a pile are the facilitator's.
// - Nothing may be dated before the workshop was created: an old stamp would win every
//   last-writer-wins register it touches.
// - A revoked device changes nothing any more.
// A change to a session or capture this store does not hold yet is allowed: it is the
// device's own work from a bundle still on its way (bundles arrive in any order), and
// the ids of other devices' work are random 128-bit values a member never sees, so it
// cannot aim at them. Judged this way the outcome does not depend on the order bundles
// arrive in, for every device that changes only what it can know of.
// A refused operation is not folded but set aside (Store::set_aside_operations): kept,
// counted as handed in, and listed for the facilitator.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "core/model/operation.hpp"
#include "core/model/operation_check.hpp"
#include "core/model/workshop_state.hpp"

namespace oogst {

// What the facilitator has said about a device (Store::device_roles). A device it has
// not named is a member.
enum class DeviceRole : std::uint8_t { member = 0, facilitator = 1, revoked = 2 };

// Why an operation was refused. The numbers are stored with the operations set aside.
enum class Refusal : std::uint8_t {
    revoked = 1,           // the facilitator revoked the device
    facilitators_only = 2, // the workshop, keys, plans, merges and piles
    not_its_session = 3,   // a session another device keeps
    not_its_capture = 4,   // a capture another device made
    // 5 and 6 are not used (a session or capture not held yet is allowed); never reuse them.
    taken_id = 7,          // a new capture under the id of another device's capture
    before_workshop = 8,   // dated before the workshop was created
    damaged_on_device = 9, // the device could not read it back (bit rot): only its number came
};

// One sentence a facilitator understands, in English (the desk translates by the enum).
const char* refusal_sentence(Refusal refusal);
// For a number read back from the store; empty for a number this version does not know.
std::optional<Refusal> refusal_of(int number);

class MemberRights {
public:
    // facilitators: the facilitator's machine and the devices it named facilitator.
    // workshop_began_ms: the stamp of the facilitator's first workshop operation; 0 when
    // there is none yet.
    MemberRights(const WorkshopState& state, std::set<std::string> facilitators, std::int64_t workshop_began_ms);

    // Judges the operations of one bundle in their order: what an allowed operation
    // makes (a kiosk's session, a new capture) counts for the ones after it.
    std::optional<Refusal> judge(const Operation& op, const OperationFacts& facts, DeviceRole role);

private:
    struct Maker {
        std::string device;
        std::string session;  // a capture's session; empty for a session
    };
    std::optional<Maker> session_keeper(const std::string& id) const;
    std::optional<Maker> capture_maker(const std::string& id) const;
    bool works_in(const std::string& session, const std::string& device) const;
    std::optional<Refusal> judge_capture(const std::string& capture, const std::string& device) const;

    const WorkshopState& state_;
    std::set<std::string> facilitators_;
    std::int64_t workshop_began_ms_ = 0;
    // What this bundle made so far, before the store holds it.
    std::unordered_map<std::string, Maker> new_sessions_, new_captures_;
};

}  // namespace oogst
