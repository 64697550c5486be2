// The batch engine. One reader thread opens the inputs in order and pulls
// their pages (a container may hold many); `jobs` worker threads extract
// pages in parallel; the calling thread receives every result in input
// order, so output order never depends on the number of threads or on
// which page was quick.
//
// Memory stays flat however long the run: the reader waits while a
// window of ~4 pages per worker is in flight, so at most that many pages'
// bytes and results are held at once.
//
// Stopping: once `should_stop` turns true the reader takes no new page
// and ends the input it was reading with kAbandoned; pages a worker has
// not started are handed back unprocessed (abandoned), pages in progress
// finish. Every input that was started gets its end event.
//
// An exception in a hook (a bug, bad_alloc) stops the run as above and is
// rethrown on the calling thread once all threads have ended.
#ifndef NEWSIFT_CLI_PIPELINE_H_
#define NEWSIFT_CLI_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "newsift/article.h"
#include "newsift/input/page_reader.h"
#include "newsift/status.h"

namespace newsift::cli {

// What a worker made of one page.
struct PageOutcome {
  std::string source;                  // "path" or "path#record"
  std::optional<Article> article;      // extracted
  std::optional<std::string> explain;  // --explain's text instead
  std::optional<Error> error;          // why it failed
  bool not_page = false;               // found in a folder but not HTML: skip silently
  bool abandoned = false;              // never processed: the run was stopped
};

enum class InputStatus {
  kDone,       // all its pages were delivered
  kFailed,     // could not be opened (`error` says why); no pages
  kUpToDate,   // skipped: its output is newer; no pages
  kNotPage,    // found in a folder, but not a page by content; no pages
  kAbandoned,  // the run stopped while reading it; some pages may be missing
};

// What the reader thread made of an input before reading its pages.
struct InputOpening {
  std::unique_ptr<input::PageReader> reader;  // set: its pages follow
  InputStatus status = InputStatus::kDone;    // when `reader` is null
  std::optional<Error> error;                 // with kFailed
  bool no_more = false;                       // there is no such input: the run ends
};

// Delivered in input order: the pages of an input, then its end.
struct PipelineEvent {
  size_t input = 0;
  bool end = false;
  PageOutcome page;                         // when !end
  InputStatus status = InputStatus::kDone;  // when end
  std::optional<Error> error;               // when end with kFailed
};

struct PipelineHooks {
  // Reader thread, in input order (0, 1, 2...) until it answers no_more.
  std::function<InputOpening(size_t input)> open;
  // Worker threads, concurrently.
  std::function<PageOutcome(size_t input, input::SourcedPage page)> process;
  // Calling thread, in input order.
  std::function<void(PipelineEvent event)> deliver;
  // Calling thread, about ten times a second (progress).
  std::function<void()> tick;
  // Any thread; true once the run should stop taking pages.
  std::function<bool()> should_stop;
};

// Runs inputs 0, 1, 2... through the hooks with `jobs` (>= 1) workers,
// until `open` answers no_more. The inputs need not be known in advance:
// the first pages are extracted while later inputs are still being found.
void RunPipeline(unsigned jobs, const PipelineHooks& hooks);

// Runs inputs [0, inputs) (`open` is not asked for more).
void RunPipeline(size_t inputs, unsigned jobs, const PipelineHooks& hooks);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_PIPELINE_H_
