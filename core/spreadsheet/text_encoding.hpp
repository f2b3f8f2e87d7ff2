#pragma once
// Text as spreadsheet programs save it: UTF-8 with or without a byte-order mark, or the
// Windows-1252 that Excel's "CSV" still writes on a Belgian or Dutch Windows. Read
// both, so a planner's table list and a survey's export come in with their accents.
#include <optional>
#include <string>
#include <string_view>

namespace oogst {

bool is_utf8(std::string_view bytes);

// The bytes as UTF-8 without a byte-order mark; none when they are not text: NUL bytes
// (a binary file, a picture), UTF-16 ("Unicode text"), or bytes that are neither UTF-8
// nor Windows-1252.
std::optional<std::string> spreadsheet_text(std::string_view bytes);

}  // namespace oogst
