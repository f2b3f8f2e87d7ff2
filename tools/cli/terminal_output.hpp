#pragma once
// What oogst-cli prints goes through here (issue 15, input hygiene): a name from a
// member's bundle or an older store may hold an escape sequence or bytes that are not
// UTF-8, and printed raw they would recolour, move or clear the facilitator's terminal
// or garble a log. A control character other than a line break or a tab is shown as
// \xNN (C1 controls as \u0080..\u009f), what is not UTF-8 as U+FFFD; everything else
// passes unchanged, so JSON and plain text read as before.
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace oogst::cli {

// text as it may be printed.
std::string terminal_text(std::string_view text);

// A stream buffer that writes what it is given to target, made safe as terminal_text
// does, also when a character arrives split over two writes.
class TerminalOutput : public std::streambuf {
public:
    explicit TerminalOutput(std::streambuf* target) : target_(target) {}
    ~TerminalOutput() override;

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* text, std::streamsize count) override;
    int sync() override;

private:
    void put(unsigned char byte);
    void write(std::string_view text) { target_->sputn(text.data(), static_cast<std::streamsize>(text.size())); }
    void flush_pending();

    std::streambuf* target_;
    std::string pending_;  // the start of a multi-byte character
};

}  // namespace oogst::cli
