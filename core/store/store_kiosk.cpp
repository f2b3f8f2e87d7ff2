// The kiosk's part of the store: its settings, its PIN (hashed) with the wrong tries in
// a row, and the drafts children left. This device's own: none of it is an operation,
// so none of it travels in a bundle.
#include <algorithm>

#include "core/errors.hpp"
#include "core/model/hybrid_clock.hpp"
#include "core/store/store_impl.hpp"

namespace oogst {

void create_kiosk_tables(sqlite::Database& db) {
    db.execute(R"sql(
CREATE TABLE kiosk (
    id INTEGER PRIMARY KEY CHECK (id = 1),  -- one row: this device's kiosk
    settings BLOB,                          -- KioskSettings (cereal); NULL until set up
    pin_hash TEXT,                          -- Argon2id (crypto_pwhash_str); NULL until set
    wrong_pin_tries INTEGER NOT NULL DEFAULT 0,
    next_pin_try_ms INTEGER NOT NULL DEFAULT 0,
    turn_started_ms INTEGER NOT NULL DEFAULT 0,  -- a child's turn began (a touch woke the loop)
    turn_ended_ms INTEGER NOT NULL DEFAULT 0     -- and ended (sent in, walked away, put away)
) STRICT;
INSERT INTO kiosk (id) VALUES (1);
CREATE TABLE kiosk_drafts (
    id TEXT PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    saved_ms INTEGER NOT NULL,
    work BLOB NOT NULL                      -- KioskWork (cereal)
) STRICT;
)sql");
}

std::optional<KioskSettings> Store::kiosk_settings() const {
    auto query = impl_->db.prepare("SELECT settings FROM kiosk WHERE id = 1 AND settings IS NOT NULL");
    if (!query.step()) return std::nullopt;
    return wire::decode<KioskSettings>(query.blob(0));
}

void Store::save_kiosk_settings(const KioskSettings& settings) {
    check_kiosk_settings(settings);
    impl_->db.prepare("UPDATE kiosk SET settings = ? WHERE id = 1").bind_blob(1, wire::encode(settings)).step();
}

bool Store::has_kiosk_pin() const {
    return impl_->db.prepare("SELECT 1 FROM kiosk WHERE id = 1 AND pin_hash IS NOT NULL").step();
}

void Store::set_kiosk_pin(std::string_view pin) {
    const std::string hash = hash_pin(pin);
    impl_->db.prepare("UPDATE kiosk SET pin_hash = ?, wrong_pin_tries = 0, next_pin_try_ms = 0 WHERE id = 1")
        .bind(1, hash)
        .step();
}

PinTry Store::try_kiosk_pin(std::string_view pin, std::int64_t now_ms) {
    auto query = impl_->db.prepare(
        "SELECT COALESCE(pin_hash, ''), wrong_pin_tries, next_pin_try_ms FROM kiosk WHERE id = 1");
    if (!query.step()) return {PinTry::Answer::no_pin};
    const std::string hash = query.text(0);
    const auto wrong_tries = static_cast<std::uint32_t>(query.integer(1));
    const std::int64_t next_try_ms = query.integer(2);
    if (hash.empty()) return {PinTry::Answer::no_pin};
    if (now_ms < next_try_ms) {
        // Never longer than the back-off itself: a clock set back must not lock the
        // facilitator out for days.
        const std::int64_t wait = std::min(next_try_ms - now_ms, pin_wait_after_ms(wrong_tries));
        if (wait > 0) return {PinTry::Answer::waiting, wait, wrong_tries};
    }
    if (pin_matches(hash, pin)) {
        if (wrong_tries > 0)
            impl_->db.execute("UPDATE kiosk SET wrong_pin_tries = 0, next_pin_try_ms = 0 WHERE id = 1");
        return {PinTry::Answer::right, 0, 0};
    }
    const std::uint32_t tries = wrong_tries + 1;
    const std::int64_t wait = pin_wait_after_ms(tries);
    impl_->db.prepare("UPDATE kiosk SET wrong_pin_tries = ?, next_pin_try_ms = ? WHERE id = 1")
        .bind(1, static_cast<std::int64_t>(tries))
        .bind(2, now_ms + wait)
        .step();
    return {PinTry::Answer::wrong, wait, tries};
}

void Store::save_kiosk_draft(const KioskWork& work) {
    impl_->db
        .prepare(R"sql(INSERT INTO kiosk_drafts (id, started_ms, saved_ms, work) VALUES (?1, ?2, ?3, ?4)
                       ON CONFLICT (id) DO UPDATE SET saved_ms = ?3, work = ?4)sql")
        .bind(1, work.id)
        .bind(2, work.started_ms)
        .bind(3, wall_clock_ms())
        .bind_blob(4, wire::encode(work))
        .step();
}

std::vector<KioskWork> Store::kiosk_drafts() const {
    std::vector<KioskWork> drafts;
    auto query = impl_->db.prepare("SELECT work FROM kiosk_drafts ORDER BY started_ms, id");
    while (query.step()) {
        // A row that cannot be read (a damaged file) is left where it is and skipped:
        // the drafts that can be read are still shown, and the kiosk keeps running.
        try {
            drafts.push_back(wire::decode<KioskWork>(query.blob(0)));
        } catch (const FormatError&) {
        }
    }
    return drafts;
}

std::size_t Store::kiosk_draft_count() const {
    auto query = impl_->db.prepare("SELECT COUNT(*) FROM kiosk_drafts");
    return query.step() ? static_cast<std::size_t>(query.integer(0)) : 0;
}

void Store::delete_kiosk_draft(const std::string& id) {
    impl_->db.prepare("DELETE FROM kiosk_drafts WHERE id = ?").bind(1, id).step();
}

void Store::discard_kiosk_draft(const std::string& id) {
    std::optional<KioskWork> discarded;
    std::vector<KioskWork> others;
    for (KioskWork& draft : kiosk_drafts()) {
        if (draft.id == id)
            discarded = std::move(draft);
        else
            others.push_back(std::move(draft));
    }
    sqlite::Transaction transaction(impl_->db);
    delete_kiosk_draft(id);
    if (discarded) {
        for (const std::string* hash : {&discarded->photo_blob, &discarded->photo_preview_blob}) {
            if (hash->empty()) continue;
            bool used = false;
            for (const KioskWork& other : others) used = used || other.photo_blob == *hash || other.photo_preview_blob == *hash;
            for (const auto& [capture_id, capture] : state().capture_records())
                used = used || (capture.origin && (capture.origin->photo_blob == *hash || capture.origin->preview_blob == *hash));
            if (!used) impl_->db.prepare("DELETE FROM blobs WHERE hash = ?").bind(1, *hash).step();
        }
    }
    transaction.commit();
}

std::int64_t Store::kiosk_turn_ended_ms() const {
    auto query = impl_->db.prepare("SELECT turn_ended_ms FROM kiosk WHERE id = 1");
    return query.step() ? query.integer(0) : 0;
}

void Store::set_kiosk_turn_ended_ms(std::int64_t ms) {
    impl_->db.prepare("UPDATE kiosk SET turn_ended_ms = ? WHERE id = 1").bind(1, ms).step();
}

std::int64_t Store::kiosk_turn_started_ms() const {
    auto query = impl_->db.prepare("SELECT turn_started_ms FROM kiosk WHERE id = 1");
    return query.step() ? query.integer(0) : 0;
}

void Store::set_kiosk_turn_started_ms(std::int64_t ms) {
    impl_->db.prepare("UPDATE kiosk SET turn_started_ms = ? WHERE id = 1").bind(1, ms).step();
}

}  // namespace oogst
