#pragma once
// The join file: what a device needs to take part in a workshop. The facilitator makes
// it ('oogst-cli workshop join-code', the facilitator screen); a device joins with it
// ('oogst-cli workshop join FILE'). It carries the workshop's keys without the secret
// key, the hub's address, the method templates in use (so a device with older assets
// still shows the workshop's boards) and the facilitator's own operations so far (the
// workshop itself and any sessions already planned).
//
// Layout: magic "OOGSTJON", u32 format version, then a cereal portable-binary JoinFile.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "operation.hpp"
#include "workshop_keys.hpp"

namespace oogst {

class Store;

inline constexpr std::uint32_t join_file_format_version = 1;
inline constexpr std::string_view join_file_extension = ".oogst-join";

struct JoinFile {
    WorkshopKeys keys;  // secret_key always empty
    std::string workshop_name;
    std::map<std::string, std::string> templates;  // template id -> its YAML text
    std::vector<Operation> facilitator_operations;
};

// On the facilitator's machine: the join file for its workshop (keys made when missing).
JoinFile make_join_file(Store& facilitator, std::string hub,
                        const std::map<std::string, std::string>& templates);
std::string encode_join_file(const JoinFile& join);
// Throws FormatError with a plain sentence when the bytes are not a join file.
JoinFile decode_join_file(std::string_view bytes);

// On a device: keeps the keys and templates and takes in the facilitator's operations.
// Joining the same workshop again is harmless; a store that already belongs to another
// workshop (or holds captures of its own workshop) is refused with a UserError.
void join_workshop(Store& device, const JoinFile& join);

// The short join code: 8 characters of Crockford base32 ("K7QM-3XTD") derived from the
// pairing token. Typed on a device together with the hub's address, it fetches the join
// file from the hub (GET /v1/join/CODE).
std::string short_join_code(const WorkshopKeys& keys);

}  // namespace oogst

namespace oogst {
// What the QR code on the facilitator's screen says: the hub, the short code and the
// key's fingerprint, e.g. "oogst://join?hub=http://192.168.1.20:8620&code=K7QM-3XTD&key=ABCD-EFGH".
std::string join_link(const WorkshopKeys& keys);
}  // namespace oogst
