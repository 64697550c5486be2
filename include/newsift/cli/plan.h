// What a run will read, in which order, and where each result goes: the
// INPUT arguments and the --files-from list, with folders expanded by
// WalkFolder and, with -o, an output path for every input (OutputNamer).
#ifndef NEWSIFT_CLI_PLAN_H_
#define NEWSIFT_CLI_PLAN_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newsift/cli/options.h"
#include "newsift/cli/output_path.h"
#include "newsift/status.h"

namespace newsift::cli {

struct PlannedInput {
  std::string path;             // as given, or as the folder walk found it
  bool walked = false;          // found in a folder: skipped if not a page
  uint32_t output_variant = 0;  // with -o: see OutputLayout::Path
  std::optional<Error> error;   // a folder that could not be read
};

struct Plan {
  std::vector<PlannedInput> inputs;
  // With -o: where input i's result goes is
  // output->Path(inputs[i].path, inputs[i].output_variant).
  std::optional<OutputLayout> output;
  // Several inputs, a folder or a list: results are numbered "several"
  // from the start (jsonl, "==> FILE <==" headers) even if one remains.
  bool several = false;
};

// Fails (for a usage error, exit 2) when the --files-from list cannot be
// read, standard input is asked for twice, or -o is combined with "-" or
// --explain. With -o, creates the output folder.
Result<Plan> MakePlan(const Options& options);

// The names in a --files-from list: one per line (a trailing "\r" is
// dropped), or NUL-separated; empty names are skipped.
std::vector<std::string> SplitNameList(std::string_view list, bool null_separated);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_PLAN_H_
