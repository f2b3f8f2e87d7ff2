#pragma once
// Raised when the machine cannot give the app what it needs (no display, no OpenGL, a
// missing system font): a problem with the installation, not with the user's data.
#include <stdexcept>

namespace oogst::platform {

class PlatformError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace oogst::platform
