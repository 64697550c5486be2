#include "newsift/cli/pipeline.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace newsift::cli {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kTickInterval = std::chrono::milliseconds(100);

class Pipeline {
 public:
  Pipeline(size_t inputs, unsigned jobs, const PipelineHooks& hooks)
      : inputs_(inputs), jobs_(jobs == 0 ? 1 : jobs), window_(4 * jobs_ + 4), hooks_(hooks) {}

  void Run() {
    std::vector<std::thread> threads;
    threads.reserve(jobs_ + 1);
    threads.emplace_back([this] { ReadInputs(); });
    for (unsigned i = 0; i < jobs_; ++i) threads.emplace_back([this] { Work(); });
    try {
      Deliver();
    } catch (...) {
      Halt(std::current_exception());
    }
    {
      // On a halt the reader and workers still finish (abandoning what
      // is left); drain their events so none waits for room.
      std::unique_lock lock(mu_);
      while (!(reader_done_ && queue_.empty() && running_ == 0)) {
        ready_cv_.wait_for(lock, kTickInterval);
        while (!slots_.empty() && slots_.front().ready) PopFront();
      }
    }
    for (std::thread& thread : threads) thread.join();
    if (error_) std::rethrow_exception(error_);
  }

 private:
  struct Slot {
    PipelineEvent event;
    input::SourcedPage page;  // until a worker takes it
    bool ready = false;
  };

  bool Stopping() {
    if (halted_.load(std::memory_order_relaxed)) return true;
    return hooks_.should_stop && hooks_.should_stop();
  }

  void Halt(std::exception_ptr error) {
    {
      std::lock_guard lock(mu_);
      if (error && !error_) error_ = error;
    }
    halted_.store(true);
    WakeAll();
  }

  void WakeAll() {
    room_cv_.notify_all();
    work_cv_.notify_all();
    ready_cv_.notify_all();
  }

  void PopFront() {
    slots_.pop_front();
    ++first_seq_;
    if (slots_.size() == RefillLevel()) room_cv_.notify_one();
  }

  // A reader that found the window full sleeps until it is half empty,
  // then refills it in one go: one wake-up per several pages, not one
  // per page (each costs a context switch on a core the workers need).
  size_t RefillLevel() const { return window_ / 2; }

  // Waits for room in the window; false when the run is stopping.
  bool WaitForRoom(std::unique_lock<std::mutex>& lock) {
    if (slots_.size() >= window_) {
      room_cv_.wait(lock, [this] { return slots_.size() <= RefillLevel() || Stopping(); });
    }
    return !Stopping();
  }

  void PushEnd(size_t input, InputStatus status, std::optional<Error> error) {
    std::unique_lock lock(mu_);
    Slot slot;
    slot.event.input = input;
    slot.event.end = true;
    slot.event.status = status;
    slot.event.error = std::move(error);
    slot.ready = true;
    // An end event is small: it may exceed the window rather than wait,
    // so that a stopping run still ends its inputs.
    slots_.push_back(std::move(slot));
    if (slots_.size() == 1) ready_cv_.notify_one();
  }

  // Reader thread.
  void ReadInputs() {
    try {
      for (size_t input = 0; input < inputs_ && !Stopping(); ++input) {
        {
          std::unique_lock lock(mu_);
          if (!WaitForRoom(lock)) break;
        }
        InputOpening opening = hooks_.open(input);
        if (opening.no_more) break;
        if (!opening.reader) {
          PushEnd(input, opening.status, std::move(opening.error));
          continue;
        }
        InputStatus status = InputStatus::kDone;
        for (;;) {
          {
            std::unique_lock lock(mu_);
            if (!WaitForRoom(lock)) {
              status = InputStatus::kAbandoned;
              break;
            }
          }
          input::SourcedPage page;
          if (!opening.reader->Next(&page)) break;
          std::lock_guard lock(mu_);
          Slot slot;
          slot.event.input = input;
          slot.page = std::move(page);
          slots_.push_back(std::move(slot));
          queue_.push_back(first_seq_ + slots_.size() - 1);
          work_cv_.notify_one();
        }
        PushEnd(input, status, std::nullopt);
      }
    } catch (...) {
      Halt(std::current_exception());
    }
    std::lock_guard lock(mu_);
    reader_done_ = true;
    WakeAll();
  }

  // Worker threads.
  void Work() {
    std::unique_lock lock(mu_);
    for (;;) {
      work_cv_.wait(lock, [this] { return !queue_.empty() || reader_done_; });
      if (queue_.empty()) return;
      const uint64_t seq = queue_.front();
      queue_.pop_front();
      ++running_;
      Slot& taken = slots_[seq - first_seq_];
      const size_t input = taken.event.input;
      input::SourcedPage page = std::move(taken.page);
      lock.unlock();

      PageOutcome outcome;
      if (Stopping()) {
        outcome.source = std::move(page.source);
        outcome.abandoned = true;
      } else {
        try {
          outcome = hooks_.process(input, std::move(page));
        } catch (...) {
          outcome.abandoned = true;
          Halt(std::current_exception());
        }
      }

      lock.lock();
      --running_;
      Slot& slot = slots_[seq - first_seq_];  // still there: not ready yet
      slot.event.page = std::move(outcome);
      slot.ready = true;
      if (seq == first_seq_) ready_cv_.notify_one();
      if (reader_done_ && queue_.empty() && running_ == 0) ready_cv_.notify_all();
    }
  }

  // Calling thread.
  void Deliver() {
    Clock::time_point next_tick = Clock::now() + kTickInterval;
    std::unique_lock lock(mu_);
    for (;;) {
      ready_cv_.wait_until(lock, next_tick, [this] {
        return (!slots_.empty() && slots_.front().ready) || (reader_done_ && slots_.empty());
      });
      if (!slots_.empty() && slots_.front().ready) {
        PipelineEvent event = std::move(slots_.front().event);
        PopFront();
        lock.unlock();
        hooks_.deliver(std::move(event));
        lock.lock();
      } else if (reader_done_ && slots_.empty()) {
        break;
      }
      if (Clock::now() >= next_tick) {
        lock.unlock();
        // A signal sets the stop flag without waking anyone: pass it on.
        if (Stopping()) WakeAll();
        if (hooks_.tick) hooks_.tick();
        next_tick = Clock::now() + kTickInterval;
        lock.lock();
      }
    }
  }

  const size_t inputs_;
  const unsigned jobs_;
  const size_t window_;
  const PipelineHooks& hooks_;

  std::mutex mu_;
  std::condition_variable room_cv_;   // reader: the window has room
  std::condition_variable work_cv_;   // workers: a page is queued
  std::condition_variable ready_cv_;  // caller: the front event is ready
  std::deque<Slot> slots_;            // events in input order, undelivered
  uint64_t first_seq_ = 0;            // sequence number of slots_.front()
  std::deque<uint64_t> queue_;        // pages waiting for a worker
  unsigned running_ = 0;              // pages being processed
  bool reader_done_ = false;
  std::atomic<bool> halted_{false};
  std::exception_ptr error_;
};

}  // namespace

void RunPipeline(size_t inputs, unsigned jobs, const PipelineHooks& hooks) {
  Pipeline pipeline(inputs, jobs, hooks);
  pipeline.Run();
}

void RunPipeline(unsigned jobs, const PipelineHooks& hooks) {
  RunPipeline(std::numeric_limits<size_t>::max(), jobs, hooks);
}

}  // namespace newsift::cli
