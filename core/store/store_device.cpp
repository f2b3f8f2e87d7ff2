// This device's settings (device_settings.hpp) in the store: one small key-value table,
// so a later setting is a new key, not a new schema version.
#include "core/store/store_impl.hpp"

namespace oogst {
namespace {

constexpr const char* language_key = "language";
constexpr const char* keyboard_layout_key = "keyboard_layout";

void save_setting(sqlite::Database& db, const char* key, std::string_view value) {
    db.prepare("INSERT INTO device_settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .step();
}

}  // namespace

void create_device_settings_table(sqlite::Database& db) {
    // IF NOT EXISTS: the upgrade may meet a store that already has it (a store whose
    // version number was set back by hand, or an upgrade run twice).
    db.execute(R"sql(
CREATE TABLE IF NOT EXISTS device_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
)sql");
}

DeviceSettings Store::device_settings() const {
    DeviceSettings settings;
    auto query = impl_->db.prepare("SELECT key, value FROM device_settings");
    while (query.step()) {
        const std::string key = query.text(0);
        // A value this version does not know (a language added later) is left as if
        // never chosen: the app then starts with its default.
        if (key == language_key) settings.language = parse_language(query.text(1));
        if (key == keyboard_layout_key) settings.keyboard_layout = query.text(1);
    }
    return settings;
}

void Store::save_device_language(Language language) { save_setting(impl_->db, language_key, language_code(language)); }

void Store::save_device_keyboard_layout(std::string_view layout_id) {
    save_setting(impl_->db, keyboard_layout_key, layout_id);
}

}  // namespace oogst
