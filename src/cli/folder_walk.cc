#include "newsift/cli/folder_walk.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "newsift/input/decompress.h"

namespace newsift::cli {
namespace {

// Deeper trees are reported rather than walked: PATH_MAX allows ~2000
// levels, and no archive nests pages that deep.
constexpr int kMaxDepth = 256;

struct DirCloser {
  void operator()(DIR* dir) const noexcept { ::closedir(dir); }
};
using DirPtr = std::unique_ptr<DIR, DirCloser>;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string Canonical(const std::string& path) {
  char buffer[PATH_MAX];
  if (::realpath(path.c_str(), buffer) == nullptr) return std::string();
  return buffer;
}

// Lists a folder's entries, hidden ones left out, sorted bytewise.
// False (errno set) when it cannot be read.
bool ListFolder(const std::string& path, std::vector<std::pair<std::string, unsigned char>>* out) {
  DirPtr dir(::opendir(path.c_str()));
  if (dir == nullptr) return false;
  errno = 0;
  while (const dirent* entry = ::readdir(dir.get())) {
    if (entry->d_name[0] == '.') continue;  // ".", "..", hidden
    out->emplace_back(entry->d_name, entry->d_type);
  }
  if (errno != 0) return false;
  std::sort(out->begin(), out->end());
  return true;
}

bool StartsWithIgnoringCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if ((s[i] | 0x20) != (prefix[i] | 0x20)) return false;
  }
  return true;
}

bool ContainsIgnoringCase(std::string_view haystack, std::string_view needle) {
  for (size_t i = haystack.find('<'); i != std::string_view::npos; i = haystack.find('<', i + 1)) {
    if (StartsWithIgnoringCase(haystack.substr(i), needle)) return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// "<html" or "<!doctype html" at the start of a line, as after a server's
// warning text, not inside a script's string.
bool LineStartsWithHtml(std::string_view text) {
  for (size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    const std::string_view rest = text.substr(i);
    if (!StartsWithIgnoringCase(rest, "<html") && !StartsWithIgnoringCase(rest, "<!doctype html")) {
      continue;
    }
    size_t before = i;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    if (before == 0 || text[before - 1] == '\n' || text[before - 1] == '\r') return true;
  }
  return false;
}

}  // namespace

// A folder being walked: its sorted entries and how far the walk got.
struct FolderWalk::Level {
  std::string prefix;            // "path/"
  std::string canonical_prefix;  // its real path, "/..../"; see Enter()
  std::vector<std::pair<std::string, unsigned char>> entries;
  size_t next = 0;
};

FolderWalk::FolderWalk(const std::string& root, WalkRules rules) : rules_(std::move(rules)) {
  std::string canonical = Canonical(root);
  if (canonical.empty()) canonical = root;
  pending_error_ = Enter(root, canonical);
}

FolderWalk::~FolderWalk() = default;
FolderWalk::FolderWalk(FolderWalk&&) noexcept = default;
FolderWalk& FolderWalk::operator=(FolderWalk&&) noexcept = default;

// `canonical` is the folder's real path, extended name by name below the
// root (folder symlinks are never followed, so it stays real).
std::optional<FolderWalk::Item> FolderWalk::Enter(const std::string& path,
                                                  const std::string& canonical) {
  if (stack_.size() > static_cast<size_t>(kMaxDepth)) {
    return Item{path, "folders nested too deeply"};
  }
  Level level;
  if (!ListFolder(path, &level.entries)) {
    return Item{path, std::generic_category().message(errno)};
  }
  level.prefix = path.back() == '/' ? path : path + "/";
  level.canonical_prefix = canonical == "/" ? canonical : canonical + "/";
  stack_.push_back(std::move(level));
  return std::nullopt;
}

bool FolderWalk::Next(Item* item) {
  if (pending_error_) {
    *item = std::move(*pending_error_);
    pending_error_.reset();
    return true;
  }
  while (!stack_.empty()) {
    Level& level = stack_.back();
    if (level.next == level.entries.size()) {
      stack_.pop_back();
      continue;
    }
    const auto& [name, type] = level.entries[level.next++];
    std::string child = level.prefix + name;
    unsigned char kind = type;
    if (kind == DT_UNKNOWN) {
      struct stat st;
      if (::lstat(child.c_str(), &st) != 0) continue;  // vanished meanwhile
      kind = S_ISDIR(st.st_mode)   ? DT_DIR
             : S_ISLNK(st.st_mode) ? DT_LNK
             : S_ISREG(st.st_mode) ? DT_REG
                                   : DT_UNKNOWN;
    }
    if (kind == DT_LNK) {
      struct stat st;  // follow links to files only
      if (::stat(child.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      kind = DT_REG;
    }
    if (kind == DT_DIR) {
      if (EndsWith(name, "_files")) continue;  // a saved page's assets
      const std::string child_canonical = level.canonical_prefix + name;
      if (rules_.skip_folders.count(child_canonical) > 0) continue;
      // `level` is not used past this point: Enter() may move it.
      if (std::optional<Item> error = Enter(child, child_canonical)) {
        *item = std::move(*error);
        return true;
      }
    } else if (kind == DT_REG) {
      if (!rules_.skip_suffix.empty() && EndsWith(name, rules_.skip_suffix)) continue;
      *item = Item{std::move(child), std::nullopt};
      return true;
    }
  }
  return false;
}

void WalkFolder(const std::string& root, const WalkRules& rules, const WalkVisitor& visitor) {
  FolderWalk walk(root, rules);
  FolderWalk::Item item;
  while (walk.Next(&item)) {
    if (item.error) {
      visitor.error(std::move(item.path), std::move(*item.error));
    } else {
      visitor.file(std::move(item.path));
    }
  }
}

bool LooksLikePage(std::string_view head) {
  constexpr size_t kWindow = 4096;
  head = head.substr(0, kWindow);
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1F &&
      static_cast<unsigned char>(head[1]) == 0x8B) {
    return true;  // gzip: a compressed page or WARC
  }
  if (input::IsZstd(head)) return true;  // zstd: the same
  if (StartsWithIgnoringCase(head, "WARC/")) return true;
  // MHTML (a browser's "single file" save): mail headers, multipart body.
  if (head.find("MIME-Version:") != std::string_view::npos &&
      head.find("multipart/related") != std::string_view::npos) {
    return true;
  }
  // UTF-16 markup: look at it with the zero bytes taken out.
  std::string narrowed;
  const bool bom16 = head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF");
  if (bom16 || (head.size() >= 2 && (head[0] == '\0' || head[1] == '\0'))) {
    for (char c : head.substr(bom16 ? 2 : 0)) {
      if (c != '\0') narrowed.push_back(c);
    }
    head = narrowed;
  }
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  size_t start = 0;
  while (start < head.size() && IsSpace(head[start])) ++start;
  head.remove_prefix(start);
  if (head.empty()) return false;
  const bool marked =
      ContainsIgnoringCase(head, "<html") || ContainsIgnoringCase(head, "<!doctype html");
  if (head.front() != '<') {
    // Text before the markup (a PHP warning...), but not JSON, scripts or
    // prose that merely mention a tag.
    return head.front() != '{' && head.front() != '[' && LineStartsWithHtml(head);
  }
  if (marked || ContainsIgnoringCase(head, "<head") || ContainsIgnoringCase(head, "<body")) {
    return true;
  }
  // Markup without <html>: a fragment or a page that starts with a
  // <script> or <style>, but not the XML formats that also start with "<".
  static constexpr std::string_view kNotPages[] = {
      "<?xml", "<svg", "<rss", "<feed", "<urlset", "<sitemapindex", "<opml", "<kml", "<gpx"};
  for (std::string_view prefix : kNotPages) {
    if (StartsWithIgnoringCase(head, prefix)) return false;
  }
  return head.size() > 1 && (std::isalpha(static_cast<unsigned char>(head[1])) || head[1] == '!');
}

}  // namespace newsift::cli
