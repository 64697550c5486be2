// What a run will read, in which order, and where each result goes: the
// INPUT arguments and the --files-from list, with folders expanded by
// WalkFolder and, with -o, an output path for every input (OutputNamer).
// A folder that is the only input is not expanded first but walked as the
// run takes its inputs (Plan::Next), so a run over a huge archive starts
// at once and holds nothing per file.
#ifndef NEWSIFT_CLI_PLAN_H_
#define NEWSIFT_CLI_PLAN_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "newsift/cli/folder_walk.h"
#include "newsift/cli/options.h"
#include "newsift/cli/output_path.h"
#include "newsift/status.h"

namespace newsift::cli {

// Holds many short strings in large blocks: a run over a million files
// keeps its file names in a few dozen allocations. Views handed out stay
// valid (and NUL-terminated, for system calls) as long as the arena, which
// may be moved.
class StringArena {
 public:
  std::string_view Add(std::string_view s);

 private:
  static constexpr size_t kBlockBytes = 64 << 10;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = kBlockBytes;  // in the last block
};

struct PlannedInput {
  std::string_view path;         // as given or walked; NUL-terminated
  bool walked = false;           // found in a folder: skipped if not a page
  uint32_t output_variant = 0;   // with -o: see OutputLayout::Path
  const Error* error = nullptr;  // a folder that could not be read
};

// One input as the run takes it, from Plan::Next.
struct RunInput {
  std::string path;
  bool walked = false;          // found in a folder: skipped if not a page
  uint32_t output_variant = 0;  // with -o: see OutputLayout::Path
  std::optional<Error> error;   // a folder that could not be read
};

struct Plan {
  std::vector<PlannedInput> inputs;
  // Set when the only input is a folder (the usual archive run): its files
  // are found as the run goes, after `inputs` (then empty), so nothing is
  // held per file and extraction starts at once. Output names are then
  // told apart within each folder, which is where a single walk's outputs
  // can meet (OutputLayout mirrors folders one to one).
  std::optional<FolderWalk> walk;
  // With -o: where input i's result goes is
  // output->Path(inputs[i].path, inputs[i].output_variant).
  std::optional<OutputLayout> output;
  // Several inputs, a folder or a list: results are numbered "several"
  // from the start (jsonl, "==> FILE <==" headers) even if one remains.
  bool several = false;

  // What the views and pointers above point into.
  StringArena paths;
  std::deque<Error> errors;

  // The inputs in order: `inputs`, then the walk's files. False at the end.
  bool Next(RunInput* input);

  // How many inputs Next() will give: walks the folder once more when
  // `walk` is set (only worth it for a progress line).
  uint64_t CountInputs() const;

 private:
  friend Result<Plan> MakePlan(const Options& options);
  size_t next_ = 0;
  std::string walk_root_;
  WalkRules walk_rules_;
  // With `walk` and -o: the output names given in the folders being walked.
  std::optional<std::string> output_dir_;
  Format format_ = Format::kAuto;
  std::vector<std::pair<std::string, OutputNamer>> folder_namers_;
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
