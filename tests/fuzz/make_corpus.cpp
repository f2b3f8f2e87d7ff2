// Writes the fuzz target's seed corpus: small real bundles, plain and sealed, signed by
// the fixed fuzz device key (fuzz_keys.hpp), with operations of every kind, a photo
// blob, a drawing, none at all, and one of another workshop. Run by tools/fuzz when
// tests/fuzz/corpus/ is empty; the files are committed (each well under 10 KB).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/harvest/bundle.hpp"
#include "core/model/payloads.hpp"
#include "tests/fuzz/fuzz_keys.hpp"

namespace oogst::fuzz {
namespace {

struct Maker {
    DeviceKey device = device_key();
    WorkshopKeys keys = workshop_keys();
    Bundle bundle;
    std::uint64_t sequence = 0;

    Maker() {
        auto& header = bundle.header;
        header.workshop_id = keys.workshop_id;
        header.device_id = device.id;
        header.device_public_key = device.public_key;
        header.membership_proof = membership_proof(keys, device.id, device.public_key);
        header.made_at_ms = 1772474400000;
    }

    template <class Payload>
    void add(const Payload& payload) {
        ++sequence;
        bundle.operations.push_back(
            Operation{{device.id, sequence}, {1772474400000 + static_cast<std::int64_t>(sequence), 0}, Payload::kind,
                      wire::encode(payload)});
    }

    void blob(const std::string& bytes, const std::string& media_type) {
        bundle.blobs.push_back({content_hash(bytes), media_type, bytes});
    }

    std::string write(bool sealed) {
        auto& header = bundle.header;
        header.operation_count = static_cast<std::uint32_t>(bundle.operations.size());
        header.blob_count = static_cast<std::uint32_t>(bundle.blobs.size());
        header.first_sequence = bundle.operations.empty() ? 0 : bundle.operations.front().id.sequence;
        header.last_sequence = bundle.operations.empty() ? 0 : bundle.operations.back().id.sequence;
        header.operation_bytes = 0;
        for (const auto& op : bundle.operations) header.operation_bytes += 26 + op.payload.size();
        header.blob_bytes = 0;
        for (const auto& b : bundle.blobs) header.blob_bytes += 40 + b.media_type.size() + b.bytes.size();
        return write_bundle(bundle, device.secret_key, sealed ? &keys : nullptr);
    }
};

const std::string capture_id = id_from(1, 1), session_id = id_from(2, 2), key_id = id_from(3, 3);

CaptureAdded note() {
    CaptureAdded added;
    added.id = capture_id;
    added.session_id = session_id;
    added.text = "Een stad waar kinderen veilig fietsen";
    added.prompt = added.board = "stad-2030";
    added.x = 12, added.y = 34;
    added.colour = 0xff8ae8ff;
    added.author_label = "Tafel 3";
    added.consent = consent::publish;
    return added;
}

}  // namespace
}  // namespace oogst::fuzz

int main(int argc, char** argv) {
    using namespace oogst;
    using namespace oogst::fuzz;
    if (argc != 2) {
        std::cerr << "usage: make_bundle_corpus FOLDER\n";
        return 2;
    }
    const std::filesystem::path folder = argv[1];
    std::filesystem::create_directories(folder);
    auto save = [&](const std::string& name, const std::string& bytes) {
        std::ofstream(folder / name, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    };

    Maker every_kind;
    every_kind.add(SessionTableSet{session_id, "Tafel 3: De Ring", 6});
    every_kind.add(SessionMerged{session_id, session_id});
    every_kind.add(note());
    every_kind.add(CaptureTextEdited{capture_id, "Een stad waar iedereen veilig fietst"});
    every_kind.add(CaptureMoved{capture_id, "ideeen", 50, 60});
    every_kind.add(CaptureConsentSet{capture_id, consent::publish | consent::exhibit});
    every_kind.add(VoteCast{capture_id, "stem-1", 4});
    const OperationId deletion{every_kind.device.id, every_kind.sequence + 1};
    every_kind.add(CaptureDeleted{capture_id});
    every_kind.add(CaptureRestored{capture_id, deletion.device, deletion.sequence});
    every_kind.add(CaptureKeptApart{capture_id, true});
    every_kind.add(ThemeSet{key_id, "Ademen", "rust", "groen", "parken", "#2f6b3f"});
    every_kind.add(ThemeMembershipSet{key_id, capture_id, true});
    every_kind.add(ThemeSuggestionRejected{key_id, capture_id, true});
    every_kind.add(ThemeMerged{key_id, id_from(4, 4)});
    const OperationId theme_deletion{every_kind.device.id, every_kind.sequence + 1};
    every_kind.add(ThemeDeleted{key_id});
    every_kind.add(ThemeRestored{key_id, theme_deletion.device, theme_deletion.sequence});
    every_kind.add(SessionSet{session_id, "droomsessie", "Tafel 3", "An", "Roeselare", 1772474400000, 6});
    every_kind.add(SessionDeleted{id_from(9, 9)});
    every_kind.add(WorkshopSet{every_kind.keys.workshop_id, "Roeselare 2030", "droomsessie", "Roeselare"});
    save("every-kind-plain.oogst", every_kind.write(false));
    save("every-kind-sealed.oogst", every_kind.write(true));

    Maker photo;
    CaptureAdded picture = note();
    picture.capture_kind = CaptureKind::photo;
    const std::string bytes = "\xff\xd8\xff\xe0 een kleine foto van een maquette \xff\xd9";
    picture.photo_blob = content_hash(bytes);
    photo.add(picture);
    photo.blob(bytes, "image/jpeg");
    save("photo-plain.oogst", photo.write(false));
    save("photo-sealed.oogst", photo.write(true));

    Maker drawing;
    CaptureAdded sketch = note();
    sketch.capture_kind = CaptureKind::drawing;
    sketch.strokes = {Stroke{0xff0000ffu, 4.0f, {{0.1f, 0.1f}, {0.5f, 0.6f}, {0.9f, 0.8f}}},
                      Stroke{0xff00ff00u, 2.0f, {{0.2f, 0.9f}}}};
    const std::string preview = "\x89PNG\r\n\x1a\n voorbeeld";
    sketch.preview_blob = content_hash(preview);
    drawing.add(sketch);
    drawing.blob(preview, "image/png");
    save("drawing-plain.oogst", drawing.write(false));

    Maker empty;
    save("empty-plain.oogst", empty.write(false));

    Maker stranger;
    stranger.bundle.header.workshop_id = id_from(0xbad, 0xbad);
    stranger.add(note());
    save("other-workshop-plain.oogst", stranger.write(false));
    std::cout << "make_bundle_corpus: wrote the seed bundles to " << folder << "\n";
    return 0;
}
