// What a run tells the person watching it, on stderr: a live progress
// line while it works (only when stderr is a terminal) and a one-line
// summary at the end:
//
//   1,234/12,345  412 pages/s  3 failed  ETA 0:27
//   12,345 pages, 12,001 extracted, 344 failed, 38 s
//
// Numbers use "," between thousands whatever the locale, so scripts and
// tests see the same text everywhere.
#ifndef NEWSIFT_CLI_PROGRESS_H_
#define NEWSIFT_CLI_PROGRESS_H_

#include <cstdint>
#include <cstdio>
#include <string>

namespace newsift::cli {

struct RunCounts {
  uint64_t inputs_total = 0;  // inputs planned (files found, names given)
  uint64_t inputs_done = 0;   // inputs finished, whatever the outcome
  uint64_t extracted = 0;     // pages that gave an article
  uint64_t failed = 0;        // pages (or whole inputs) that failed
  uint64_t up_to_date = 0;    // inputs skipped: output newer than input
  uint64_t not_pages = 0;     // files found in folders that are not pages
  bool interrupted = false;   // stopped by a signal before the end

  uint64_t pages() const { return extracted + failed; }
};

// "12,345"
std::string FormatCount(uint64_t n);
// "0.4 s", "38 s", "2 min 05 s", "1 h 02 min"
std::string FormatDuration(double seconds);
// "ETA 0:27", "ETA 1:02:03"
std::string FormatEta(double seconds);

// The summary line, newline-terminated. Parts after "failed" appear only
// when non-zero: "..., 344 failed, 11,000 up to date, 3 files not pages,
// interrupted, 38 s".
std::string FormatSummary(const RunCounts& counts, double seconds);

// The progress line's text (no "\r"): "1,234/12,345  412 pages/s  3
// failed  ETA 0:27". Rate and ETA are left out until they mean something.
std::string FormatProgress(const RunCounts& counts, double seconds);

// Redraws the progress line in place on a terminal: "\r", the text, then
// "erase to end of line". Clear() removes it before other output.
class ProgressLine {
 public:
  explicit ProgressLine(std::FILE* terminal) : terminal_(terminal) {}
  void Show(const std::string& text);
  void Clear();

 private:
  std::FILE* terminal_;
  bool shown_ = false;
};

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_PROGRESS_H_
