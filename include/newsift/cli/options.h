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
  kAuto,  // text for one input, jsonl for several
  kText,
  kJson,   // pretty; several inputs make one JSON array
  kJsonl,  // one object per line
};
std::optional<Format> ParseFormat(std::string_view name);

struct Options {
  std::vector<std::string> inputs;  // files or "-"; empty means stdin
  Format format = Format::kAuto;
  bool body_only = false;
  bool explain = false;  // classifier decisions instead of the article
  ExtractOptions extract;
};

// Process exit codes, documented in README.md and --help.
enum class ExitStatus {
  kOk = 0,          // every input extracted
  kSomeFailed = 1,  // at least one input failed (each reported on stderr)
  kUsage = 2,       // bad command line
  kInternal = 3,    // a bug: please report it
};

// "64M", "512k", "1G", "1000" -> bytes; nullopt when malformed.
std::optional<size_t> ParseSize(std::string_view text);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_OPTIONS_H_
