#pragma once
// The ambassador's round timer: counts down a round's minutes, can pause and resume.
// Time is passed in (seconds on any steady clock), so it is tested without waiting.
namespace oogst {

class RoundTimer {
public:
    void set(double seconds);  // stopped, full time
    void start(double now);
    void pause(double now);
    void reset();  // back to the full time, stopped

    bool running() const { return running_; }
    double total() const { return total_; }
    double remaining(double now) const;
    // 0 at the start, 1 when the time is up.
    double elapsed_fraction(double now) const;
    bool finished(double now) const { return total_ > 0 && remaining(now) <= 0; }

private:
    double total_ = 0;
    double left_at_start_ = 0;  // what remained when it was last started or paused
    double started_at_ = 0;
    bool running_ = false;
};

}  // namespace oogst
