#pragma once
// Checks an operation from elsewhere (a bundle, a join file) before it is stored: its
// kind is known, its payload decodes and its texts are valid UTF-8 without stray
// control characters (issue 15, input hygiene). Returns what an import needs to know of it.
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

// How the texts of the operation are held to the rules of core/model/text_rules.hpp.
enum class TextCheck {
    strict,     // from elsewhere (a member's bundle, a join file): invalid UTF-8, or a
                // control character in a name, refuses the operation
    as_stored,  // this store's own, possibly older operations: read as they are
};

// Throws FormatError naming what is wrong.
OperationFacts check_operation(const Operation& op, TextCheck texts = TextCheck::strict);

}  // namespace oogst
