// The command's work, apart from argument parsing: plan the inputs
// (folders walked, lists read), extract every page on `jobs` threads, and
// write results to standard output in input order, or with -o to one
// output file per input (written atomically, skipped when up to date).
// One line per failure goes to `err` ("newsift: FILE: reason"), then,
// unless -q, a summary line. One bad input never stops the others.
#ifndef NEWSIFT_CLI_RUN_H_
#define NEWSIFT_CLI_RUN_H_

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include "newsift/cli/options.h"
#include "newsift/input/page_reader.h"

namespace newsift::cli {

using PageOpener = std::function<Result<std::unique_ptr<input::PageReader>>(
    const std::string& path, const input::ReadLimits& limits)>;

// Where Run() talks to the world; tests replace parts of it.
struct RunContext {
  std::FILE* out = stdout;
  std::FILE* err = stderr;
  // Set (by a SIGINT/SIGTERM handler) to stop early: no new pages are
  // started, finished pages are written, the summary is printed and Run()
  // returns kInterrupted.
  const std::atomic<bool>* stop = nullptr;
  // Opens an input's pages; input::OpenPages when empty.
  PageOpener open_pages;
};

// Extracts on several threads: construct a dom::LibXmlScope first (main()
// does), as ExtractPage() asks of any threaded use.
ExitStatus Run(const Options& options, const RunContext& context);

inline ExitStatus Run(const Options& options, std::FILE* out, std::FILE* err) {
  RunContext context;
  context.out = out;
  context.err = err;
  return Run(options, context);
}

// The worker count for -j 0: the cores this process may run on.
unsigned DefaultJobs();

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_RUN_H_
