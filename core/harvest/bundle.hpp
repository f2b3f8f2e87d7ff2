#pragma once
// A bundle (*.oogst): the operations and blobs one device hands to the facilitator, on a
// USB stick or pushed to the hub.
//
// Layout of the signed body, every integer little-endian and fixed width:
//   magic "OOGSTBDY"  u32 format version (1)
//   header            u32 length, then the cereal portable-binary BundleHeader
//   operations        per operation: u64 sequence, i64 wall_ms, u32 logical, u16 kind,
//                     u32 payload length, payload (cereal, see payloads.hpp)
//   blobs             per blob: 32-byte BLAKE2b hash, u32 media type length, media type,
//                     u32 length, bytes
//   hash              BLAKE2b-256 of everything above
//   signature         Ed25519 (64 bytes) of the hash, by the device's signing key
// A sealed bundle wraps that body:
//   magic "OOGSTSLD"  u32 format version (1)  16-byte workshop id (so a bundle of another
//   workshop is named as such before anything is decrypted)  u64 body length
//   then seal_to_workshop(body) (workshop_keys.hpp).
//
// Reading checks every length against the bytes left before it allocates, and the hash
// and signature before any operation is decoded. Every problem is a BundleError with one
// sentence a facilitator can act on.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"
#include "core/harvest/workshop_keys.hpp"
#include "core/model/operation.hpp"
#include "core/model/operation_check.hpp"

namespace oogst {

class BundleError : public UserError {
public:
    using UserError::UserError;
};

inline constexpr std::uint32_t bundle_format_version = 1;
inline constexpr std::string_view bundle_extension = ".oogst";
// Larger files are refused before they are read: a day of photos from one kiosk fits.
inline constexpr std::uint64_t max_bundle_bytes = 2ull << 30;

struct BundleHeader {
    std::string workshop_id;
    std::string device_id;
    std::string device_public_key;  // Ed25519, 32 raw bytes: checks the signature
    std::string membership_proof;   // workshop_keys.hpp: the device joined this workshop
    std::int64_t made_at_ms = 0;
    std::uint64_t first_sequence = 0, last_sequence = 0;  // 0, 0 when it holds no operations
    std::uint32_t operation_count = 0, blob_count = 0;
    std::uint64_t operation_bytes = 0, blob_bytes = 0;  // sizes of the two sections
    // How many operations the device had made when it wrote the bundle (its latest
    // sequence). A bundle of only what is new says this way what came before it, so the
    // facilitator sees a gap (work the device believes handed in that is not here: a
    // receipt from a restored backup or a second laptop) even in an empty bundle.
    std::uint64_t made_through = 0;
    // Pictures the device could not read whole (bit rot on its disk): left out, so the
    // rest of its work still arrives; the captures that show them arrive without them.
    std::vector<std::string> damaged_blobs;
    // Its own operations it could not read back (a damaged payload): left out, so
    // everything else arrives; the facilitator keeps their numbers as set aside, so
    // the device's sequence has no gap.
    std::vector<std::uint64_t> damaged_sequences;
};

struct BundleBlob {
    // A picture to write, holding its own bytes.
    BundleBlob(std::string hash, std::string media_type, std::string bytes);
    // A picture read: its bytes are inside `held`, the opened bundle, so a large
    // bundle's pictures are not copied out of it.
    BundleBlob(std::string hash, std::string media_type, std::string_view bytes, std::shared_ptr<const std::string> held);

    std::string hash;  // hex, as Store::put_blob gives it
    std::string media_type;
    std::string_view bytes;                   // inside what `held` keeps alive
    std::shared_ptr<const std::string> held;
};

struct Bundle {
    BundleHeader header;
    std::vector<Operation> operations;  // all made by header.device_id, sequence ascending
    std::vector<OperationFacts> facts;  // read_bundle: what each operation touches, in the same order
    std::vector<BundleBlob> blobs;
    std::string body_hash;  // hex BLAKE2b of the signed body: the bundle's identity
    bool sealed = false;
};

// The bytes of a bundle; sealed when keys are given (seal_to_workshop).
std::string write_bundle(const Bundle& bundle, std::string_view device_secret_key, const WorkshopKeys* seal_with);

// What can be said of a file without opening it: for 'bundle inspect' and the import
// screen. Throws BundleError when it is not a bundle at all.
struct BundleCover {
    bool sealed = false;
    std::uint32_t format_version = 0;
    std::string workshop_id;
    std::uint64_t size = 0;
};
BundleCover read_cover(std::string_view file);

// Reads and verifies a whole bundle: framing, hash, signature, membership (when keys
// with a pairing token are given), operation kinds and payloads, blob hashes, and that
// every picture it carries is used by one of its operations (a picture nothing refers
// to would take the facilitator's disk without ever being shown). Opening a sealed
// bundle needs the workshop's secret key. The workshop must match keys when given.
Bundle read_bundle(std::string_view file, const WorkshopKeys* keys);
// The same for a file the caller hands over: a sealed bundle is opened in place, over
// the file's own bytes, and the pictures stay where they are in it (BundleBlob::held),
// so reading a bundle takes about its size in memory, not two or three times that.
Bundle read_bundle(std::string&& file, const WorkshopKeys* keys);

// The most a bundle's fixed front takes: magic, version, and the header (or the sealed
// wrapper's workshop and size). Enough to judge a file before the rest is read.
inline constexpr std::size_t bundle_front_bytes = 8 + 4 + 4 + 4096;
// Judges a file of file_size bytes by its first min(file_size, bundle_front_bytes)
// bytes: a bundle of this format, of the workshop of keys when given, and the sizes its
// front announces add up to file_size. Throws BundleError with the sentence read_bundle
// would give, so a multi-gigabyte file that is no bundle is refused unread.
void check_bundle_front(std::string_view front, std::uint64_t file_size, const WorkshopKeys* keys);

}  // namespace oogst
