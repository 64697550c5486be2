// A budget of CPU time for one page, so that no page, however hostile,
// can keep a batch busy for long: extraction checks it between stages and
// the HTML parser every few thousand events.
//
// The clock is the calling thread's CPU time, not the wall clock: a page's
// fate does not depend on how busy the machine is, and pages extracted on
// other threads do not count. A Deadline is checked on the thread that
// created it.
#ifndef NEWSIFT_DEADLINE_H_
#define NEWSIFT_DEADLINE_H_

#include <chrono>
#include <cstdint>

namespace newsift {

class Deadline {
 public:
  // Never expires.
  Deadline() = default;
  // Expires once this thread has used `budget` more CPU time; a zero
  // budget never expires.
  explicit Deadline(std::chrono::milliseconds budget);

  // Reads the thread's CPU clock (a system call: check it every few
  // thousand steps, not every step).
  bool Expired() const;

  std::chrono::milliseconds budget() const { return budget_; }

 private:
  std::chrono::milliseconds budget_{0};
  int64_t expires_ns_ = 0;  // thread CPU time; 0: never
};

}  // namespace newsift

#endif  // NEWSIFT_DEADLINE_H_
