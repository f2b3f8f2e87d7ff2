#pragma once
// Errors at the core's edge. A UserError is something the person at the keyboard can
// fix (wrong path, damaged file, full disk); its message is written for a facilitator,
// one sentence, no jargon. Anything else escaping the core is an internal failure.
#include <stdexcept>
#include <string>

namespace oogst {

class UserError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Raised while decoding bytes from a file or the network that do not follow the format.
class FormatError : public UserError {
public:
    using UserError::UserError;
};

}  // namespace oogst
