#pragma once
// A store holds the workshop's secret key, the hub's pairing token, the device's signing
// key and the kiosk's PIN hash: only the account it belongs to may read it (issue 15).
// Its folder is 0700 and its files 0600, set when the store is made and checked on every
// open, so a store made before this rule, or copied with looser modes, is tightened the
// first time it opens. A file system without modes (a FAT stick) is left as it is.
#include <filesystem>

namespace oogst {

void keep_store_private(const std::filesystem::path& folder);

}  // namespace oogst
