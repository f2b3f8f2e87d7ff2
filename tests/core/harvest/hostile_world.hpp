#pragma once
// The world the hostile-bundle tests attack, made once per test program, and the check
// every hostile bundle must pass: rejected with one specific line, no large
// allocation, the facilitator's store byte for byte unchanged.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/harvest/bundle.hpp"
#include "core/harvest/bundle_export.hpp"
#include "core/harvest/bundle_import.hpp"
#include "core/harvest/join_file.hpp"
#include "core/model/canonical_json.hpp"
#include "core/model/ids.hpp"
#include "core/store/store.hpp"
#include "tests/core/harvest/allocation_watch.hpp"
#include "tests/support/bundle_surgery.hpp"
#include "tests/support/harvest_stores.hpp"
#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

// A bundle of a few KiB never needs more than this in one piece.
inline constexpr std::size_t allocation_limit = 4u << 20;

struct Hostile {
    std::string name;   // what the case is, for failure messages
    std::string bytes;  // the bundle
    // Words of which the reason must contain at least one (lower case): the reason must
    // say what is wrong, not merely that something is. Empty: any specific sentence.
    std::vector<std::string> words;
    // False where only the import can tell (a picture the store does not hold either).
    bool reader_refuses = true;
};

// The reasons given so far and how often: the byte-by-byte tests print them, so a
// reviewer sees what a facilitator would read.
inline std::map<std::string, int>& reasons_seen() {
    static std::map<std::string, int> seen;
    return seen;
}

inline std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// Text a terminal or the import screen shows as it is: valid UTF-8, no control characters.
inline bool printable_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) return false;
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (length == 0 || i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return false;
        i += length;
    }
    return true;
}

// A reason a facilitator can act on: one line, a real sentence, no programmer's words.
inline ::testing::AssertionResult specific_reason(const std::string& reason, const std::vector<std::string>& words) {
    if (reason.size() < 12) return ::testing::AssertionFailure() << "reason too short: '" << reason << "'";
    if (reason.size() > 300) return ::testing::AssertionFailure() << "reason too long: '" << reason << "'";
    if (reason.find('\n') != std::string::npos || reason.find('\r') != std::string::npos)
        return ::testing::AssertionFailure() << "reason is more than one line: '" << reason << "'";
    if (!printable_text(reason))
        return ::testing::AssertionFailure() << "reason holds control characters or bytes that are not UTF-8 (raw bytes "
                                                "from the file?): '" << reason << "'";
    for (const char* jargon : {"std::", "bad_alloc", "basic_string", "cereal", "vector", "length_error", "exception",
                               "unknown error", "sqlite"})
        if (lower(reason).find(jargon) != std::string::npos)
            return ::testing::AssertionFailure() << "reason speaks jargon (" << jargon << "): '" << reason << "'";
    if (words.empty()) return ::testing::AssertionSuccess();
    for (const auto& word : words)
        if (lower(reason).find(word) != std::string::npos) return ::testing::AssertionSuccess();
    std::string wanted;
    for (const auto& word : words) wanted += " '" + word + "'";
    return ::testing::AssertionFailure() << "reason does not say what is wrong (wanted one of" << wanted << "): '"
                                         << reason << "'";
}

// The workshop every case attacks, made once: a facilitator, a device that joined it
// and worked (notes, a drawing, a photo, moves, votes, a deletion), a second device of
// the same workshop, and another workshop with a device of its own.
struct World {
    TemporaryFolder root;
    std::unique_ptr<Store> facilitator, device, neighbour, other_facilitator, other_device;
    WorkshopKeys keys, other_keys;
    std::string sealed, plain;              // the device's genuine bundles
    std::string other_sealed, other_plain;  // another workshop's device's
    std::string neighbour_plain;            // the second device's genuine bundle
    std::string note_text = "Een speelstraat in elke wijk";
    std::string drawing_text = "Tekening van de Grote Markt";
    std::string photo_bytes = std::string(300, 'P') + "maquette";
    std::string snapshot;  // the facilitator's files before anything was tried
    std::map<std::string, std::string> tables;
    std::uint64_t operations = 0;
    std::string json;

    Signer device_signer() const {
        return [this](std::string_view message) { return device->sign(message); };
    }
    Signer neighbour_signer() const {
        return [this](std::string_view message) { return neighbour->sign(message); };
    }

    World() {
        facilitator = std::make_unique<Store>(make_facilitator(root / "facilitator", 5, 2));
        const JoinFile join = make_join_file(*facilitator, "", {});
        keys = *facilitator->workshop_keys();
        const auto sessions = joined_session_ids(join);
        device = std::make_unique<Store>(make_device(root / "device", join));
        neighbour = std::make_unique<Store>(make_device(root / "neighbour", join));
        work(*device, sessions);
        work(*neighbour, sessions);
        sealed = export_bundle(*device, {0, {}, true});
        plain = export_bundle(*device, {0, {}, false});
        neighbour_plain = export_bundle(*neighbour, {0, {}, false});

        other_facilitator = std::make_unique<Store>(make_facilitator(root / "other", 6, 1, "Toekomstlab"));
        const JoinFile other_join = make_join_file(*other_facilitator, "", {});
        other_keys = *other_facilitator->workshop_keys();
        other_device = std::make_unique<Store>(make_device(root / "other-device", other_join));
        work(*other_device, joined_session_ids(other_join));
        other_sealed = export_bundle(*other_device, {0, {}, true});
        other_plain = export_bundle(*other_device, {0, {}, false});

        take_snapshot();
    }

    void work(Store& store, const std::vector<std::string>& sessions) {
        CaptureAdded note;
        note.id = id_from(7, store.own_operation_count() + 1 + std::hash<std::string>{}(store.device().id));
        note.session_id = sessions.at(0);
        note.text = note_text;
        note.board = note.prompt = "ideeen";
        store.record(note);
        CaptureAdded drawing = note;
        drawing.id = id_from(8, std::hash<std::string>{}(store.device().id));
        drawing.capture_kind = CaptureKind::drawing;
        drawing.text = drawing_text;
        drawing.strokes = {Stroke{0xff0000ffu, 4.0f, {{0.1f, 0.1f}, {0.9f, 0.8f}}}};
        store.record(drawing);
        CaptureAdded photo = note;
        photo.id = id_from(9, std::hash<std::string>{}(store.device().id));
        photo.capture_kind = CaptureKind::photo;
        photo.text = "";
        photo.photo_blob = store.put_blob(photo_bytes, "image/jpeg");
        store.record(photo);
        store.record(CaptureMoved{note.id, "waarden", 10, 20});
        store.record(VoteCast{note.id, "stem-1", 4});
        store.record(CaptureDeleted{drawing.id});
    }

    void take_snapshot() {
        snapshot = store_file_digest(facilitator->folder());
        tables = store_tables(facilitator->folder());
        operations = facilitator->operation_count();
        json = canonical_json(facilitator->state());
    }
};

inline World& world() {
    static World* made = new World();  // kept to the end: its stores are used by every test
    return *made;
}

// Imports the bytes into the facilitator's store and checks everything the brief asks.
// quick: skip the table comparison (done once after a loop instead).
inline void expect_refused(const Hostile& hostile, bool quick = false) {
    auto& w = world();
    SCOPED_TRACE(hostile.name);
    watch_allocations(true);
    BundleOutcome outcome;
    try {
        outcome = import_bundle(*w.facilitator, hostile.bytes, hostile.name);
    } catch (const std::exception& error) {
        watch_allocations(false);
        ADD_FAILURE() << "import_bundle threw instead of rejecting: " << error.what();
        return;
    }
    const std::size_t imported_peak = largest_allocation();
    watch_allocations(true);
    std::string read_problem;  // empty when read_bundle refused it with a BundleError
    try {
        (void)read_bundle(hostile.bytes, &w.keys);
        if (hostile.reader_refuses) read_problem = "read_bundle accepted it";
    } catch (const BundleError& error) {
        if (!specific_reason(error.what(), {})) read_problem = std::string("read_bundle's reason: ") + error.what();
    } catch (const std::exception& error) {
        read_problem = std::string("read_bundle threw something else than a BundleError: ") + error.what();
    }
    const std::size_t read_peak = largest_allocation();
    watch_allocations(false);

    std::string shape;  // the reason with its numbers as N: one line per kind of reason
    for (const char c : outcome.reason)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            shape += c;
        else if (shape.empty() || shape.back() != 'N')
            shape += 'N';
    ++reasons_seen()[shape];
    EXPECT_EQ(outcome.result, BundleOutcome::Result::rejected) << "reason: " << outcome.reason;
    EXPECT_TRUE(specific_reason(outcome.reason, hostile.words));
    EXPECT_EQ(read_problem, "");
    EXPECT_LT(imported_peak, allocation_limit) << "import_bundle allocated " << imported_peak << " bytes at once";
    EXPECT_LT(read_peak, allocation_limit) << "read_bundle allocated " << read_peak << " bytes at once";
    EXPECT_EQ(store_file_digest(w.facilitator->folder()), w.snapshot) << "the store's files changed";
    EXPECT_EQ(w.facilitator->operation_count(), w.operations);
    if (!quick) {
        EXPECT_EQ(store_tables(w.facilitator->folder()), w.tables);
        EXPECT_EQ(canonical_json(w.facilitator->state()), w.json);
    }
}

inline void print_reasons() {
    for (const auto& [reason, count] : reasons_seen()) std::cout << "  " << count << " x " << reason << "\n";
    reasons_seen().clear();
}

inline void expect_unchanged_tables() {
    auto& w = world();
    EXPECT_EQ(store_tables(w.facilitator->folder()), w.tables);
    EXPECT_EQ(canonical_json(w.facilitator->state()), w.json);
}

inline void patch_u32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}
inline void patch_u64(std::string& bytes, std::size_t at, std::uint64_t value) {
    for (int i = 0; i < 8; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
}

}  // namespace oogst::testing
