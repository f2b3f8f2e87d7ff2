#pragma once
// A file a publication consists of: a PDF, an HTML page, or one of a gallery's images.
// Core makes the bytes; whoever writes them (the command line, the desk) writes them
// durably under the folder the facilitator chose, at path.
#include <string>

namespace oogst {

struct PublishedFile {
    std::string path;   // relative, with '/' between folders: "gallery/images/001.png"
    std::string bytes;
};

}  // namespace oogst
