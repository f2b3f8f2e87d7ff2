// Hostile bundles that are well formed: what a joined device turned against the
// workshop can sign with its own key. Wrong and missing signatures, a device posing as
// another, rewritten history, another workshop's bundle, unknown format versions,
// unknown operation kinds, payloads that do not decode, sequences out of order,
// another device's operation slipped in, a blob that is not what its hash says. Each is
// rejected with one specific line and leaves the facilitator's store as it was.
#include <gtest/gtest.h>
#include <sodium.h>

#include "core/model/wire.hpp"
#include "tests/core/harvest/hostile_world.hpp"

namespace oogst::testing {
namespace {

// ---- Signatures ----

TEST(HostileBundle, WrongOrMissingSignaturesAreRefused) {
    auto& w = world();
    const OpenBody genuine = parse_body(w.plain);
    const std::string part = signed_part(genuine);
    const std::vector<std::string> words{"signature", "signed", "sign"};
    auto both = [&](const std::string& name, const std::string& body, std::vector<std::string> wanted) {
        expect_refused({name + " (plain)", body, wanted});
        expect_refused({name + " (sealed)", reseal(w.sealed, body, w.keys), wanted});
    };
    both("signature all zeros", part + genuine.hash + std::string(64, '\0'), words);
    both("signature of random bytes", part + genuine.hash + blake2b("x") + blake2b("y"), words);
    both("signed by the neighbouring device's key", part + genuine.hash + w.neighbour->sign(genuine.hash), words);
    both("signature of another message", part + genuine.hash + w.device->sign("iets anders"), words);
    both("signature of the hex hash", part + genuine.hash + w.device->sign(to_hex(genuine.hash)), words);
    both("no signature", part + genuine.hash, {});
    both("no hash and no signature", part, {});
    both("hash of other bytes, signed", part + resign(std::string("anders"), w.device_signer()).substr(6), {"hash", "damaged", "changed", "signature"});
    // The header names the neighbour's key but the device signed: the key and the
    // membership proof (made with the pairing token every member holds) say neighbour.
    {
        OpenBody open = genuine;
        const auto key_at = open.header_strings.find(w.device->device().public_key);
        const auto proof = membership_proof(w.keys, w.device->device().id, w.device->device().public_key);
        const auto proof_at = open.header_strings.find(proof);
        ASSERT_NE(key_at, std::string::npos);
        ASSERT_NE(proof_at, std::string::npos);
        open.header_strings.replace(key_at, 32, w.neighbour->device().public_key);
        open.header_strings.replace(proof_at, 32,
                                    membership_proof(w.keys, w.device->device().id, w.neighbour->device().public_key));
        both("header names another key, signed by the device", resign(open, w.device_signer()), words);
    }
}

// A picture that none of the bundle's operations uses: signed by the device itself, with
// a right checksum, it would still take the facilitator's disk and never be shown.
TEST(HostileBundle, APictureNoOperationUsesIsRefused) {
    auto& w = world();
    OpenBody open = parse_body(w.plain);
    const std::string stowaway(300 * 1024, '\x5a');
    open.blobs.push_back(BodyBlob{blake2b(stowaway), "image/jpeg", stowaway});
    recount(open);
    const auto body = resign(open, w.device_signer());
    const std::vector<std::string> words{"picture", "none of its"};
    expect_refused({"a picture nothing uses (plain)", body, words});
    expect_refused({"a picture nothing uses (sealed)", reseal(w.sealed, body, w.keys), words});
}

// A joined device that signs as another device (it knows the pairing token, so it can
// make a membership proof for any id with its own key): refused once the facilitator
// knows the real device's key.
TEST(HostileBundle, ADevicePosingAsAnotherIsRefused) {
    auto& w = world();
    TemporaryFolder replica;
    copy_store(w.facilitator->folder(), replica.path());
    auto store = Store::open(replica.path());
    ASSERT_EQ(import_bundle(store, w.plain, "genuine").result, BundleOutcome::Result::merged);

    OpenBody open = parse_body(w.plain);
    open.header_strings.replace(open.header_strings.find(w.device->device().public_key), 32,
                                w.neighbour->device().public_key);
    open.header_strings.replace(
        open.header_strings.find(membership_proof(w.keys, w.device->device().id, w.device->device().public_key)), 32,
        membership_proof(w.keys, w.device->device().id, w.neighbour->device().public_key));
    // New operations in the device's name, after the real ones.
    OpenBody forged = open;
    forged.operations = {open.operations.front()};
    forged.operations[0].sequence = open.last_sequence + 1;
    forged.operations[0].payload = wire::encode(CaptureTextEdited{id_from(1, 2), "vervalst"});
    forged.operations[0].kind = static_cast<std::uint16_t>(OperationKind::capture_text_edited);
    forged.first_sequence = forged.last_sequence = open.last_sequence + 1;
    forged.blobs.clear();
    recount(forged);
    const std::string bytes = resign(forged, w.neighbour_signer());

    const auto digest = store_file_digest(replica.path());
    const auto outcome = import_bundle(store, bytes, "impostor");
    EXPECT_EQ(outcome.result, BundleOutcome::Result::rejected);
    EXPECT_TRUE(specific_reason(outcome.reason, {"key", "sign"}));
    EXPECT_EQ(store_file_digest(replica.path()), digest);
    EXPECT_EQ(store.held_through(w.device->device().id), w.device->own_operation_count());
}

// The device rewrites its own history: the same sequence numbers with other contents,
// properly signed. The facilitator keeps what it has and refuses the bundle whole.
TEST(HostileBundle, RewrittenHistoryIsRefusedWhole) {
    auto& w = world();
    TemporaryFolder replica;
    copy_store(w.facilitator->folder(), replica.path());
    auto store = Store::open(replica.path());
    ASSERT_EQ(import_bundle(store, w.plain, "genuine").result, BundleOutcome::Result::merged);
    const auto json = canonical_json(store.state());
    const auto digest = store_file_digest(replica.path());

    OpenBody open = parse_body(w.plain);
    const auto device_work = w.device->own_operations_after(0);
    for (std::size_t i = 0; i < open.operations.size(); ++i)
        if (open.operations[i].kind == static_cast<std::uint16_t>(OperationKind::capture_moved))
            open.operations[i].payload = wire::encode(CaptureMoved{id_from(3, 3), "elders", 1, 1});
    // One truly new operation too, which must not slip in with the rewritten ones.
    BodyOperation extra = open.operations.back();
    extra.sequence = open.last_sequence + 1;
    extra.payload = wire::encode(VoteCast{id_from(3, 3), "stem-9", 5});
    extra.kind = static_cast<std::uint16_t>(OperationKind::vote_cast);
    open.operations.push_back(extra);
    open.last_sequence = extra.sequence;
    recount(open);
    const auto outcome = import_bundle(store, resign(open, w.device_signer()), "rewritten");
    EXPECT_EQ(outcome.result, BundleOutcome::Result::rejected);
    EXPECT_TRUE(specific_reason(outcome.reason, {"differ", "changed", "other contents", "different", "already"}));
    EXPECT_EQ(store_file_digest(replica.path()), digest);
    EXPECT_EQ(canonical_json(store.state()), json);
    EXPECT_EQ(store.held_through(w.device->device().id), device_work.size());
}

// ---- Whose bundle, which version ----

TEST(HostileBundle, AnotherWorkshopsBundleIsRefusedAndNamedAsSuch) {
    auto& w = world();
    const std::vector<std::string> words{"workshop"};
    expect_refused({"another workshop's sealed bundle", w.other_sealed, words});
    expect_refused({"another workshop's plain bundle", w.other_plain, words});
    // Its body sealed to this workshop (the public key is in every join file).
    expect_refused({"another workshop's body sealed to ours", reseal(w.sealed, w.other_plain, w.keys), words});
    // Our wrapper's workshop id in front of another workshop's sealed bytes.
    SealedWrapper relabelled_wrapper = parse_sealed(w.other_sealed);
    relabelled_wrapper.workshop = w.keys.workshop_id;
    const std::string relabelled = wrap(relabelled_wrapper);
    expect_refused({"another workshop's sealed bytes under our workshop id", relabelled, {}});
    // And the other way round: our workshop id patched to the other's in the header.
    OpenBody open = parse_body(w.plain);
    const auto at = open.header_strings.find(w.keys.workshop_id);
    ASSERT_NE(at, std::string::npos);
    open.header_strings.replace(at, w.keys.workshop_id.size(), w.other_keys.workshop_id);
    expect_refused({"header names another workshop, signed", resign(open, w.device_signer()), words});
}

// The workshop id is the one thing of a sealed bundle readable before decryption, and
// anyone can write it: named in the reason, it must not carry line breaks, terminal
// escapes or broken UTF-8 to the facilitator's screen.
TEST(HostileBundle, AWorkshopIdOfControlCharactersIsNotEchoed) {
    auto& w = world();
    for (const std::string& id : {std::string("abc\ndef\x1b[31mrood"), std::string("\xff\xfe\x01\x02"),
                                  std::string(64, '\n')}) {
        SealedWrapper wrapper = parse_sealed(w.sealed);
        wrapper.workshop = id;
        expect_refused({"sealed wrapper's workshop id of control characters", wrap(wrapper), {"workshop"}});
        // And signed inside the header by a joined device.
        OpenBody open = parse_body(w.plain);
        open.header_strings.replace(open.header_strings.find(w.keys.workshop_id) - 4, 4 + w.keys.workshop_id.size(),
                                    [&] {
                                        std::string sized;
                                        put_le(sized, static_cast<std::uint32_t>(id.size()));
                                        return sized + id;
                                    }());
        expect_refused({"header's workshop id of control characters", resign(open, w.device_signer()), {"workshop"}});
    }
}

TEST(HostileBundle, UnknownFormatVersionsAreRefused) {
    auto& w = world();
    const std::vector<std::string> words{"version", "newer", "older"};
    for (const std::uint32_t version : {0u, 2u, 0xffffffffu}) {
        OpenBody open = parse_body(w.plain);
        open.version = version;
        const auto body = resign(open, w.device_signer());
        expect_refused({"body version " + std::to_string(version), body, words});
        expect_refused({"body version " + std::to_string(version) + " sealed", reseal(w.sealed, body, w.keys), words});
        std::string wrapper = w.sealed;
        patch_u32(wrapper, 8, version);
        expect_refused({"sealed wrapper version " + std::to_string(version), wrapper, words});
    }
}

// ---- What is inside ----

TEST(HostileBundle, UnknownOperationKindsAreRefused) {
    auto& w = world();
    for (const std::uint16_t kind : {std::uint16_t{0}, std::uint16_t{5}, std::uint16_t{999}, std::uint16_t{0xffff}}) {
        OpenBody open = parse_body(w.plain);
        open.operations.back().kind = kind;
        const auto body = resign(open, w.device_signer());
        expect_refused({"operation kind " + std::to_string(kind), body, {"kind", "operation", "unknown", "newer"}});
        expect_refused({"operation kind " + std::to_string(kind) + " sealed", reseal(w.sealed, body, w.keys),
                        {"kind", "operation", "unknown", "newer"}});
    }
}

TEST(HostileBundle, PayloadsThatDoNotDecodeAreRefused) {
    auto& w = world();
    auto with_payload = [&](const std::string& name, auto change) {
        OpenBody open = parse_body(w.plain);
        change(open.operations.front());
        if (::testing::Test::HasFatalFailure()) return;  // the case could not be made
        recount(open);
        expect_refused({name, resign(open, w.device_signer()), {}});
    };
    with_payload("payload of another kind", [](BodyOperation& op) { op.payload = wire::encode(VoteCast{"c", "v", 1}); });
    with_payload("payload cut in half", [](BodyOperation& op) { op.payload.resize(op.payload.size() / 2); });
    with_payload("payload with trailing bytes", [](BodyOperation& op) { op.payload += "xyz"; });
    with_payload("empty payload", [](BodyOperation& op) { op.payload.clear(); });
    with_payload("payload of a newer version", [](BodyOperation& op) { patch_u32(op.payload, 0, 77); });
    // Found by the fuzz target: cereal reads a bool as a raw byte, and a byte other than
    // 0 or 1 in a bool is undefined behaviour wherever the fold reads it.
    with_payload("key membership whose yes/no byte is 33", [](BodyOperation& op) {
        op.payload = wire::encode(ThemeMembershipSet{"k", "c", true});
        ASSERT_EQ(op.payload.back(), 1);
        op.payload.back() = 33;
        op.kind = static_cast<std::uint16_t>(OperationKind::theme_membership_set);
    });
    with_payload("capture of an unknown capture kind", [](BodyOperation& op) {
        CaptureAdded added;
        added.id = "x";
        added.session_id = "s";
        op.payload = wire::encode(added);  // the writer refuses an unknown kind: patch it in
        const std::size_t kind_at = 1 + 4 + (4 + 1) + (4 + 1);  // endianness, version, id, session id
        ASSERT_EQ(op.payload[kind_at], 0);
        op.payload[kind_at] = 9;
        op.kind = static_cast<std::uint16_t>(OperationKind::capture_added);
    });
}

TEST(HostileBundle, OperationsOutOfOrderOrOutOfRangeAreRefused) {
    auto& w = world();
    auto with = [&](const std::string& name, auto change) {
        OpenBody open = parse_body(w.plain);
        change(open);
        recount(open);
        const auto body = resign(open, w.device_signer());
        expect_refused({name, body, {"sequence", "order", "number", "operation"}});
    };
    with("a sequence repeated", [](OpenBody& o) { o.operations[1].sequence = o.operations[0].sequence; });
    with("sequences descending", [](OpenBody& o) { std::swap(o.operations[0].sequence, o.operations[1].sequence); });
    with("sequence 0", [](OpenBody& o) { o.operations[0].sequence = 0, o.first_sequence = 0; });
    with("a sequence past the header's last", [](OpenBody& o) { o.operations.back().sequence = o.last_sequence + 5; });
}

// The body format names the device once, in the header: an operation cannot name
// another device. So: the writer refuses a Bundle holding another device's operation;
// an attacker who copies another device's operation into its own bundle gets it held
// as its own, never as that device's; and a bundle naming the facilitator's own device
// (the one device whose operations every device holds, from the join file) is refused.
TEST(HostileBundle, AnotherDevicesOperationCannotBeSlippedIn) {
    auto& w = world();
    Bundle bundle = read_bundle(w.plain, &w.keys);
    const Operation facilitators = w.facilitator->operations().front();
    ASSERT_NE(facilitators.id.device, bundle.header.device_id);
    unsigned char public_key[crypto_sign_PUBLICKEYBYTES], secret_key[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(public_key, secret_key);
    const std::string secret(reinterpret_cast<char*>(secret_key), sizeof secret_key);
    bundle.header.device_public_key.assign(reinterpret_cast<char*>(public_key), sizeof public_key);
    bundle.header.device_id = device_id_for_key(bundle.header.device_public_key);  // a stranger with the join file
    bundle.header.membership_proof = membership_proof(w.keys, bundle.header.device_id, bundle.header.device_public_key);
    for (auto& op : bundle.operations) op.id.device = bundle.header.device_id;

    Bundle foreign = bundle;
    Operation slipped = facilitators;
    slipped.id.sequence = bundle.operations.back().id.sequence + 1;
    foreign.operations.push_back(slipped);
    EXPECT_THROW(write_bundle(foreign, secret, nullptr), std::logic_error)
        << "write_bundle wrote another device's operation as if it were the bundle's device's";

    // The copied operation, as the stranger's own: held under the stranger's id only.
    slipped.id.device = bundle.header.device_id;
    foreign.operations.back() = slipped;
    TemporaryFolder replica;
    copy_store(w.facilitator->folder(), replica.path());
    auto store = Store::open(replica.path());
    const auto outcome = import_bundle(store, write_bundle(foreign, secret, nullptr), "copied operation");
    ASSERT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
    std::size_t facilitators_operations = 0;
    for (const auto& op : store.operations()) facilitators_operations += op.id.device == facilitators.id.device;
    EXPECT_EQ(facilitators_operations, w.facilitator->own_operation_count());
    EXPECT_EQ(store.held_through(bundle.header.device_id), slipped.id.sequence);

    // Posing as the facilitator's machine itself.
    bundle.header.device_id = w.facilitator->device().id;
    bundle.header.membership_proof = membership_proof(w.keys, bundle.header.device_id, bundle.header.device_public_key);
    for (auto& op : bundle.operations) op.id.device = bundle.header.device_id;
    expect_refused({"a bundle in the facilitator's own name", write_bundle(bundle, secret, nullptr),
                    {"facilitator", "device", "key"}, false});
}

TEST(HostileBundle, ABlobThatIsNotWhatItsHashSaysIsRefused) {
    auto& w = world();
    const std::vector<std::string> words{"hash", "photo", "blob", "picture", "damaged", "match", "media"};
    auto with = [&](const std::string& name, auto change) {
        OpenBody open = parse_body(w.plain);
        change(open);
        recount(open);
        const auto body = resign(open, w.device_signer());
        expect_refused({name, body, words});
        expect_refused({name + " sealed", reseal(w.sealed, body, w.keys), words});
    };
    with("a byte of the photo changed", [](OpenBody& o) { o.blobs.at(0).bytes[5] ^= 1; });
    with("the photo replaced", [](OpenBody& o) { o.blobs.at(0).bytes = "ander beeld"; });
    with("the photo's hash changed", [](OpenBody& o) { o.blobs.at(0).raw_hash[0] ^= 1; });
    with("the photo given twice, once wrong", [](OpenBody& o) {
        auto wrong = o.blobs.at(0);
        wrong.bytes += "!";
        o.blobs.push_back(wrong);
    });
    // Only the import can tell this one: the facilitator might hold the picture already.
    OpenBody open = parse_body(w.plain);
    open.blobs.clear();
    recount(open);
    const auto body = resign(open, w.device_signer());
    expect_refused({"the photo left out (the capture still names it)", body, words, false});
    expect_refused({"the photo left out, sealed", reseal(w.sealed, body, w.keys), words, false});
}

}  // namespace
}  // namespace oogst::testing

namespace oogst::testing {
namespace {

// ---- Texts (issue 15, input hygiene) ----

// The device's first note with one stretch of its payload replaced by bytes of the same
// length: the writer cleans what it is given, so broken text is patched in afterwards.
std::string with_note_bytes(std::string_view from, std::string_view to, std::size_t occurrence = 0) {
    auto& w = world();
    OpenBody open = parse_body(w.plain);
    std::string& payload = open.operations.front().payload;
    std::size_t at = payload.find(from);
    for (std::size_t i = 0; i < occurrence && at != std::string::npos; ++i) at = payload.find(from, at + 1);
    EXPECT_NE(at, std::string::npos) << "no " << from << " in the first operation";
    if (at == std::string::npos) return w.plain;
    payload.replace(at, from.size(), to);
    recount(open);
    return resign(open, w.device_signer());
}

TEST(HostileBundle, TextsThatAreNotUtf8OrNamesWithControlCharactersAreRefused) {
    auto& w = world();
    // The note's text, then its prompt and board ("ideeen", twice).
    expect_refused({"note text that is not UTF-8", with_note_bytes("Een speel", "E\xe9n speel"), {"utf-8"}});
    expect_refused({"note text with an escape sequence", with_note_bytes("Een speel", "\x1b[2Jspeel"), {"control"}});
    expect_refused({"board with an escape character", with_note_bytes("ideeen", "ide\x1b" "en", 1), {"control"}});
    expect_refused({"board with a C1 control (CSI)", with_note_bytes("ideeen", "id\xc2\x9b" "en", 1), {"control"}});
    expect_refused({"board with a line break", with_note_bytes("ideeen", "ide\neen", 1), {"control"}});
    expect_refused({"board cut inside a character", with_note_bytes("ideeen", "ideee\xc3", 1), {"utf-8"}});
    expect_refused({"note text with a NUL", with_note_bytes("Een speel", std::string("Een\0speel", 9)), {"control"}});
    expect_refused({"sealed, note text that is not UTF-8",
                    reseal(w.sealed, with_note_bytes("Een speel", "E\xe9n speel"), w.keys), {"utf-8"}});
}

TEST(HostileBundle, ANotesLineBreaksAndTabsStillComeIn) {
    auto& w = world();
    TemporaryFolder replica;
    copy_store(w.facilitator->folder(), replica.path());
    auto store = Store::open(replica.path());
    const auto outcome = import_bundle(store, with_note_bytes("Een speelstraat in", "Een\nspeelstraat\tin"), "lines");
    EXPECT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
}

}  // namespace
}  // namespace oogst::testing
