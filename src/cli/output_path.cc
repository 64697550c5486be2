#include "newsift/cli/output_path.h"

#include <vector>

namespace newsift::cli {
namespace {

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const std::string_view tail = s.substr(s.size() - suffix.size());
  for (size_t i = 0; i < suffix.size(); ++i) {
    if ((tail[i] | 0x20) != (suffix[i] | 0x20)) return false;
  }
  return true;
}

// Splits on '/', dropping empty and "." components and folding "x/..".
// Leading ".." components are kept when `keep_leading_parents`.
std::vector<std::string_view> CleanComponents(std::string_view path, bool keep_leading_parents) {
  std::vector<std::string_view> parts;
  size_t leading_parents = 0;
  while (!path.empty()) {
    const size_t slash = path.find('/');
    const std::string_view part = path.substr(0, slash);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.size() > leading_parents) {
        parts.pop_back();
      } else if (keep_leading_parents) {
        parts.push_back(part);
        ++leading_parents;
      }
      continue;
    }
    parts.push_back(part);
  }
  return parts;
}

std::string Join(const std::vector<std::string_view>& parts) {
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty()) out.push_back('/');
    out.append(part);
  }
  return out;
}

}  // namespace

std::string MirrorPath(std::string_view input_path) {
  return Join(CleanComponents(input_path, /*keep_leading_parents=*/false));
}

std::string LexicallyNormal(std::string_view path) {
  const bool absolute = !path.empty() && path.front() == '/';
  // "/.." is "/": an absolute path has no parent to climb to.
  std::string out = Join(CleanComponents(path, /*keep_leading_parents=*/!absolute));
  if (absolute) return out.insert(0, 1, '/');
  return out.empty() ? std::string(".") : out;
}

std::string_view StripPageExtension(std::string_view name) {
  if (EndsWithIgnoringCase(name, ".gz") && name.size() > 3) name.remove_suffix(3);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return name;
  return name.substr(0, dot);
}

std::string_view OutputExtension(Format format) {
  switch (format) {
    case Format::kJson:
      return ".json";
    case Format::kJsonl:
      return ".jsonl";
    case Format::kAuto:
    case Format::kText:
      break;
  }
  return ".txt";
}

OutputLayout::OutputLayout(std::string output_dir, Format format)
    : dir(std::move(output_dir)), extension(OutputExtension(format)) {
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  if (dir.empty()) dir.push_back('.');
}

std::string OutputLayout::Path(std::string_view input_path, uint32_t variant) const {
  std::string relative = MirrorPath(input_path);
  if (relative.empty()) relative = "page";
  const size_t slash = relative.rfind('/');
  const size_t name_begin = slash == std::string::npos ? 0 : slash + 1;
  const std::string_view name = std::string_view(relative).substr(name_begin);
  std::string path = dir;
  if (path != "/") path.push_back('/');
  path.append(relative, 0, name_begin);
  if (variant == 0) {
    path.append(StripPageExtension(name));
  } else {
    path.append(name);
    if (variant > 1) path.append("~").append(std::to_string(variant));
  }
  path.append(extension);
  return path;
}

uint64_t PathHash(std::string_view path) { return std::hash<std::string>{}(LexicallyNormal(path)); }

OutputNamer::OutputNamer(std::string dir, Format format) : layout_(std::move(dir), format) {}

void OutputNamer::ReserveInput(std::string_view input_path) {
  inputs_.insert(PathHash(input_path));
}

bool OutputNamer::Taken(uint64_t hash) const {
  return outputs_.count(hash) > 0 || inputs_.count(hash) > 0;
}

uint32_t OutputNamer::AssignVariant(std::string_view input_path) {
  uint32_t variant = 0;
  uint64_t hash = PathHash(layout_.Path(input_path, variant));
  while (Taken(hash)) hash = PathHash(layout_.Path(input_path, ++variant));
  outputs_.insert(hash);
  return variant;
}

}  // namespace newsift::cli
