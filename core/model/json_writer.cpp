#include "core/model/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "core/model/text_rules.hpp"

namespace oogst {

void JsonWriter::separate() {
    if (need_comma_) out_.push_back(',');
    need_comma_ = true;
}

JsonWriter& JsonWriter::begin_object() {
    separate();
    out_.push_back('{');
    need_comma_ = false;
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    out_.push_back('}');
    need_comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    separate();
    out_.push_back('[');
    need_comma_ = false;
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    out_.push_back(']');
    need_comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::texts(std::string_view name, const std::vector<std::string>& list) {
    key(name).begin_array();
    for (const std::string& text : list) value(text);
    return end_array();
}

JsonWriter& JsonWriter::key(std::string_view name) {
    value(name);
    out_.push_back(':');
    need_comma_ = false;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    separate();
    out_.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            // A character of several bytes goes out as it is when it is valid UTF-8, and
            // as U+FFFD when not (issue 15: a member's bundle or a raw terminal can carry
            // any bytes, and the JSON must stay JSON for every reader).
            const std::size_t length = utf8_character_length(text.substr(i));
            if (length > 0) out_.append(text.substr(i, length)), i += length;
            else out_ += "\xef\xbf\xbd", ++i;
            continue;
        }
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                // Control characters (and DEL) never reach a terminal or a log raw.
                if (c < 0x20 || c == 0x7f) {
                    static constexpr char hex[] = "0123456789abcdef";
                    out_ += "\\u00";
                    out_.push_back(hex[c >> 4]);
                    out_.push_back(hex[c & 15]);
                } else {
                    out_.push_back(static_cast<char>(c));
                }
        }
        ++i;
    }
    out_.push_back('"');
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    separate();
    out_ += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    separate();
    if (!std::isfinite(number)) {
        out_ += "null";
        return *this;
    }
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.append(buffer, end);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    separate();
    out_ += flag ? "true" : "false";
    return *this;
}

}  // namespace oogst
