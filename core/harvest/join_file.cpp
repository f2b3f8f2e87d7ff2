#include "core/harvest/join_file.hpp"

#include <sodium.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/harvest/bundle.hpp"
#include "core/harvest/byte_reader.hpp"
#include "core/model/ids.hpp"
#include "core/model/operation_check.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

constexpr std::string_view join_magic = "OOGSTJON";
constexpr std::size_t checksum_bytes = crypto_generichash_BYTES;  // 32: BLAKE2b-256

// The BLAKE2b-256 of what comes before it: the whole file is checked before one field of
// it is believed (issue 15: a flipped bit once joined "successfully" and stranded the
// device with keys no bundle of its workshop would match).
std::string checksum_of(std::string_view bytes) {
    ensure_crypto_ready();
    std::string hash(checksum_bytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
    return hash;
}

}  // namespace

JoinFile make_join_file(Store& facilitator, std::string hub, const std::map<std::string, std::string>& templates) {
    const auto& state = facilitator.state();
    if (!state.has_workshop())
        throw UserError("this store has no workshop yet: create one first (oogst-cli workshop new --name NAME)");
    auto keys = facilitator.workshop_keys();
    if (keys && !keys->is_facilitator())
        throw UserError("this store joined a workshop as a device: join files are made on the facilitator's machine");
    if (!keys) keys = make_workshop_keys(state.workshop().id);
    keys->facilitator_key = facilitator.device().public_key;
    if (!hub.empty()) keys->hub = std::move(hub);
    facilitator.save_workshop_keys(*keys);

    JoinFile join;
    join.keys = *keys;
    join.keys.secret_key.clear();
    join.workshop_name = state.workshop().name;
    join.templates = templates;
    join.facilitator_operations = facilitator.own_operations_after(0);
    return join;
}

std::string encode_join_file(const JoinFile& join) {
    ByteWriter out;
    out.raw(join_magic);
    out.integer(join_file_format_version);
    const auto& keys = join.keys;
    for (const auto* field : {&keys.workshop_id, &keys.public_key, &keys.pairing_token, &keys.hub,
                              &keys.facilitator_key, &join.workshop_name})
        out.sized(*field);
    out.integer(static_cast<std::uint32_t>(join.templates.size()));
    for (const auto& [id, yaml] : join.templates) {
        out.sized(id);
        out.sized(yaml);
    }
    out.integer(static_cast<std::uint32_t>(join.facilitator_operations.size()));
    for (const auto& op : join.facilitator_operations) {
        out.sized(op.id.device);
        out.integer(op.id.sequence);
        out.integer(op.stamp.wall_ms);
        out.integer(op.stamp.logical);
        out.integer(static_cast<std::uint16_t>(op.kind));
        out.sized(op.payload);
    }
    std::string bytes = std::move(out.bytes());
    bytes += checksum_of(bytes);
    return bytes;
}

JoinFile decode_join_file(std::string_view bytes) {
    if (bytes.size() > max_join_file_bytes) throw FormatError("this file is far too large to be a join file");
    if (bytes.substr(0, join_magic.size()) != join_magic) throw FormatError("this is not an Oogst join file");
    std::uint32_t version = 0;
    if (bytes.size() >= join_magic.size() + 4)
        for (std::size_t i = 0; i < 4; ++i)
            version |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[join_magic.size() + i])) << (8 * i);
    if (version == join_file_format_version) {
        if (bytes.size() < join_magic.size() + 4 + checksum_bytes || checksum_of(bytes.substr(0, bytes.size() - checksum_bytes)) !=
                                                                             bytes.substr(bytes.size() - checksum_bytes))
            throw FormatError("the join file is damaged (it changed on the stick or in the copy): ask the facilitator "
                              "to write it again");
        bytes.remove_suffix(checksum_bytes);
    }
    ByteReader in(bytes, "the join file");
    in.take(join_magic.size());
    version = in.integer<std::uint32_t>();
    // Version 1 had no checksum; it is still read, as the devices of earlier evenings have it.
    if (version != join_file_format_version && version != 1)
        throw FormatError("this join file was made by another version of Oogst (format " + std::to_string(version) + ")");
    JoinFile join;
    auto& keys = join.keys;
    for (auto* field : {&keys.workshop_id, &keys.public_key, &keys.pairing_token, &keys.hub, &keys.facilitator_key,
                        &join.workshop_name})
        *field = std::string(in.sized());
    if (keys.workshop_id.empty() || keys.public_key.size() != 32 || keys.pairing_token.size() != 32 ||
        keys.facilitator_key.size() != 32)
        throw FormatError("the join file's keys are damaged");
    const auto template_count = in.integer<std::uint32_t>();
    if (template_count > in.left() / 8) throw FormatError("the join file is cut short");
    for (std::uint32_t i = 0; i < template_count; ++i) {
        std::string id(in.sized());
        join.templates[id] = std::string(in.sized());
    }
    const auto operation_count = in.integer<std::uint32_t>();
    if (operation_count > in.left() / 30) throw FormatError("the join file is cut short");
    join.facilitator_operations.reserve(operation_count);
    for (std::uint32_t i = 0; i < operation_count; ++i) {
        Operation op;
        op.id.device = std::string(in.sized());
        op.id.sequence = in.integer<std::uint64_t>();
        op.stamp.wall_ms = in.integer<std::int64_t>();
        op.stamp.logical = in.integer<std::uint32_t>();
        op.kind = static_cast<OperationKind>(in.integer<std::uint16_t>());
        op.payload = std::string(in.sized());
        check_operation(op);
        join.facilitator_operations.push_back(std::move(op));
    }
    if (!in.done()) throw FormatError("the join file has extra bytes at its end");
    return join;
}

void join_workshop(Store& device, const JoinFile& join) {
    const auto& state = device.state();
    if (state.has_workshop() && state.workshop().id != join.keys.workshop_id)
        throw UserError("this device already holds another workshop (\"" + state.workshop().name +
                        "\"): use a new store folder to join \"" + join.workshop_name + "\"");
    if (const auto saved = device.workshop_keys()) {
        if (saved->workshop_id != join.keys.workshop_id)
            throw UserError("this device already belongs to another workshop: use a new store folder to join \"" +
                            join.workshop_name + "\"");
        if (saved->is_facilitator())
            throw UserError("this store is the facilitator's own: it cannot join its own workshop as a device");
    }
    WorkshopKeys keys = join.keys;
    keys.secret_key.clear();

    // Everything is checked before anything is written.
    Bundle planning;
    planning.header.workshop_id = keys.workshop_id;
    planning.header.device_public_key = keys.facilitator_key;
    planning.header.device_id = device_id_for_key(keys.facilitator_key);
    for (const auto& op : join.facilitator_operations) {
        if (op.id.device != planning.header.device_id)
            throw UserError("the join file's changes are not the facilitator's: it is damaged or was altered");
        planning.operations.push_back(op);
    }

    // Then the facilitator's planning, the templates, and the keys last: the keys are
    // what makes the device "joined", so a join cut short (a full disk) shows as not
    // joined and can simply be done again; every step is harmless to repeat.
    if (!planning.operations.empty()) device.merge_bundle(planning);
    for (const auto& [id, yaml] : join.templates) device.save_workshop_template(id, yaml);
    device.save_workshop_keys(keys);
}

std::string short_join_code(const WorkshopKeys& keys) {
    return key_fingerprint("join code\n" + keys.pairing_token + keys.public_key + keys.facilitator_key);
}

namespace {

// A key from the code, slow to compute (Argon2id, libsodium's interactive limits: about
// a tenth of a second and 64 MiB), so the 40 bits of the code cannot be tried one by one.
std::string key_from_code(std::string_view code, std::string_view purpose, std::size_t length) {
    ensure_crypto_ready();
    unsigned char salt[crypto_pwhash_SALTBYTES];
    const std::string label = "oogst join " + std::string(purpose);
    crypto_generichash(salt, sizeof salt, reinterpret_cast<const unsigned char*>(label.data()), label.size(), nullptr, 0);
    std::string key(length, '\0');
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), key.size(), code.data(), code.size(), salt,
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw UserError("this machine has too little free memory to check a join code");
    return key;
}

}  // namespace

std::string join_code_lookup(std::string_view code) { return to_hex(key_from_code(code, "lookup", 16)); }

std::string seal_join_file_for_code(std::string_view join_file, std::string_view code) {
    const std::string key = key_from_code(code, "file", crypto_secretbox_KEYBYTES);
    std::string sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + join_file.size(), '\0');
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(join_file.data()),
                          join_file.size(), out, reinterpret_cast<const unsigned char*>(key.data()));
    return sealed;
}

std::string open_join_file_for_code(std::string_view sealed, std::string_view code) {
    if (sealed.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES ||
        sealed.size() > max_join_file_bytes)
        throw FormatError("the hub's answer is not a join file");
    const std::string key = key_from_code(code, "file", crypto_secretbox_KEYBYTES);
    std::string plain(sealed.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, '\0');
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.data());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), in + crypto_secretbox_NONCEBYTES,
                                   sealed.size() - crypto_secretbox_NONCEBYTES, in,
                                   reinterpret_cast<const unsigned char*>(key.data())) != 0)
        throw FormatError("the hub's answer was not made for this join code (or was changed on the way)");
    return plain;
}

bool join_file_matches_code(const JoinFile& join, std::string_view code) {
    std::string expected = short_join_code(join.keys);
    expected.erase(std::remove(expected.begin(), expected.end(), '-'), expected.end());
    return expected == code;
}

std::string join_link(const WorkshopKeys& keys) {
    return "oogst://join?hub=" + keys.hub + "&code=" + short_join_code(keys) + "&key=" + key_fingerprint(keys.public_key);
}

}  // namespace oogst
