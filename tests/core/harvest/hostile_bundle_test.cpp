// Hostile bundles, byte by byte: what a damaged USB stick or a half-copied file hands
// the facilitator, and size fields claiming gigabytes. For a small real bundle (sealed
// and plain): every truncation, single bit flips at every byte, every size field of the
// format made to lie (with the hash and signature made valid again by the device's own
// key, so the reader's own checks must catch it, and without). Each must be rejected
// with one specific line, allocate nothing large (every operator new is watched; the
// gigabyte cases run again in a child process under a 256 MiB address-space limit) and
// leave the facilitator's store byte for byte as it was. hostile_content_test.cpp has
// the lies a joined device can tell in well-formed bundles.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "tests/core/harvest/hostile_world.hpp"

namespace oogst::testing {
namespace {

// ---- The genuine bundles are good: otherwise every refusal below proves nothing. ----

TEST(HostileBundle, TheGenuineBundlesImportIntoAReplica) {
    auto& w = world();
    for (const auto* bytes : {&w.sealed, &w.plain}) {
        TemporaryFolder replica;
        copy_store(w.facilitator->folder(), replica.path());
        auto store = Store::open(replica.path());
        const auto outcome = import_bundle(store, *bytes, "genuine");
        EXPECT_EQ(outcome.result, BundleOutcome::Result::merged) << outcome.reason;
        EXPECT_EQ(outcome.new_operations, w.device->own_operation_count());
        EXPECT_EQ(outcome.new_blobs, 1u);
    }
    const auto bundle = read_bundle(w.sealed, &w.keys);
    EXPECT_TRUE(bundle.sealed);
    EXPECT_EQ(bundle.operations.size(), w.device->own_operation_count());
}

TEST(HostileBundle, TheSurgeryReassemblesTheGenuineBundleExactly) {
    auto& w = world();
    const OpenBody open = parse_body(w.plain);
    EXPECT_EQ(open.version, bundle_format_version);
    EXPECT_EQ(open.operation_count, w.device->own_operation_count());
    EXPECT_EQ(open.blob_count, 1u);
    EXPECT_EQ(without_resigning(open), w.plain);
    EXPECT_EQ(resign(open, w.device_signer()), w.plain) << "hash and signature are remade the writer's way";
    EXPECT_EQ(unseal(w.sealed, w.keys).size(), w.plain.size());
    // A resealed changed-nothing body is still a good bundle: resealing is faithful.
    TemporaryFolder replica;
    copy_store(w.facilitator->folder(), replica.path());
    auto store = Store::open(replica.path());
    const auto resealed = reseal(w.sealed, unseal(w.sealed, w.keys), w.keys);
    EXPECT_EQ(import_bundle(store, resealed, "resealed").result, BundleOutcome::Result::merged);
}

// ---- Every byte ----

TEST(HostileBundle, EveryTruncationIsRefused) {
    auto& w = world();
    for (const auto* bytes : {&w.plain, &w.sealed}) {
        for (std::size_t size = 0; size < bytes->size(); ++size) {
            expect_refused({"cut to " + std::to_string(size) + " of " + std::to_string(bytes->size()) +
                                (bytes == &w.sealed ? " (sealed)" : " (plain)"),
                            bytes->substr(0, size), {}},
                           true);
            if (HasFailure()) return;  // one clear failure, not thousands
        }
    }
    expect_unchanged_tables();
    print_reasons();
}

TEST(HostileBundle, EverySingleBitFlipIsRefused) {
    auto& w = world();
    // Every bit of the plain bundle; one bit per byte of the sealed one (its ciphertext
    // is authenticated as a whole, so more bits say nothing new).
    for (const auto* bytes : {&w.plain, &w.sealed}) {
        const int bits = bytes == &w.plain ? 8 : 1;
        for (std::size_t at = 0; at < bytes->size(); ++at)
            for (int bit = 0; bit < bits; ++bit) {
                std::string flipped = *bytes;
                const int which = bits == 8 ? bit : static_cast<int>(at % 8);
                flipped[at] = static_cast<char>(flipped[at] ^ (1 << which));
                expect_refused({"bit " + std::to_string(which) + " of byte " + std::to_string(at) +
                                    (bytes == &w.sealed ? " (sealed)" : " (plain)"),
                                flipped, {}},
                               true);
                if (HasFailure()) return;
            }
    }
    expect_unchanged_tables();
    print_reasons();
}

// ---- Size fields claiming gigabytes ----

// Every lie about a size the format has, as signed parts (hash and signature to follow).
std::vector<std::pair<std::string, std::string>> lying_sizes() {
    auto& w = world();
    const OpenBody genuine = parse_body(w.plain);
    std::vector<std::pair<std::string, std::string>> parts;
    auto header_lie = [&](const std::string& name, auto change) {
        OpenBody open = genuine;
        change(open);
        parts.emplace_back(name, signed_part(open));
    };
    header_lie("operation count 4 billion", [](OpenBody& o) { o.operation_count = 0xffffffffu; });
    header_lie("operation count one more", [](OpenBody& o) { ++o.operation_count; });
    header_lie("operation bytes 1 TiB", [](OpenBody& o) { o.operation_bytes = 1ull << 40; });
    header_lie("operation bytes 3 GiB", [](OpenBody& o) { o.operation_bytes = 3ull << 30; });
    header_lie("blob count 2 billion", [](OpenBody& o) { o.blob_count = 0x7fffffffu; });
    header_lie("blob bytes 3 GiB", [](OpenBody& o) { o.blob_bytes = 3ull << 30; });
    header_lie("blob bytes 2^64-1", [](OpenBody& o) { o.blob_bytes = ~0ull; });
    header_lie("section sizes that overflow to the true total", [](OpenBody& o) {
        const std::uint64_t total = o.operation_bytes + o.blob_bytes;
        o.operation_bytes = ~0ull - 10;
        o.blob_bytes = total + 11;  // the sum wraps around to the true total
    });
    header_lie("last sequence 2^63", [](OpenBody& o) { o.last_sequence = 1ull << 63; });

    const std::string base = signed_part(genuine);
    const std::size_t header_length = genuine.header().size();
    const std::size_t operations_at = 16 + header_length;
    const std::size_t blobs_at = operations_at + genuine.operation_bytes;
    auto raw_lie = [&](const std::string& name, std::size_t at, std::uint32_t value) {
        std::string part = base;
        patch_u32(part, at, value);
        parts.emplace_back(name, part);
    };
    raw_lie("header length 4 GiB", 12, 0xfffffff0u);
    raw_lie("header length one more", 12, static_cast<std::uint32_t>(header_length + 1));
    raw_lie("first payload length 4 GiB", operations_at + 22, 0xfffffff0u);
    raw_lie("first payload length 1 GiB", operations_at + 22, 1u << 30);
    raw_lie("blob media type length 4 GiB", blobs_at + 32, 0xfffffff0u);
    raw_lie("blob length 4 GiB", blobs_at + 36 + static_cast<std::uint32_t>(genuine.blobs.at(0).media_type.size()),
            0xfffffff0u);
    // Lengths inside the header's and a payload's own cereal data.
    const std::size_t workshop_at = base.find(w.keys.workshop_id, 16);
    if (workshop_at != std::string::npos && workshop_at >= 4) raw_lie("header's workshop id length 4 GiB", workshop_at - 4, 0xfffffff0u);
    const std::size_t text_at = base.find(w.note_text, operations_at);
    if (text_at != std::string::npos) raw_lie("a note's text length 4 GiB", text_at - 4, 0xfffffff0u);
    const std::size_t drawing_at = base.find(w.drawing_text, operations_at);
    if (drawing_at != std::string::npos)
        raw_lie("a drawing's stroke count 4 billion", drawing_at + w.drawing_text.size(), 0xfffffff0u);
    return parts;
}

TEST(HostileBundle, SizeFieldsClaimingGigabytesAreRefusedSignedOrNot) {
    auto& w = world();
    const auto parts = lying_sizes();
    ASSERT_GE(parts.size(), 18u) << "every size field of the format was found";
    const std::vector<std::string> size_words{"size", "length", "larger", "cut short", "bytes", "count", "items",
                                              "damaged", "too large", "too big", "does not match", "sequence"};
    for (const auto& [name, part] : parts) {
        const std::string resigned = resign(part, w.device_signer());
        expect_refused({name + ", signed again", resigned, size_words});
        expect_refused({name + ", signed again and sealed", reseal(w.sealed, resigned, w.keys), size_words});
        // Without a new hash the hash check alone may catch it; still refused, still small.
        expect_refused({name + ", hash not redone", part + w.plain.substr(w.plain.size() - 96), {}});
    }
    // The sealed wrapper's own length claims.
    for (const std::uint64_t claim : std::initializer_list<std::uint64_t>{1ull << 40, max_bundle_bytes + 1, 3ull << 30, ~0ull, 0ull}) {
        std::string lying = w.sealed;
        patch_u64(lying, sealed_length_at(lying), claim);
        expect_refused({"sealed length claims " + std::to_string(claim), lying, size_words});
    }
}

// The same lies in a child process that may hold at most 256 MiB more address space
// than it has, and whose peak memory is measured: a reader that allocates what a count
// claims fails here even if it caught the bad_alloc and called it "damaged".
TEST(HostileBundle, GigabyteClaimsFitIn256MiB) {
    auto& w = world();
    std::vector<std::string> cases;
    for (const auto& [name, part] : lying_sizes()) {
        const std::string resigned = resign(part, w.device_signer());
        cases.push_back(resigned);
        cases.push_back(reseal(w.sealed, resigned, w.keys));
    }
    TemporaryFolder replica;
    copy_store(w.facilitator->folder(), replica.path());  // opened only in the child
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        std::ifstream statm("/proc/self/statm");
        std::uint64_t pages = 0;
        statm >> pages;
        const rlim_t limit = pages * static_cast<rlim_t>(sysconf(_SC_PAGESIZE)) + (256ull << 20);
        const rlimit address_space{limit, limit};
        setrlimit(RLIMIT_AS, &address_space);
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const long before_kib = usage.ru_maxrss;
        try {
            auto store = Store::open(replica.path());
            for (const auto& bytes : cases) {
                if (import_bundle(store, bytes, "child").result != BundleOutcome::Result::rejected) _exit(10);
                try {
                    (void)read_bundle(bytes, &w.keys);
                    _exit(11);
                } catch (const BundleError&) {
                }
            }
        } catch (const std::bad_alloc&) {
            _exit(12);
        } catch (...) {
            _exit(13);
        }
        getrusage(RUSAGE_SELF, &usage);
        const long grown_mib = (usage.ru_maxrss - before_kib) / 1024;
        _exit(grown_mib > 32 ? 14 : 0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status)) << "the child died of signal " << WTERMSIG(status);
    const int code = WEXITSTATUS(status);
    EXPECT_EQ(code, 0) << (code == 10   ? "a lying bundle was imported"
                           : code == 11 ? "read_bundle accepted a lying bundle"
                           : code == 12 ? "out of memory: the reader allocated what a size field claimed"
                           : code == 13 ? "an unexpected exception escaped"
                           : code == 14 ? "peak memory grew by more than 32 MiB"
                                        : "unexpected exit");
}

}  // namespace
}  // namespace oogst::testing
