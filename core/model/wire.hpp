#pragma once
// The byte format of operation payloads: cereal portable binary, little-endian,
// fixed-width integers, a class version on every type.
//
// Payloads may come from a bundle someone else made, so decoding never trusts a length:
// cereal would resize a string to whatever size the bytes claim before reading it. Every
// string and list therefore goes through text()/list() below, which read a 32-bit count
// and refuse it when it is larger than the bytes that were handed to decode().
#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>

#include <cstdint>
#include <exception>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"
#include "core/model/text_rules.hpp"

namespace oogst::wire {

// Bytes in the payload now being decoded: an upper bound for any count inside it.
inline thread_local std::size_t decode_limit = 0;

inline void require_version(std::uint32_t version, std::uint32_t known, const char* what) {
    if (version != known)
        throw FormatError(std::string("this file was made by a newer Oogst (") + what + " version " +
                          std::to_string(version) + ")");
}

// For a type that grew: every version from oldest to newest is read.
inline void require_version_range(std::uint32_t version, std::uint32_t oldest, std::uint32_t newest, const char* what) {
    if (version < oldest || version > newest) require_version(version, newest, what);
}

inline std::uint32_t checked_count(std::uint32_t count, std::size_t min_bytes_each) {
    if (static_cast<std::uint64_t>(count) * min_bytes_each > decode_limit)
        throw FormatError("a length inside the data is larger than the data itself");
    return count;
}

template <class Archive>
void text(Archive& ar, std::string& s) {
    if constexpr (Archive::is_loading::value) {
        std::uint32_t size = 0;
        ar(size);
        s.resize(checked_count(size, 1));
        if (size) ar(cereal::binary_data(s.data(), size));
    } else {
        const auto size = static_cast<std::uint32_t>(s.size());
        ar(size);
        if (size) ar(cereal::binary_data(s.data(), size));
    }
}

// While true on this thread, line() and lines() refuse what text_rules.hpp does not
// allow (a FormatError); check_operation turns it on for operations from elsewhere. The
// fold leaves it off, so a store with older, uglier texts still opens.
inline thread_local bool check_texts = false;

struct CheckTexts {
    bool saved = check_texts;
    explicit CheckTexts(bool on) { check_texts = on; }
    ~CheckTexts() { check_texts = saved; }
    CheckTexts(const CheckTexts&) = delete;
    CheckTexts& operator=(const CheckTexts&) = delete;
};

// A person's text, as the payloads hold them (text() stays for bytes, such as keys).
// Read from elsewhere, it is refused when it breaks the rules for its shape; written, it
// is cleaned first (clean_text), so whatever a screen, a paste or an import hands the
// store is stored as valid UTF-8 without stray control characters.
template <class Archive>
void shaped_text(Archive& ar, std::string& s, TextShape shape) {
    if constexpr (Archive::is_loading::value) {
        text(ar, s);
        if (!check_texts) return;
        switch (text_fault(s, shape)) {
            case TextFault::none: return;
            case TextFault::not_utf8: throw FormatError("a text in it is not valid UTF-8");
            case TextFault::control_character:
                throw FormatError(shape == TextShape::line ? "a name or title in it holds a control character"
                                                           : "a text in it holds a control character");
        }
    } else {
        if (text_fault(s, shape) == TextFault::none) {
            text(ar, s);
        } else {
            std::string cleaned = clean_text(s, shape);
            text(ar, cleaned);
        }
    }
}

// A name, a title, an id: one line.
template <class Archive>
void line(Archive& ar, std::string& s) {
    shaped_text(ar, s, TextShape::line);
}

// A note, a description: line breaks and tabs allowed.
template <class Archive>
void lines(Archive& ar, std::string& s) {
    shaped_text(ar, s, TextShape::lines);
}

// A list of serializable items that each take at least min_bytes_each bytes on the wire.
template <class Archive, class T>
void list(Archive& ar, std::vector<T>& items, std::size_t min_bytes_each) {
    if constexpr (Archive::is_loading::value) {
        std::uint32_t count = 0;
        ar(count);
        items.clear();
        items.resize(checked_count(count, min_bytes_each));
        for (auto& item : items) ar(item);
    } else {
        ar(static_cast<std::uint32_t>(items.size()));
        for (auto& item : items) ar(item);
    }
}

// A list of one-line texts (dates, languages, partners), each read through line():
// cereal's own std::string would trust the size it reads.
template <class Archive>
void texts(Archive& ar, std::vector<std::string>& items) {
    if constexpr (Archive::is_loading::value) {
        std::uint32_t count = 0;
        ar(count);
        items.clear();
        items.resize(checked_count(count, 4));
    } else {
        ar(static_cast<std::uint32_t>(items.size()));
    }
    for (auto& item : items) line(ar, item);
}

// A yes or no: one byte on the wire, as cereal writes a bool, but read as a byte and
// checked, because a bool holding anything but 0 or 1 (a damaged or hostile bundle) is
// undefined. what names it in the error ("a consent is neither given nor refused").
template <class Archive>
void yes_no(Archive& ar, bool& value, const char* what) {
    std::uint8_t byte = value ? 1 : 0;
    ar(byte);
    if (byte > 1) throw FormatError(what);
    value = byte == 1;
}

using OutputArchive = cereal::PortableBinaryOutputArchive;
using InputArchive = cereal::PortableBinaryInputArchive;

template <class T>
std::string encode(const T& value) {
    std::ostringstream out(std::ios::binary);
    {
        OutputArchive archive(out, OutputArchive::Options::LittleEndian());
        archive(value);
    }
    return std::move(out).str();
}

// Reads bytes in place: decoding is on the path of every operation folded, so it
// should not copy the payload into a string stream first.
class ByteSource : public std::streambuf {
public:
    explicit ByteSource(std::string_view bytes) {
        char* begin = const_cast<char*>(bytes.data());
        setg(begin, begin, begin + bytes.size());
    }
};

// Decodes bytes into T; any malformation becomes a FormatError with a plain message.
template <class T>
T decode(std::string_view bytes) {
    struct LimitScope {
        std::size_t saved = decode_limit;
        ~LimitScope() { decode_limit = saved; }
    } scope;
    decode_limit = bytes.size();
    T value{};
    // One stream per thread, pointed at each payload in turn: constructing a std::istream
    // (its locale) costs more than decoding a small payload, and an import decodes
    // hundreds of thousands of them.
    thread_local std::istream reused(nullptr);
    thread_local bool in_use = false;
    std::optional<std::istream> own;
    std::istream& in = in_use ? own.emplace(nullptr) : reused;
    struct Release {
        std::istream& in;
        bool mine;
        ~Release() {
            in.rdbuf(nullptr);
            if (mine) in_use = false;
        }
    } release{in, !in_use};
    in_use = true;
    try {
        ByteSource source(bytes);
        in.rdbuf(&source);
        in.clear();
        InputArchive archive(in, InputArchive::Options::LittleEndian());
        archive(value);
        if (in.peek() != std::char_traits<char>::eof())
            throw FormatError("there are unexpected bytes after the data");
    } catch (const FormatError&) {
        throw;
    } catch (const std::exception&) {
        throw FormatError("the data is cut short or damaged");
    }
    return value;
}

}  // namespace oogst::wire
