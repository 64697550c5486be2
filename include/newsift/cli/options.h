// What the command line asked for, as plain data: main.cc fills it from
// argv with CLI11, Run() acts on it, tests build it directly.
#ifndef NEWSIFT_CLI_OPTIONS_H_
#define NEWSIFT_CLI_OPTIONS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/extract.h"

namespace newsift::cli {

enum class Format {
  kAuto,  // text for one input, jsonl for several; text with --output
  kText,
  kJson,   // pretty; several pages make one JSON array
  kJsonl,  // one object per line
};
std::optional<Format> ParseFormat(std::string_view name);

struct Options {
  // Files, folders (walked recursively) or "-"; empty (and no files_from)
  // means standard input.
  std::vector<std::string> inputs;
  // --files-from: a file listing more inputs, one per line ("-": stdin).
  std::optional<std::string> files_from;
  // -0: --files-from and --failures lists are NUL-separated.
  bool null_separated = false;
  // -o: one output file per input under this folder, mirroring the input
  // paths; unset: everything goes to standard output.
  std::optional<std::string> output_dir;
  // --force: with output_dir, redo inputs whose output is already newer.
  bool force = false;
  // -j: worker threads; 0 means one per available core.
  unsigned jobs = 0;
  // --failures: write the inputs that failed here, as --files-from reads.
  std::optional<std::string> failures_path;
  // A live progress line on `err` (main.cc sets it when stderr is a
  // terminal and -q is not given).
  bool progress = false;
  // -q: no progress and no summary line; failures are still reported.
  bool quiet = false;

  Format format = Format::kAuto;
  bool body_only = false;
  bool explain = false;  // classifier decisions instead of the article
  ExtractOptions extract;
};

// Process exit codes, documented in README.md and --help.
enum class ExitStatus {
  kOk = 0,            // every input extracted
  kSomeFailed = 1,    // at least one input failed (each reported on stderr)
  kUsage = 2,         // bad command line
  kInternal = 3,      // a bug: please report it
  kInterrupted = 130  // SIGINT/SIGTERM: stopped early, outputs whole
};

// "64M", "512k", "1G", "1000" -> bytes; nullopt when malformed.
std::optional<size_t> ParseSize(std::string_view text);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_OPTIONS_H_
