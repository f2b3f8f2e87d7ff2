#pragma once
// The subcommands of oogst-cli. Each prints a short human summary to out and throws
// oogst::UserError for bad input; main() maps that to exit code 2.
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>

namespace oogst::cli {

struct WorkshopFields {
    std::string name, method = "droomsessie", place;
};

struct SessionFields {
    std::string table, ambassador, method, place;
};

struct NoteFields {
    std::string text, session_id, board, prompt, author = "oogst-cli";
};

void init_store(const std::filesystem::path& store, std::ostream& out);
void new_workshop(const std::filesystem::path& store, const WorkshopFields& fields, std::ostream& out);
void show_workshop(const std::filesystem::path& store, std::ostream& out);
void new_session(const std::filesystem::path& store, const SessionFields& fields, std::ostream& out);
void add_note(const std::filesystem::path& store, const NoteFields& fields, std::ostream& out);
void dump(const std::filesystem::path& store, const std::string& format, std::ostream& out);
// kiosk_works > 0 also sets up a children's kiosk with that many works (PIN 1234); a
// camera folder, when given, becomes the kiosk's and gets three photos of collages.
void demo(const std::filesystem::path& store, int tables, int captures, int kiosk_works,
          const std::filesystem::path& camera, std::uint64_t seed, std::ostream& out);
// Lists the method templates (id and Dutch name) and any that could not be read; throws
// UserError (exit 2) after the list when some could not.
void list_templates(std::ostream& out);

}  // namespace oogst::cli
