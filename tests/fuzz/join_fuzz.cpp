// libFuzzer target for join files (core/harvest/join_file.hpp): whatever bytes a stick or
// the hub hands a device as its join file, reading them must end in a FormatError or a
// JoinFile, and joining with what was read must end in a UserError or a joined device,
// never in a crash, a leak, undefined behaviour or a huge allocation. Each input is read
//  1. as the whole file, as a device would get it (format 2 checks its BLAKE2b checksum
//     before anything else, so almost every mutation stops there);
//  2. with a correct checksum appended, as if the fuzzer's bytes were what the
//     facilitator wrote: only so do mutations reach the keys, templates and operations.
// What reads is joined by a fresh device on tmpfs (its store put back afterwards), and
// the templates it brings are read as a device with older assets would.
#include <sodium.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/assets/method_template.hpp"
#include "core/errors.hpp"
#include "core/harvest/join_file.hpp"
#include "tests/fuzz/fuzz_store.hpp"

namespace {

using namespace oogst;

fuzz::FuzzStore& device() {
    static auto* made = new fuzz::FuzzStore("join", [](Store&) {});
    return *made;
}

void try_join(std::string_view bytes) {
    JoinFile join;
    try {
        join = decode_join_file(bytes);
    } catch (const FormatError&) {
        return;
    }
    if (!join.keys.secret_key.empty()) std::abort();  // a join file never carries the secret key
    TemplateLibrary library;
    library.add_missing(join.templates);
    (void)join_file_matches_code(join, "K7QM3XTD");
    auto& f = device();
    try {
        join_workshop(f.store(), join);
    } catch (const UserError&) {  // another workshop, damaged planning: refused with a sentence
    }
    f.reset();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try_join(bytes);
    std::string wrapped(bytes);
    std::string hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char*>(wrapped.data()), wrapped.size(), nullptr, 0);
    wrapped += hash;
    try_join(wrapped);
    return 0;
}
