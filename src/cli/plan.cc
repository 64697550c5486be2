#include "newsift/cli/plan.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "newsift/cli/atomic_file.h"
#include "newsift/cli/folder_walk.h"
#include "newsift/cli/output_path.h"
#include "newsift/input/read_file.h"

namespace newsift::cli {
namespace {

std::string Canonical(const std::string& path) {
  char buffer[PATH_MAX];
  if (::realpath(path.c_str(), buffer) == nullptr) return std::string();
  return buffer;
}

bool IsInside(const std::string& path, const std::string& folder) {
  if (folder == "/") return path.size() > 1 && path.front() == '/';
  return path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
         path[folder.size()] == '/';
}

bool IsFolder(const std::string& path) {
  struct stat st;
  return path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// How to walk `root` so that this run's outputs never come back as
// inputs: a folder of outputs inside the tree is not entered; a tree that
// lies inside the output folder (outputs may sit beside its pages) has
// files with the output extension left out.
WalkRules RulesFor(const std::string& root, const std::string& output_dir_canonical,
                   std::string_view extension) {
  WalkRules rules;
  if (output_dir_canonical.empty()) return rules;
  const std::string root_canonical = Canonical(root);
  if (root_canonical.empty()) return rules;
  if (IsInside(output_dir_canonical, root_canonical)) {
    rules.skip_folders.insert(output_dir_canonical);
  } else if (root_canonical == output_dir_canonical ||
             IsInside(root_canonical, output_dir_canonical)) {
    rules.skip_suffix = std::string(extension);
  }
  return rules;
}

}  // namespace

std::string_view StringArena::Add(std::string_view s) {
  const size_t need = s.size() + 1;
  if (need > kBlockBytes - used_) {
    blocks_.push_back(std::make_unique<char[]>(std::max(need, kBlockBytes)));
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  std::copy(s.begin(), s.end(), at);
  at[s.size()] = '\0';
  // A path longer than a block filled a block of its own: start afresh.
  used_ = need > kBlockBytes ? kBlockBytes : used_ + need;
  return std::string_view(at, s.size());
}

std::vector<std::string> SplitNameList(std::string_view list, bool null_separated) {
  std::vector<std::string> names;
  const char separator = null_separated ? '\0' : '\n';
  while (!list.empty()) {
    const size_t end = list.find(separator);
    std::string_view name = list.substr(0, end);
    list = end == std::string_view::npos ? std::string_view() : list.substr(end + 1);
    if (!null_separated && !name.empty() && name.back() == '\r') name.remove_suffix(1);
    if (!name.empty()) names.emplace_back(name);
  }
  return names;
}

Result<Plan> MakePlan(const Options& options) {
  std::vector<std::string> names = options.inputs;
  if (options.files_from) {
    Result<std::string> list =
        input::ReadFile(*options.files_from, std::numeric_limits<size_t>::max());
    if (!list.ok()) {
      return Error{ErrorCode::kIo,
                   "--files-from " + *options.files_from + ": " + list.error().message};
    }
    for (std::string& name : SplitNameList(list.value(), options.null_separated)) {
      names.push_back(std::move(name));
    }
  } else if (names.empty()) {
    names.push_back("-");
  }
  const size_t stdin_uses = static_cast<size_t>(std::count(names.begin(), names.end(), "-")) +
                            (options.files_from == "-" ? 1 : 0);
  if (stdin_uses > 1) return Error{ErrorCode::kIo, "standard input can be read only once"};
  if (options.output_dir) {
    if (std::count(names.begin(), names.end(), "-") > 0) {
      return Error{ErrorCode::kIo, "-o needs file names: standard input has none to mirror"};
    }
    if (options.explain)
      return Error{ErrorCode::kIo, "--explain prints to standard output, not -o"};
  }

  Plan plan;
  plan.several = names.size() > 1 || options.files_from.has_value();
  std::string output_dir_canonical;
  if (options.output_dir) {
    if (std::optional<Error> error = MakeFolders(*options.output_dir)) {
      return Error{ErrorCode::kIo, "-o: " + error->message};
    }
    output_dir_canonical = Canonical(*options.output_dir);
  }
  const std::string_view extension = OutputExtension(options.format);
  if (names.size() == 1 && !options.files_from && IsFolder(names.front())) {
    plan.several = true;
    plan.walk_root_ = names.front();
    plan.walk_rules_ = RulesFor(plan.walk_root_, output_dir_canonical, extension);
    plan.walk.emplace(plan.walk_root_, plan.walk_rules_);
    if (options.output_dir) {
      plan.output_dir_ = *options.output_dir;
      plan.format_ = options.format;
      plan.output = OutputLayout(*options.output_dir, options.format);
    }
    return plan;
  }
  for (const std::string& name : names) {
    if (!IsFolder(name)) {
      plan.inputs.push_back(PlannedInput{plan.paths.Add(name), false, 0, nullptr});
      continue;
    }
    plan.several = true;
    WalkVisitor visitor;
    visitor.file = [&plan](std::string path) {
      plan.inputs.push_back(PlannedInput{plan.paths.Add(path), true, 0, nullptr});
    };
    visitor.error = [&plan](std::string path, std::string reason) {
      plan.errors.push_back(Error{ErrorCode::kIo, std::move(reason)});
      plan.inputs.push_back(PlannedInput{plan.paths.Add(path), false, 0, &plan.errors.back()});
    };
    WalkFolder(name, RulesFor(name, output_dir_canonical, extension), visitor);
  }

  if (options.output_dir) {
    // The same input twice (overlapping folders, a repeated name) would
    // be written twice to one output: keep the first.
    // By hash first; equal hashes are compared in full, so no input is
    // ever dropped for a mere hash collision.
    std::unordered_multimap<uint64_t, size_t> seen;
    std::vector<bool> duplicate(plan.inputs.size(), false);
    for (size_t i = 0; i < plan.inputs.size(); ++i) {
      if (plan.inputs[i].error) continue;
      const uint64_t hash = PathHash(plan.inputs[i].path);
      const auto [first, last] = seen.equal_range(hash);
      for (auto it = first; it != last && !duplicate[i]; ++it) {
        duplicate[i] =
            LexicallyNormal(plan.inputs[it->second].path) == LexicallyNormal(plan.inputs[i].path);
      }
      if (!duplicate[i]) seen.emplace(hash, i);
    }
    seen = {};
    size_t kept = 0;
    for (size_t i = 0; i < plan.inputs.size(); ++i) {
      if (duplicate[i]) continue;
      plan.inputs[kept++] = plan.inputs[i];
    }
    plan.inputs.resize(kept);
    plan.inputs.shrink_to_fit();
    OutputNamer namer(*options.output_dir, options.format);
    for (const PlannedInput& input : plan.inputs) namer.ReserveInput(input.path);
    for (PlannedInput& input : plan.inputs) {
      if (!input.error) input.output_variant = namer.AssignVariant(input.path);
    }
    plan.output = namer.layout();
  }
  return plan;
}

bool Plan::Next(RunInput* input) {
  if (next_ < inputs.size()) {
    const PlannedInput& planned = inputs[next_++];
    input->path = std::string(planned.path);
    input->walked = planned.walked;
    input->output_variant = planned.output_variant;
    input->error = planned.error ? std::optional<Error>(*planned.error) : std::nullopt;
    return true;
  }
  if (!walk) return false;
  FolderWalk::Item item;
  if (!walk->Next(&item)) return false;
  input->path = std::move(item.path);
  input->output_variant = 0;
  if (item.error) {
    input->walked = false;
    input->error = Error{ErrorCode::kIo, std::move(*item.error)};
    return true;
  }
  input->walked = true;
  input->error.reset();
  if (output_dir_) {
    // The walk is depth first: the folders whose names are still needed
    // are the current one and its parents.
    const std::string_view folder = std::string_view(input->path).substr(0, input->path.rfind('/'));
    auto within = [folder](const std::string& f) {
      return folder.size() >= f.size() && folder.compare(0, f.size(), f) == 0 &&
             (folder.size() == f.size() || folder[f.size()] == '/');
    };
    while (!folder_namers_.empty() && !within(folder_namers_.back().first)) {
      folder_namers_.pop_back();
    }
    if (folder_namers_.empty() || folder_namers_.back().first != folder) {
      folder_namers_.emplace_back(std::string(folder), OutputNamer(*output_dir_, format_));
    }
    input->output_variant = folder_namers_.back().second.AssignVariant(input->path);
  }
  return true;
}

uint64_t Plan::CountInputs() const {
  uint64_t count = inputs.size();
  if (walk) {
    FolderWalk again(walk_root_, walk_rules_);
    FolderWalk::Item item;
    while (again.Next(&item)) ++count;
  }
  return count;
}

}  // namespace newsift::cli
