// Writes the seed corpora of the receipt, join file and kiosk settings targets: small
// real files as Oogst writes them, with the fixed fuzz keys (fuzz_keys.hpp) so that the
// targets' re-signing matches. The files are committed (each well under 10 KB); run
//   build-fuzz/make_seeds tests/fuzz
// to write them again after a format change. The templates' and pictures' seeds are
// copies of assets/templates/ and small pictures made with ImageMagick (README there).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "core/harvest/bundle.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/receipt.hpp"
#include "core/kiosk/kiosk_settings.hpp"
#include "core/model/payloads.hpp"
#include "tests/fuzz/fuzz_keys.hpp"

namespace {

using namespace oogst;
namespace fs = std::filesystem;

void save(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

template <class Payload>
Operation operation(const std::string& device, std::uint64_t sequence, const Payload& payload) {
    return Operation{{device, sequence}, {1772474400000 + static_cast<std::int64_t>(sequence), 0}, Payload::kind,
                     wire::encode(payload)};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: make_seeds FOLDER (tests/fuzz)\n";
        return 2;
    }
    const fs::path root = argv[1];
    const fuzz::DeviceKey facilitator = fuzz::device_key(2), device = fuzz::device_key(1);
    WorkshopKeys keys = fuzz::workshop_keys();

    // Receipts: one genuine for the fuzz device, one for another device, one unsigned.
    Receipt receipt;
    receipt.workshop_id = keys.workshop_id;
    receipt.device_id = device.id;
    receipt.held_through = 12;
    receipt.new_operations = 5;
    receipt.known_operations = 7;
    receipt.received_at_ms = 1772474400000;
    receipt.signature = fuzz::sign(facilitator, receipt.signed_part());
    save(root / "receipt_corpus/genuine.oogst-receipt", encode_receipt(receipt));
    Receipt other = receipt;
    other.device_id = fuzz::device_key(3).id;
    other.signature = fuzz::sign(facilitator, other.signed_part());
    save(root / "receipt_corpus/other-device.oogst-receipt", encode_receipt(other));
    Receipt unsigned_one = receipt;
    unsigned_one.signature.clear();
    save(root / "receipt_corpus/unsigned.oogst-receipt", encode_receipt(unsigned_one));

    // Join files: with the facilitator's planning and a template, and bare; each whole
    // (format 2, with its checksum) and as the body the target wraps with a checksum.
    JoinFile join;
    join.keys = keys;
    join.keys.secret_key.clear();
    join.keys.hub = "http://192.168.1.20:8620";
    join.keys.facilitator_key = facilitator.public_key;
    join.workshop_name = "Stadsdebat Roeselare";
    const std::string planner = device_id_for_key(facilitator.public_key);
    join.facilitator_operations.push_back(
        operation(planner, 1, WorkshopSet{keys.workshop_id, "Stadsdebat Roeselare", "droomsessie", "Roeselare"}));
    SessionSet session;
    session.id = id_from(2, 2);
    session.method = "droomsessie";
    session.table_name = "Tafel 1";
    join.facilitator_operations.push_back(operation(planner, 2, session));
    join.templates["droomsessie"] =
        "id: droomsessie\nname: Droomsessie\ndescription: Dromen over de stad\ncaptures: [text]\n"
        "voting:\n  style: stars\nboards:\n  - id: dromen\n    title: Dromen\n    prompt: Waar droom je van?\n";
    const std::string whole = encode_join_file(join);
    save(root / "join_corpus/planned.oogst-join", whole);
    save(root / "join_corpus/planned-body.oogst-join", whole.substr(0, whole.size() - 32));
    JoinFile bare = join;
    bare.templates.clear();
    bare.facilitator_operations.clear();
    const std::string bare_whole = encode_join_file(bare);
    save(root / "join_corpus/bare.oogst-join", bare_whole);
    save(root / "join_corpus/bare-body.oogst-join", bare_whole.substr(0, bare_whole.size() - 32));

    // Kiosk settings as the store keeps them: set up, and with nothing set.
    KioskSettings settings;
    settings.title = "Mijn stad in 2030";
    settings.schools = {{"De Regenboog", {"5A", "5B", "6"}}, {"Sint-Jozef", {"4"}}};
    settings.camera_folder = "/media/kiosk/DCIM";
    settings.session_id = id_from(4, 4);
    save(root / "kiosk_corpus/school-exhibition.bin", wire::encode(settings));
    save(root / "kiosk_corpus/empty.bin", wire::encode(KioskSettings{}));
    save(root / "kiosk_corpus/school-argument.txt", "De Regenboog: 5A, 5B, 6");
    std::cout << "make_seeds: wrote the receipt, join file and kiosk seeds below " << root << "\n";
    return 0;
}
