#pragma once
// A small JSON writer that produces one exact byte sequence for one value: no
// whitespace choices, shortest round-trip numbers, fixed escaping.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace oogst {

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(double number);
    JsonWriter& value(bool flag);
    // A field whose value is an array of texts: "dates": ["2026-12-04"].
    JsonWriter& texts(std::string_view name, const std::vector<std::string>& list);

    template <class T>
    JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
            return value(static_cast<std::int64_t>(v));
        else if constexpr (std::is_floating_point_v<T>)
            return value(static_cast<double>(v));
        else
            return value(v);
    }

    const std::string& text() const { return out_; }
    std::string take() { return std::move(out_); }

private:
    void separate();
    std::string out_;
    bool need_comma_ = false;
};

}  // namespace oogst
