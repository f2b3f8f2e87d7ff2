#pragma once
// Hyphenation for narrow columns: Pango does not hyphenate Dutch by itself, so long
// words get soft hyphens (U+00AD) at the places libhyphen's patterns allow (Debian's
// hyphen-nl, hyphen-fr, hyphen-en-us); Pango then breaks there and draws the hyphen only
// where it breaks. Words shorter than seven letters are left whole.
#include <memory>
#include <string>

namespace oogst {

class Hyphenator {
public:
    // The patterns for language ("nl", "fr", "en"). Without them installed (or for a
    // language without patterns) the text is returned unchanged: a column without
    // hyphens is still a column.
    explicit Hyphenator(const std::string& language);
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    bool ready() const { return dictionary_ != nullptr; }
    // text with a soft hyphen at each place a word may break.
    std::string soft_hyphens(const std::string& text) const;

private:
    struct Dictionary;
    Dictionary* dictionary_ = nullptr;
    bool latin1_ = false;  // the Dutch patterns are ISO-8859-1, the others UTF-8
};

// The soft hyphen, as UTF-8.
inline constexpr const char* soft_hyphen = "\xC2\xAD";

}  // namespace oogst
