#pragma once
// What the facilitator can say about a member device (member_rights.hpp): revoke it
// (a tablet lost or gone rogue), take it back, or name it facilitator (a second
// laptop that files keys and writes plans too). Only on the facilitator's machine.
#include <cstdint>
#include <string>

#include "core/store/store.hpp"

namespace oogst {

// A device by its id or its first characters (at least 4, as reports show 8), among
// those that handed in here; a whole id (32 hex characters) is taken even if nothing of
// it arrived yet, so a lost tablet can be revoked before its first bundle. UserError
// when none or more than one matches.
std::string find_member_device(const Store& facilitator, const std::string& id_or_start);

// Its later operations are refused. With set_aside_earlier, the ones already here stop
// counting too (kept aside, the state folded without them). Returns how many were set aside.
std::uint64_t revoke_device(Store& facilitator, const std::string& device, bool set_aside_earlier);
// A member again: what revoking set aside counts again. Returns how many came back.
std::uint64_t readmit_device(Store& facilitator, const std::string& device);
// May change everything, like the facilitator's own machine, from its next bundle on.
void name_facilitator(Store& facilitator, const std::string& device);

}  // namespace oogst
