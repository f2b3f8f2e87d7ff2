#pragma once
// libsodium reads and writes unsigned char; Oogst keeps bytes in std::string. One cast,
// written once.
#include <string>
#include <string_view>

namespace oogst {

inline const unsigned char* bytes_of(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
inline unsigned char* bytes_of(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

}  // namespace oogst
