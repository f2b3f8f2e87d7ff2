#pragma once
// The join file: what a device needs to take part in a workshop. The facilitator makes
// it ('oogst-cli workshop join-code', the desk); a device joins with it
// ('oogst-cli workshop join FILE'). It carries the workshop's keys without the secret
// key, the hub's address, the method templates in use (so a device with older assets
// still shows the workshop's boards) and the facilitator's own operations so far (the
// workshop itself and any sessions already planned).
//
// Layout: magic "OOGSTJON", u32 format version (little-endian), the fields below, then
// (from version 2) the BLAKE2b-256 of everything before it, checked before anything is
// read or stored. Version 1 files, without the checksum, are still read.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/harvest/workshop_keys.hpp"
#include "core/model/operation.hpp"

namespace oogst {

class Store;

inline constexpr std::uint32_t join_file_format_version = 2;
inline constexpr std::string_view join_file_extension = ".oogst-join";
// Join files are small (keys, a few templates, the workshop's planned sessions); a larger
// file is not one, and is refused before it is read.
inline constexpr std::uint64_t max_join_file_bytes = 16 << 20;

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
// pairing token and both public keys. Typed on a device together with the hub's
// address, it fetches the join file from the hub; because it covers the keys, a device
// can check that the join file it got is the one on the facilitator's screen and not a
// stranger's with other keys.
std::string short_join_code(const WorkshopKeys& keys);

// Over the network the code itself never travels: the device asks for the join file by
// join_code_lookup(code) and the hub answers seal_join_file_for_code(file, code). Both
// come from the code through Argon2id (crypto_pwhash), so a listener on the venue Wi-Fi
// who records the exchange cannot work back the code or open the join file in any
// useful time. The code here is normalised: 8 characters, no dash ("K7QM3XTD").
std::string join_code_lookup(std::string_view code);  // 32 hex characters
std::string seal_join_file_for_code(std::string_view join_file, std::string_view code);
// Throws FormatError when the bytes were not sealed for this code.
std::string open_join_file_for_code(std::string_view sealed, std::string_view code);
// True when the join file's keys give this code (normalised): the check after fetching.
bool join_file_matches_code(const JoinFile& join, std::string_view code);

}  // namespace oogst

namespace oogst {
// What the QR code on the facilitator's screen says: the hub, the short code and the
// key's fingerprint, e.g. "oogst://join?hub=http://192.168.1.20:8620&code=K7QM-3XTD&key=ABCD-EFGH".
std::string join_link(const WorkshopKeys& keys);
}  // namespace oogst
