#include "newsift/cli/run.h"

#include <errno.h>
#include <sched.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "newsift/cli/atomic_file.h"
#include "newsift/cli/folder_walk.h"
#include "newsift/cli/open_input.h"
#include "newsift/cli/pipeline.h"
#include "newsift/cli/plan.h"
#include "newsift/cli/progress.h"
#include "newsift/cli/writer.h"

namespace newsift::cli {
namespace {

using Clock = std::chrono::steady_clock;

// A name fit for a terminal line: control characters (a newline in a
// file name, escape sequences in a WARC URI) become "?".
std::string Printable(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  }
  return out;
}

// `b` (an output, often not there yet) is looked at first: on a first
// run it does not exist, and `a` need not be.
bool SameFile(const char* a, const std::string& b) {
  struct stat sa;
  struct stat sb;
  return ::stat(b.c_str(), &sb) == 0 && ::stat(a, &sa) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

bool DiskIsFull(int error) { return error == ENOSPC || error == EDQUOT || error == EROFS; }

// One run's state on the calling thread: counts, the outputs being
// written, failure reports.
class Runner {
 public:
  Runner(const Options& options, const RunContext& context, Plan plan)
      : options_(options),
        context_(context),
        plan_(std::move(plan)),
        progress_(context.err),
        stream_(options.format, options.body_only,
                plan_.several ? Several::kYes : Several::kUnknown) {
    // A walked folder is counted only for the progress line's total and
    // ETA: a second walk, which a run without it need not wait for.
    const bool progress = options.progress && !options.quiet;
    counts_.inputs_total = plan_.walk && !progress ? 0 : plan_.CountInputs();
    limits_.max_page_bytes = options.extract.max_input_bytes;
  }

  ExitStatus Run() {
    const Clock::time_point start = Clock::now();
    PipelineHooks hooks;
    hooks.open = [this](size_t) { return Open(); };
    hooks.process = [this](size_t i, input::SourcedPage page) {
      return Process(i, std::move(page));
    };
    hooks.deliver = [this](PipelineEvent event) { Deliver(std::move(event)); };
    hooks.tick = [this, start] {
      if (options_.progress && !options_.quiet) {
        progress_.Show(FormatProgress(counts_, Seconds(start)));
      }
    };
    hooks.should_stop = [this] {
      return halt_.load(std::memory_order_relaxed) ||
             (context_.stop != nullptr && context_.stop->load(std::memory_order_relaxed));
    };
    unsigned jobs = options_.jobs == 0 ? DefaultJobs() : options_.jobs;
    RunPipeline(std::min(jobs, 256u), hooks);

    progress_.Clear();
    if (!options_.output_dir) WriteOut(stream_.Finish());
    // Only a signal makes a run "interrupted"; a halt on a full disk is a
    // failure (exit 1), its abandoned pages left for the next run.
    counts_.interrupted = context_.stop != nullptr && context_.stop->load();
    WriteFailureList();
    const bool batch = plan_.several || options_.output_dir.has_value();
    if (batch && !options_.quiet) {
      fmt::print(context_.err, "newsift: {}", FormatSummary(counts_, Seconds(start)));
    }
    std::fflush(context_.err);
    if (counts_.interrupted) return ExitStatus::kInterrupted;
    return counts_.failed == 0 && !halt_ ? ExitStatus::kOk : ExitStatus::kSomeFailed;
  }

 private:
  static double Seconds(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  }

  // Reader thread: takes the next input from the plan.
  InputOpening Open() {
    InputOpening opening;
    RunInput next;
    if (!plan_.Next(&next)) {
      opening.no_more = true;
      return opening;
    }
    const RunInput* live;
    {
      std::lock_guard lock(live_mu_);
      live = &live_.emplace_back(std::move(next));
    }
    std::optional<std::string> output;
    if (plan_.output && !options_.force && !live->error) output = OutputOf(*live);
    return OpenInput(*live, output, context_.open_pages, limits_);
  }

  // An input taken by Open() and not yet ended: its element stays put
  // (a deque keeps its elements in place as the ends grow and shrink)
  // until Retire() after its end event.
  const RunInput& Live(size_t i) {
    std::lock_guard lock(live_mu_);
    return live_[i - live_first_];
  }

  void Retire(size_t i) {
    std::lock_guard lock(live_mu_);
    if (i == live_first_ && !live_.empty()) {
      live_.pop_front();
      ++live_first_;
    }
  }

  // Worker threads.
  PageOutcome Process(size_t i, input::SourcedPage sourced) {
    const RunInput& planned = Live(i);
    PageOutcome outcome;
    outcome.source = std::move(sourced.source);
    if (!sourced.bytes.ok()) {
      outcome.error = sourced.bytes.error();
      return outcome;
    }
    // A record of a container found in a folder (an image in a WARC) is
    // skipped as silently as an image file beside the pages.
    if (planned.walked && outcome.source != planned.path && !LooksLikePage(sourced.bytes.value())) {
      outcome.not_page = true;
      return outcome;
    }
    PageInput page;
    page.bytes = sourced.bytes.value();
    page.source = outcome.source;
    page.url = std::move(sourced.url);
    page.charset = std::move(sourced.charset);
    if (options_.explain) {
      Result<std::string> explanation = ExplainPage(page, options_.extract);
      if (explanation.ok()) {
        outcome.explain = std::move(explanation).value();
      } else {
        outcome.error = explanation.error();
      }
      return outcome;
    }
    Result<Article> article = ExtractPage(page, options_.extract);
    if (article.ok()) {
      outcome.article = std::move(article).value();
    } else {
      outcome.error = article.error();
    }
    return outcome;
  }

  // Calling thread, in input order.
  void Deliver(PipelineEvent event) {
    const size_t i = event.input;
    if (!event.end) {
      PageOutcome& page = event.page;
      if (page.abandoned) {
        current_incomplete_ = true;
      } else if (page.not_page) {
        ++counts_.not_pages;
      } else if (page.error) {
        Fail(i, page.source, page.error->message);
      } else if (page.explain) {
        if (plan_.several) WriteOut(fmt::format("==> {} <==\n", page.source));
        WriteOut(*page.explain);
      } else if (page.article) {
        if (options_.output_dir) {
          WriteToFile(i, std::move(*page.article));
        } else {
          ++counts_.extracted;
          WriteOut(stream_.Write(std::move(*page.article)));
        }
      }
      return;
    }
    ++counts_.inputs_done;
    switch (event.status) {
      case InputStatus::kFailed:
        Fail(i, Live(i).path, event.error ? event.error->message : "cannot read");
        break;
      case InputStatus::kUpToDate:
        ++counts_.up_to_date;
        break;
      case InputStatus::kNotPage:
        ++counts_.not_pages;
        break;
      case InputStatus::kAbandoned:
        current_incomplete_ = true;
        break;
      case InputStatus::kDone:
        break;
    }
    FinishFile(i);
    current_incomplete_ = false;
    Retire(i);
  }

  void Fail(size_t i, std::string_view source, std::string_view reason) {
    progress_.Clear();
    fmt::print(context_.err, "newsift: {}: {}\n", Printable(source), Printable(reason));
    ++counts_.failed;
    NoteFailedInput(i);
  }

  // For --failures: each failed input once, in input order.
  void NoteFailedInput(size_t i) {
    if (!options_.failures_path || last_failed_ == i) return;
    last_failed_ = i;
    failed_list_ += Live(i).path;
    failed_list_.push_back(options_.null_separated ? '\0' : '\n');
  }

  // Standard output. A failed write (a full disk behind a redirection)
  // ends the run: every later page would fail the same way.
  void WriteOut(const std::string& text) {
    if (text.empty() || halt_) return;
    if (std::fwrite(text.data(), 1, text.size(), context_.out) != text.size() ||
        std::fflush(context_.out) != 0) {
      const int error = errno;
      progress_.Clear();
      fmt::print(context_.err, "newsift: cannot write to standard output: {}\n",
                 std::generic_category().message(error));
      halt_ = true;
    }
  }

  std::string OutputOf(const RunInput& planned) const {
    return plan_.output->Path(planned.path, planned.output_variant);
  }

  void WriteToFile(size_t i, Article article) {
    const RunInput& planned = Live(i);
    if (file_error_) {
      ++pending_;  // counted as failed when the input ends
      return;
    }
    if (!file_) {
      const std::string output = OutputOf(planned);
      if (SameFile(planned.path.c_str(), output)) {
        file_error_ = Error{ErrorCode::kIo, "output " + output + " is the input itself"};
        ++pending_;
        return;
      }
      Result<AtomicFile> created = AtomicFile::Create(output);
      if (!created.ok()) {
        file_error_ = created.error();
        ++pending_;
        return;
      }
      file_.emplace(std::move(created).value());
      // Output files are text unless JSON was asked for (.txt, see
      // OutputExtension), even when a container holds several pages.
      const Format format = options_.format == Format::kAuto ? Format::kText : options_.format;
      file_writer_.emplace(format, options_.body_only, Several::kUnknown);
    }
    ++pending_;
    if (std::optional<Error> error = file_->Append(file_writer_->Write(std::move(article)))) {
      NoteFileError(*error, file_->last_errno());
    }
  }

  // The end of input `i` with -o: commit its output if it is complete.
  void FinishFile(size_t i) {
    if (!options_.output_dir) return;
    if (file_ && !file_error_) {
      if (current_incomplete_) {
        file_->Abandon();
        pending_ = 0;  // not written, not failed: a re-run does them
      } else if (std::optional<Error> error = file_->Append(file_writer_->Finish())) {
        NoteFileError(*error, file_->last_errno());
      } else if (std::optional<Error> commit = file_->Commit()) {
        NoteFileError(*commit, file_->last_errno());
      }
    }
    if (file_error_) {
      // The pages were extracted but are not on disk: each one failed.
      progress_.Clear();
      fmt::print(context_.err, "newsift: {}: {}\n", Printable(Live(i).path),
                 Printable(file_error_->message));
      counts_.failed += pending_;
      NoteFailedInput(i);
    } else {
      counts_.extracted += pending_;
    }
    file_.reset();
    file_writer_.reset();
    file_error_.reset();
    pending_ = 0;
  }

  void NoteFileError(Error error, int error_number) {
    file_error_ = std::move(error);
    if (DiskIsFull(error_number)) halt_ = true;  // every later output would fail
  }

  // --failures: the inputs that failed, as --files-from reads them back.
  void WriteFailureList() {
    if (!options_.failures_path) return;
    const std::string& list = failed_list_;
    Result<AtomicFile> file = AtomicFile::Create(*options_.failures_path);
    std::optional<Error> error;
    if (!file.ok()) {
      error = file.error();
    } else if (!(error = file.value().Append(list))) {
      error = file.value().Commit();
    }
    if (error) {
      fmt::print(context_.err, "newsift: --failures: {}\n", Printable(error->message));
      halt_ = true;
    }
  }

  const Options& options_;
  const RunContext& context_;
  Plan plan_;
  input::ReadLimits limits_;
  RunCounts counts_;
  ProgressLine progress_;
  Writer stream_;  // standard output
  // The inputs between Open() and their end (reader, workers, caller).
  std::mutex live_mu_;
  std::deque<RunInput> live_;
  size_t live_first_ = 0;    // input number of live_.front()
  std::string failed_list_;  // --failures
  size_t last_failed_ = SIZE_MAX;
  std::atomic<bool> halt_{false};  // an output error ends the run
  // The -o output of the input being delivered.
  std::optional<AtomicFile> file_;
  std::optional<Writer> file_writer_;
  std::optional<Error> file_error_;
  uint64_t pending_ = 0;  // its extracted pages, counted when it ends
  bool current_incomplete_ = false;
};

}  // namespace

unsigned DefaultJobs() {
  cpu_set_t set;
  if (::sched_getaffinity(0, sizeof(set), &set) == 0) {
    const int count = CPU_COUNT(&set);
    if (count > 0) return static_cast<unsigned>(count);
  }
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

ExitStatus Run(const Options& options, const RunContext& context) {
  Result<Plan> plan = MakePlan(options);
  if (!plan.ok()) {
    fmt::print(context.err, "newsift: {}\n", Printable(plan.error().message));
    return ExitStatus::kUsage;
  }
  Runner runner(options, context, std::move(plan).value());
  return runner.Run();
}

}  // namespace newsift::cli
