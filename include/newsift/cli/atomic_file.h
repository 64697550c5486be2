// An output file that appears whole or not at all. Data goes to a
// temporary file in the destination's folder, which Commit() renames into
// place, so a crash, `kill -9` or a full disk leaves either the previous
// output or the complete new one, never a partial or empty file that a
// later run would mistake for done.
//
// On Linux the temporary file is unnamed (O_TMPFILE) and is linked in at
// Commit(), so a killed run leaves no litter either; elsewhere, or on file
// systems without O_TMPFILE, it is a hidden ".NAME.newsift-PID-N" file,
// which folder walks skip. Data is not fsync()ed: outputs survive the
// process, and a power cut can at worst leave an empty file, which a run
// never counts as up to date.
//
// Not thread-safe; one AtomicFile per output.
#ifndef NEWSIFT_CLI_ATOMIC_FILE_H_
#define NEWSIFT_CLI_ATOMIC_FILE_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsift/status.h"

namespace newsift::cli {

class AtomicFile {
 public:
  // Creates the missing folders above `path` and the temporary file.
  // Fails (kIo, "cannot write PATH: reason") when either cannot be made.
  static Result<AtomicFile> Create(const std::string& path);
  // The same with a named hidden temporary file, as Create() falls back
  // to where O_TMPFILE is missing (and as tests use to check that path).
  static Result<AtomicFile> CreateNamed(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) noexcept;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // Abandon()s unless committed

  // Appends all of `data`. After a failure the file can only be abandoned.
  std::optional<Error> Append(std::string_view data);
  // Moves the complete file into place, replacing any previous one.
  std::optional<Error> Commit();
  // Deletes the temporary file; the destination is left as it was.
  void Abandon();

  const std::string& path() const { return path_; }
  // The errno of the last failure, so callers can tell a full disk
  // (ENOSPC, EDQUOT, EROFS: every later output will fail too) from a
  // problem with one file.
  int last_errno() const { return last_errno_; }

 private:
  AtomicFile(std::string path, int fd, std::string temp_path);
  Error Fail(std::string_view what, int error);

  std::string path_;
  int fd_ = -1;
  std::string temp_path_;  // empty for an unnamed (O_TMPFILE) file
  int last_errno_ = 0;
};

// Creates `folder` and its missing parents (as mkdir -p).
std::optional<Error> MakeFolders(const std::string& folder);

}  // namespace newsift::cli

#endif  // NEWSIFT_CLI_ATOMIC_FILE_H_
