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

// The store could not do what was asked, for a reason the person can act on. The kind
// lets a screen say it in the person's own language; what() is the English sentence
// for the command line and logs.
enum class StoreProblem { full, cannot_write, damaged, busy, input_output, other };

class StoreError : public UserError {
public:
    StoreError(StoreProblem problem, std::string folder, const std::string& sentence)
        : UserError(sentence), problem_(problem), folder_(std::move(folder)) {}
    StoreProblem problem() const { return problem_; }
    const std::string& folder() const { return folder_; }

private:
    StoreProblem problem_;
    std::string folder_;
};

// A table acted on a capture that no longer exists: deleted on another device and
// merged in meanwhile.
class CaptureGone : public UserError {
public:
    CaptureGone() : UserError("this note no longer exists; it may have been deleted elsewhere") {}
};

// The facilitator acted on a key that no longer exists (deleted, or merged into another,
// on a second laptop meanwhile), or gave a key no name. ThemeProblem says which.
enum class ThemeProblem { gone, no_name, same_theme, bad_colour };

class ThemeError : public UserError {
public:
    explicit ThemeError(ThemeProblem problem)
        : UserError(problem == ThemeProblem::gone      ? "this key no longer exists; it may have been deleted or merged elsewhere"
                    : problem == ThemeProblem::no_name    ? "a key needs a name"
                    : problem == ThemeProblem::bad_colour ? "a key's colour is written as #rrggbb, for example #2f6b3f"
                                                          : "a key cannot be merged into itself"),
          problem_(problem) {}
    ThemeProblem problem() const { return problem_; }

private:
    ThemeProblem problem_;
};

// The roadmap refused a change (core/roadmap): RoadmapProblem says why, so a
// screen can say it in the person's language; nothing is stored.
enum class RoadmapProblem {
    gone,           // the item no longer exists (deleted on a second laptop meanwhile)
    no_title,       // an initiative or case without a title, an action without what, an actor without a name
    no_key,         // an initiative for a key that does not exist
    no_initiative,  // an action for an initiative that does not exist
    no_actor,       // a link to an actor that does not exist or was deleted
    same_actor,     // a link from an actor to itself
    bad_year,       // a horizon that is not a year between 2000 and 2200
    bad_date,       // a date not written as 2027-03-01
    no_capture,     // evidence that names no capture of the workshop
};

class RoadmapError : public UserError {
public:
    explicit RoadmapError(RoadmapProblem problem) : UserError(sentence(problem)), problem_(problem) {}
    RoadmapProblem problem() const { return problem_; }

private:
    static const char* sentence(RoadmapProblem problem) {
        switch (problem) {
            case RoadmapProblem::gone: return "this no longer exists; it may have been deleted elsewhere";
            case RoadmapProblem::no_title: return "it needs a title (an action: what is to be done; an actor: a name)";
            case RoadmapProblem::no_key: return "there is no key with that id";
            case RoadmapProblem::no_initiative: return "an action belongs to an initiative, and there is no initiative with that id";
            case RoadmapProblem::no_actor: return "a link joins two actors of the map, and one of them does not exist";
            case RoadmapProblem::same_actor: return "a link joins two different actors";
            case RoadmapProblem::bad_year: return "a horizon is a year between 2000 and 2200, for example 2030";
            case RoadmapProblem::bad_date: return "a date is written as year-month-day, for example 2027-03-01";
            case RoadmapProblem::no_capture: return "there is no capture with that id in this workshop";
        }
        return "this change was refused";
    }
    RoadmapProblem problem_;
};

// A score given to a capture on a board the method does not score (its template's
// voting names the boards that are).
class NotScored : public UserError {
public:
    NotScored() : UserError("notes on this board are not scored in this method") {}
};

// Raised while decoding bytes from a file or the network that do not follow the format.
class FormatError : public UserError {
public:
    using UserError::UserError;
};

}  // namespace oogst
