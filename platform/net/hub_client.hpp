#pragma once
// A device's side of the hub: pushing what the facilitator does not yet have, and
// fetching the join file with the short join code. Used by 'oogst-cli push' and the
// device's Harvest screen, which runs push() on a background thread:
//
//     auto result = push_to_hub(store, "", [&](const PushProgress& p) { /* store p atomically */ });
//     if (result.ok()) ... result.receipt->held_through ...; else show tr(problem key) + result.error
//
// push_to_hub never throws for a network or hub problem: the result says what went
// wrong in one sentence. The store is only read, apart from saving the receipt, and the
// receipt is saved only after receipt_is_genuine: a stranger posing as the hub cannot
// make a tablet believe its captures are safe, neither by a receipt nor by answering
// that it holds everything already (that too needs a genuine receipt covering the
// device's newest operation). A hub busy with other pushes (503) is tried again twice.
// The store must not be used by another thread meanwhile (open a second Store on the
// same folder for the push thread).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/errors.hpp"
#include "core/harvest/join_file.hpp"
#include "core/harvest/receipt.hpp"

namespace oogst {
class Store;
}

namespace oogst::platform {

struct PushProgress {
    enum class Stage { offering, sending, waiting_for_receipt, done };
    Stage stage = Stage::offering;
    std::uint64_t bytes_sent = 0, bytes_total = 0;  // of the bundle, during sending

    // 0..1 over the whole push: the offer and the receipt take little, sending the most.
    double fraction() const;
};
using PushProgressCallback = std::function<void(const PushProgress&)>;

struct PushResult {
    // What went wrong, for a screen to say in the person's own language.
    enum class Problem {
        none,
        not_joined,     // this store has joined no workshop
        no_hub,         // no address given and the join file named none
        bad_address,    // the address is not an http address
        unreachable,    // nobody answered at the address
        not_member,     // 403: the hub does not know this device
        revoked,        // 403: the facilitator revoked this device (its work stays on it)
        other_workshop, // 409: the hub serves another workshop
        too_large,      // 413: export to a USB stick instead
        rejected,       // 400: the hub refused the bundle; error holds its reason
        not_genuine,    // the answer was not signed by this workshop's facilitator
        failed,         // anything else: error says what
    };
    Problem problem = Problem::none;
    std::string error;  // one sentence, English (the command line prints it)
    std::string hub;    // the address used
    std::optional<Receipt> receipt;  // saved in the store when ok()
    std::uint64_t operations_sent = 0, blobs_sent = 0, bytes_sent = 0;
    bool nothing_new = false;  // nothing was sent: nothing unacknowledged, or a genuine receipt covers it all

    bool ok() const { return problem == Problem::none; }
};

// hub: an address such as "http://192.168.1.20:8620"; empty uses the hub named in the
// workshop's join file. timeout_seconds bounds connecting and each read or write.
PushResult push_to_hub(Store& device, const std::string& hub, const PushProgressCallback& progress = {},
                       int timeout_seconds = 10);

// Why joining with a code did not work. The kind lets a screen say it in the person's
// own language; what() is the English sentence for the command line.
class JoinError : public UserError {
public:
    enum class Problem {
        malformed_code,  // not 8 letters and digits
        bad_address,     // the hub's address is not an http address
        unreachable,     // nobody answered at the address
        wrong_code,      // the hub knows no such code
        too_many_tries,  // the hub makes this device wait after wrong codes
        refused,         // the hub said no for another reason (what() holds it)
        not_genuine,     // the answer is not the facilitator's join file: do not join
    };
    JoinError(Problem problem, const std::string& sentence) : UserError(sentence), problem_(problem) {}
    Problem problem() const { return problem_; }

private:
    Problem problem_;
};

// Fetches the join file the hub serves for its short join code. The code never
// travels: the hub is asked by join_code_lookup(code) and answers the join file sealed
// for the code, which is then checked to be the one the code covers (its keys), and,
// when key_fingerprint_seen is given (the key= of the QR code's link), that its public
// key has that fingerprint. Throws JoinError with one sentence: unreachable, wrong code,
// too many wrong codes, not a join file, or a join file that is not the facilitator's.
JoinFile fetch_join_file(const std::string& hub, const std::string& code, int timeout_seconds = 10,
                         const std::string& key_fingerprint_seen = {});

}  // namespace oogst::platform
