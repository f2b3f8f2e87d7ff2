#pragma once
// Reads fixed-width little-endian fields from bytes that came from elsewhere. Every read
// first checks that the bytes are there, so a length claiming gigabytes fails with a
// sentence instead of an allocation.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "core/errors.hpp"

namespace oogst {

class ByteReader {
public:
    ByteReader(std::string_view bytes, const char* what) : bytes_(bytes), what_(what) {}

    std::size_t left() const { return bytes_.size() - at_; }
    std::size_t position() const { return at_; }
    bool done() const { return at_ == bytes_.size(); }

    std::string_view take(std::uint64_t count) {
        if (count > left())
            throw FormatError(std::string(what_) + " is cut short or a length inside it is wrong (it needs " +
                              std::to_string(count) + " bytes where " + std::to_string(left()) + " are left)");
        const auto piece = bytes_.substr(at_, count);
        at_ += count;
        return piece;
    }

    template <class Integer>
    Integer integer() {
        const auto piece = take(sizeof(Integer));
        std::make_unsigned_t<Integer> value = 0;
        for (std::size_t i = 0; i < sizeof(Integer); ++i)
            value |= static_cast<std::make_unsigned_t<Integer>>(static_cast<unsigned char>(piece[i])) << (8 * i);
        return static_cast<Integer>(value);
    }

    // A u32 length, then that many bytes.
    std::string_view sized() { return take(integer<std::uint32_t>()); }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
    const char* what_;
};

class ByteWriter {
public:
    template <class Integer>
    void integer(Integer value) {
        auto raw = static_cast<std::make_unsigned_t<Integer>>(value);
        for (std::size_t i = 0; i < sizeof(Integer); ++i) out_.push_back(static_cast<char>(raw >> (8 * i)));
    }
    void raw(std::string_view bytes) { out_.append(bytes); }
    void sized(std::string_view bytes) {
        integer(static_cast<std::uint32_t>(bytes.size()));
        raw(bytes);
    }
    std::string& bytes() { return out_; }

private:
    std::string out_;
};

}  // namespace oogst
