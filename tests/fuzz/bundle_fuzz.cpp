// libFuzzer target for the bundle reader: whatever bytes a USB stick or a push holds,
// reading them must end in a BundleError (or a good Bundle), never in a crash, a leak,
// undefined behaviour, a huge allocation (-rss_limit_mb / -malloc_limit_mb) or an
// exception of another type. Each input is tried
//  1. as it is: read_cover, read_bundle without keys and with the facilitator's keys;
//  2. if it is a plain body, with its hash and signature made valid again by the fixed
//     fuzz device key (fuzz_keys.hpp): only so do mutations reach the operations and
//     blobs behind the signature;
//  3. that re-signed body imported into a facilitator store on tmpfs, which is put
//     back to its empty state whenever an import changed it.
#include <sodium.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unistd.h>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/model/payloads.hpp"
#include "core/store/store.hpp"
#include "tests/fuzz/fuzz_keys.hpp"

namespace {

using namespace oogst;

const WorkshopKeys keys = fuzz::workshop_keys();
const fuzz::DeviceKey device = fuzz::device_key();

// The facilitator's store: made once, copied back when an import changed it.
struct Facilitator {
    std::filesystem::path root, pristine, live;
    std::unique_ptr<Store> store;

    Facilitator() {
        const std::filesystem::path shm = "/dev/shm";
        root = (std::filesystem::exists(shm) ? shm : std::filesystem::temp_directory_path()) /
               ("oogst-fuzz-" + std::to_string(getpid()));
        pristine = root / "pristine";
        live = root / "live";
        std::filesystem::remove_all(root);
        {
            auto made = Store::open_or_create(pristine);
            made.record(WorkshopSet{keys.workshop_id, "Fuzz", "droomsessie", "Roeselare"});
            made.save_workshop_keys(keys);
        }
        reset();
    }
    ~Facilitator() {
        store.reset();
        std::error_code ignored;
        std::filesystem::remove_all(root, ignored);
    }
    void reset() {
        store.reset();
        std::filesystem::remove_all(live);
        std::filesystem::create_directories(live);
        for (const auto& file : std::filesystem::directory_iterator(pristine))
            std::filesystem::copy_file(file.path(), live / file.path().filename());
        store = std::make_unique<Store>(Store::open(live));
    }
};

Facilitator& facilitator() {
    static Facilitator* made = new Facilitator();  // left for the OS: libFuzzer exits without unwinding
    return *made;
}

void try_read(std::string_view bytes, const WorkshopKeys* with) {
    try {
        const Bundle bundle = read_bundle(bytes, with);
        // What the reader lets through must decode: the fold is where it goes next.
        WorkshopState state;
        for (const auto& op : bundle.operations) state.apply(op);
    } catch (const BundleError&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        (void)read_cover(bytes);
    } catch (const BundleError&) {
    }
    try_read(bytes, nullptr);
    try_read(bytes, &keys);

    constexpr std::size_t trailer = 32 + 64;
    if (size >= 16 + trailer && bytes.substr(0, 8) == "OOGSTBDY") {
        std::string body(bytes.substr(0, size - trailer));
        std::string hash(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), hash.size(),
                           reinterpret_cast<const unsigned char*>(body.data()), body.size(), nullptr, 0);
        body += hash;
        body += fuzz::sign(device, hash);
        try_read(body, &keys);
        auto& f = facilitator();
        const auto outcome = import_bundle(*f.store, body, "fuzz");
        // OOGST_FUZZ_VERBOSE=1 bundle_fuzz FILE: what became of an input, when reproducing.
        static const bool verbose = std::getenv("OOGST_FUZZ_VERBOSE") != nullptr;
        if (verbose)
            std::fprintf(stderr, "import: %s %s (%llu new operations)\n",
                         outcome.result == BundleOutcome::Result::merged     ? "merged"
                         : outcome.result == BundleOutcome::Result::rejected ? "rejected"
                                                                             : "already imported",
                         outcome.reason.c_str(), static_cast<unsigned long long>(outcome.new_operations));
        if (outcome.result == BundleOutcome::Result::rejected && outcome.reason.empty()) std::abort();
        if (outcome.result == BundleOutcome::Result::merged) f.reset();
    }
    return 0;
}
