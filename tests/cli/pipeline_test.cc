#include "newsift/cli/pipeline.h"

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace newsift::cli {
namespace {

// Input i holds i % 3 pages named "i#p" (so some inputs have none).
class FakeReader : public input::PageReader {
 public:
  explicit FakeReader(size_t input) : input_(input) {}
  bool Next(input::SourcedPage* page) override {
    if (next_ == input_ % 3) return false;
    page->source = std::to_string(input_) + "#" + std::to_string(next_++);
    page->bytes = std::string("x");
    return true;
  }

 private:
  size_t input_;
  size_t next_ = 0;
};

// Pages take uneven times, so workers finish out of order.
PageOutcome SlowlyEcho(size_t input, input::SourcedPage page) {
  std::this_thread::sleep_for(std::chrono::microseconds((input * 7919 % 13) * 100));
  PageOutcome outcome;
  outcome.source = std::move(page.source);
  return outcome;
}

std::vector<std::string> RunAll(size_t inputs, unsigned jobs, PipelineHooks hooks) {
  std::vector<std::string> events;
  hooks.deliver = [&events](PipelineEvent event) {
    if (event.end) {
      events.push_back("end " + std::to_string(event.input) +
                       (event.status == InputStatus::kAbandoned ? " abandoned" : ""));
    } else {
      events.push_back(event.page.source + (event.page.abandoned ? " abandoned" : ""));
    }
  };
  RunPipeline(inputs, jobs, hooks);
  return events;
}

TEST(PipelineTest, InputOrderWhateverTheThreadCount) {
  PipelineHooks hooks;
  hooks.open = [](size_t i) {
    InputOpening opening;
    opening.reader = std::make_unique<FakeReader>(i);
    return opening;
  };
  hooks.process = SlowlyEcho;
  const std::vector<std::string> one = RunAll(40, 1, hooks);
  std::vector<std::string> want;
  for (size_t i = 0; i < 40; ++i) {
    for (size_t p = 0; p < i % 3; ++p) want.push_back(std::to_string(i) + "#" + std::to_string(p));
    want.push_back("end " + std::to_string(i));
  }
  EXPECT_EQ(one, want);
  EXPECT_EQ(RunAll(40, 4, hooks), want);
  EXPECT_EQ(RunAll(40, 16, hooks), want);
}

TEST(PipelineTest, InputsNotCountedInAdvanceEndWhenOpenSaysNoMore) {
  std::atomic<size_t> asked{0};
  PipelineHooks hooks;
  hooks.open = [&asked](size_t i) {
    ++asked;
    InputOpening opening;
    if (i == 7) {
      opening.no_more = true;
    } else {
      opening.reader = std::make_unique<FakeReader>(i);
    }
    return opening;
  };
  hooks.process = SlowlyEcho;
  std::vector<std::string> events;
  hooks.deliver = [&events](PipelineEvent event) {
    events.push_back(event.end ? "end " + std::to_string(event.input) : event.page.source);
  };
  RunPipeline(3, hooks);
  std::vector<std::string> want;
  for (size_t i = 0; i < 7; ++i) {
    for (size_t p = 0; p < i % 3; ++p) want.push_back(std::to_string(i) + "#" + std::to_string(p));
    want.push_back("end " + std::to_string(i));
  }
  EXPECT_EQ(events, want);
  EXPECT_EQ(asked.load(), 8u);  // never asked again after no_more
}

TEST(PipelineTest, InputsWithoutPagesEndAtOnce) {
  PipelineHooks hooks;
  hooks.open = [](size_t i) {
    InputOpening opening;
    opening.status = i == 1 ? InputStatus::kFailed : InputStatus::kUpToDate;
    if (i == 1) opening.error = Error{ErrorCode::kIo, "No such file or directory"};
    return opening;
  };
  hooks.process = SlowlyEcho;
  std::vector<InputStatus> statuses;
  hooks.deliver = [&statuses](PipelineEvent event) {
    ASSERT_TRUE(event.end);
    statuses.push_back(event.status);
    EXPECT_EQ(event.error.has_value(), event.input == 1);
  };
  RunPipeline(3, 2, hooks);
  EXPECT_EQ(statuses, (std::vector<InputStatus>{InputStatus::kUpToDate, InputStatus::kFailed,
                                                InputStatus::kUpToDate}));
}

TEST(PipelineTest, StopEndsStartedInputsAndStartsNoMore) {
  std::atomic<bool> stop{false};
  std::atomic<size_t> opened{0};
  PipelineHooks hooks;
  hooks.open = [&opened](size_t i) {
    ++opened;
    InputOpening opening;
    opening.reader = std::make_unique<FakeReader>(i);
    return opening;
  };
  hooks.process = [&stop](size_t input, input::SourcedPage page) {
    if (input == 10) stop = true;  // as if Ctrl-C came now
    return SlowlyEcho(input, std::move(page));
  };
  hooks.should_stop = [&stop] { return stop.load(); };
  const std::vector<std::string> events = RunAll(1000, 2, hooks);
  EXPECT_LT(opened.load(), 1000u);
  ASSERT_FALSE(events.empty());
  // Every input that was started has its end, and the last one is last.
  size_t ends = 0;
  for (const std::string& e : events) ends += e.rfind("end ", 0) == 0 ? 1 : 0;
  EXPECT_EQ(ends, opened.load());
  EXPECT_EQ(events.back().rfind("end ", 0), 0u) << events.back();
  // Input 10's page was processed before the stop was seen.
  EXPECT_NE(std::find(events.begin(), events.end(), "10#0"), events.end());
}

TEST(PipelineTest, ExceptionReachesTheCaller) {
  PipelineHooks hooks;
  hooks.open = [](size_t i) {
    InputOpening opening;
    opening.reader = std::make_unique<FakeReader>(i);
    return opening;
  };
  hooks.process = [](size_t input, input::SourcedPage page) -> PageOutcome {
    if (input == 20) throw std::runtime_error("bug on page 20");
    return SlowlyEcho(input, std::move(page));
  };
  hooks.deliver = [](PipelineEvent) {};
  EXPECT_THROW(RunPipeline(500, 3, hooks), std::runtime_error);
}

TEST(PipelineTest, TicksWhileAPageIsSlow) {
  std::atomic<int> ticks{0};
  PipelineHooks hooks;
  hooks.open = [](size_t) {
    InputOpening opening;
    opening.reader = std::make_unique<FakeReader>(1);
    return opening;
  };
  hooks.process = [](size_t, input::SourcedPage page) {
    std::this_thread::sleep_for(std::chrono::milliseconds(350));
    PageOutcome outcome;
    outcome.source = std::move(page.source);
    return outcome;
  };
  hooks.tick = [&ticks] { ++ticks; };
  RunAll(1, 1, hooks);
  EXPECT_GE(ticks.load(), 2);
}

}  // namespace
}  // namespace newsift::cli
