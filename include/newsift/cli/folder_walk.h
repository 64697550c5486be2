// Finding the pages in a folder tree, as `newsift DIR` does.
//
// The walk is recursive and in a fixed order (names sorted bytewise,
// depth first), so a run's output order and output names never depend on
// the file system's directory order. It skips:
//   - hidden files and folders (".git", ".DS_Store", newsift's own
//     temporary files);
//   - the "<name>_files" folders that browsers write beside a saved page
//     (its images, scripts and frames are not articles);
//   - symbolic links to folders (no loops, no page seen twice), though
//     symbolic links to files are followed;
//   - anything that is not a regular file (FIFOs would block the walk);
//   - the folders and files of WalkRules, so that -o inside the input
//     tree never feeds outputs back as inputs.
// Which of the files found are pages is judged later, by content
// (LooksLikePage), when each is opened.
#ifndef NEWSIFT_CLI_FOLDER_WALK_H_
#define NEWSIFT_CLI_FOLDER_WALK_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsift::cli {

struct WalkRules {
  // Canonical paths (realpath) of folders not to enter.
  std::unordered_set<std::string> skip_folders;
  // Files whose name ends with this are skipped (".txt" when outputs of
  // the run may sit beside its inputs); empty: none.
  std::string skip_suffix;
};

struct WalkVisitor {
  // A file that may be a page; `path` is `root` joined with the names
  // walked ("root/a/b.html").
  std::function<void(std::string path)> file;
  // A folder that could not be read; `reason` as strerror says it.
  std::function<void(std::string path, std::string reason)> error;
};

// Walks `root`, which must be a folder.
void WalkFolder(const std::string& root, const WalkRules& rules, const WalkVisitor& visitor);

// The same walk, one file at a time, so that a run can start on the first
// pages while the walk goes on. It holds the sorted entries of the folders
// being walked (the current one and its parents), never the files already
// handed out: memory does not grow with the size of the tree.
class FolderWalk {
 public:
  struct Item {
    std::string path;                  // as WalkVisitor::file's
    std::optional<std::string> error;  // set: a folder that could not be read
  };

  FolderWalk(const std::string& root, WalkRules rules);
  ~FolderWalk();
  FolderWalk(FolderWalk&&) noexcept;
  FolderWalk& operator=(FolderWalk&&) noexcept;

  // The next file (or unreadable folder); false at the end.
  bool Next(Item* item);

 private:
  struct Level;
  std::optional<Item> Enter(const std::string& path, const std::string& canonical);

  WalkRules rules_;
  std::vector<Level> stack_;
  std::optional<Item> pending_error_;  // the root could not be read
};

// True when the first bytes of a file (a few KiB are enough) look like an
// HTML page or a container newsift reads (gzip, WARC, MHTML): markup
// starting with "<" or holding <html>/<head>/<body>/<!doctype html> early,
// in UTF-8, a legacy 8-bit encoding or UTF-16. CSS, scripts, JSON, plain
// text, images and other binary files are not pages.
bool LooksLikePage(std::string_view head);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_FOLDER_WALK_H_
