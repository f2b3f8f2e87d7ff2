#pragma once
// Checks an operation from elsewhere (a bundle, a join file) before it is stored: its
// kind is known and its payload decodes. Returns what an import needs to know of it.
#include <string>
#include <vector>

#include "core/model/operation.hpp"

namespace oogst {

struct OperationFacts {
    std::string session_id;  // for session operations and new captures
    std::string capture_id;  // for capture and vote operations
    bool adds_capture = false;
    std::vector<std::string> blobs;  // blob hashes the operation refers to
};

// Throws FormatError naming what is wrong.
OperationFacts check_operation(const Operation& op);

}  // namespace oogst
