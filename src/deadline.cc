#include "newsift/deadline.h"

#include <time.h>

namespace newsift {
namespace {

int64_t ThreadCpuNanoseconds() {
  timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
  return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

}  // namespace

Deadline::Deadline(std::chrono::milliseconds budget) : budget_(budget) {
  if (budget.count() > 0) expires_ns_ = ThreadCpuNanoseconds() + budget.count() * 1'000'000;
}

bool Deadline::Expired() const { return expires_ns_ != 0 && ThreadCpuNanoseconds() >= expires_ns_; }

}  // namespace newsift
