#include "tools/cli/terminal_output.hpp"

#include <cstdio>
#include <sstream>

#include "core/model/text_rules.hpp"

namespace oogst::cli {
namespace {

constexpr std::string_view replacement = "\xef\xbf\xbd";  // U+FFFD

std::string escaped(char32_t code) {
    char shown[8];
    std::snprintf(shown, sizeof shown, code < 0x80 ? "\\x%02x" : "\\u%04x", static_cast<unsigned>(code));
    return shown;
}

// The bytes a UTF-8 character starting with lead takes; 0 when lead cannot start one.
std::size_t expected_length(unsigned char lead) {
    if (lead >= 0xc2 && lead <= 0xdf) return 2;
    if (lead >= 0xe0 && lead <= 0xef) return 3;
    if (lead >= 0xf0 && lead <= 0xf4) return 4;
    return 0;
}

}  // namespace

std::string terminal_text(std::string_view text) {
    std::ostringstream out;
    {
        TerminalOutput safe(out.rdbuf());
        safe.sputn(text.data(), static_cast<std::streamsize>(text.size()));
    }
    return std::move(out).str();
}

TerminalOutput::~TerminalOutput() { flush_pending(); }

void TerminalOutput::flush_pending() {
    if (!pending_.empty()) write(replacement);  // a character cut off at the end
    pending_.clear();
}

void TerminalOutput::put(unsigned char byte) {
    if (!pending_.empty()) {
        if (byte >= 0x80 && byte <= 0xbf) {
            pending_ += static_cast<char>(byte);
            if (pending_.size() < expected_length(static_cast<unsigned char>(pending_[0]))) return;
            const std::size_t length = utf8_character_length(pending_);
            if (length == 0) {
                write(replacement);  // an overlong form, a surrogate half, past U+10FFFF
            } else {
                const char32_t code = utf8_code_point(pending_, length);
                if (code >= 0x80 && code <= 0x9f) write(escaped(code));  // C1 controls (CSI is 0x9b)
                else write(pending_);
            }
            pending_.clear();
            return;
        }
        write(replacement);  // the character stopped short; byte starts afresh
        pending_.clear();
    }
    if (byte < 0x80) {
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) write(escaped(byte));
        else target_->sputc(static_cast<char>(byte));
    } else if (expected_length(byte) > 0) {
        pending_ += static_cast<char>(byte);
    } else {
        write(replacement);
    }
}

TerminalOutput::int_type TerminalOutput::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    put(static_cast<unsigned char>(traits_type::to_char_type(c)));
    return c;
}

std::streamsize TerminalOutput::xsputn(const char* text, std::streamsize count) {
    std::streamsize at = 0;
    while (at < count) {
        // Runs of printable ASCII, nearly all of any output, go through in one piece.
        std::streamsize run = at;
        while (run < count && pending_.empty()) {
            const auto byte = static_cast<unsigned char>(text[run]);
            if (byte >= 0x80 || (byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) break;
            ++run;
        }
        if (run > at) {
            target_->sputn(text + at, run - at);
            at = run;
            continue;
        }
        put(static_cast<unsigned char>(text[at++]));
    }
    return count;
}

int TerminalOutput::sync() { return target_->pubsync(); }

}  // namespace oogst::cli
