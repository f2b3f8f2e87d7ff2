#pragma once
// A last-writer-wins register: keeps the value of the operation that is last in
// write_order(), whatever order the operations arrive in. This is what makes the fold
// commutative and idempotent.
#include <cstdint>
#include <string>
#include <tuple>

#include "core/model/operation.hpp"

namespace oogst {

struct WriteOrder {
    Stamp stamp;
    std::string device;
    std::uint64_t sequence = 0;

    static WriteOrder of(const Operation& op) { return {op.stamp, op.id.device, op.id.sequence}; }
    auto operator<=>(const WriteOrder&) const = default;
};

template <class T>
class LastWriterWins {
public:
    // Returns true when this write wins over what the register held.
    bool offer(T value, const Operation& op) {
        auto order = WriteOrder::of(op);
        if (written_ && !(written_order_ < order)) return false;
        value_ = std::move(value);
        written_order_ = std::move(order);
        written_ = true;
        return true;
    }
    bool written() const { return written_; }
    const T& value() const { return value_; }
    const WriteOrder& order() const { return written_order_; }

private:
    T value_{};
    WriteOrder written_order_;
    bool written_ = false;
};

}  // namespace oogst
