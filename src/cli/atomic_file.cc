#include "newsift/cli/atomic_file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <system_error>
#include <utility>

namespace newsift::cli {
namespace {

std::string ErrnoText(int error) { return std::generic_category().message(error); }

std::string FolderOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string NameOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A hidden name beside `path`, unique within this process and (by the
// pid) among concurrent runs.
std::string TemporaryName(const std::string& path) {
  static std::atomic<unsigned long> counter{0};
  const std::string folder = FolderOf(path);
  return (folder == "/" ? "" : folder) + "/." + NameOf(path) + ".newsift-" +
         std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

// Cleared once O_TMPFILE or /proc turn out to be missing, so that later
// files go straight to the named fallback.
std::atomic<bool> g_unnamed_works{true};

}  // namespace

std::optional<Error> MakeFolders(const std::string& folder) {
  struct stat st;
  if (::stat(folder.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return std::nullopt;
  for (size_t slash = folder.find('/', 1);; slash = folder.find('/', slash + 1)) {
    const std::string prefix = folder.substr(0, slash);
    if (::mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST) {
      return Error{ErrorCode::kIo, "cannot create folder " + prefix + ": " + ErrnoText(errno)};
    }
    if (slash == std::string::npos) break;
  }
  if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Error{ErrorCode::kIo, "cannot create folder " + folder + ": Not a directory"};
  }
  return std::nullopt;
}

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
  const std::string folder = FolderOf(path);
#ifdef O_TMPFILE
  if (g_unnamed_works.load(std::memory_order_relaxed)) {
    // The folder usually exists (a batch writes many outputs to each):
    // try first, make the folders only when it is missing.
    int fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0 && (errno == ENOENT || errno == ENOTDIR)) {
      if (std::optional<Error> error = MakeFolders(folder)) return *error;
      fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    }
    if (fd >= 0) return AtomicFile(path, fd, std::string());
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT) {
      return Error{ErrorCode::kIo, "cannot write " + path + ": " + ErrnoText(errno)};
    }
    g_unnamed_works.store(false, std::memory_order_relaxed);
  }
#endif
  return CreateNamed(path);
}

Result<AtomicFile> AtomicFile::CreateNamed(const std::string& path) {
  if (std::optional<Error> error = MakeFolders(FolderOf(path))) return *error;
  for (int attempt = 0;; ++attempt) {
    std::string temp = TemporaryName(path);
    const int fd = ::open(temp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
    if (fd >= 0) return AtomicFile(path, fd, std::move(temp));
    if (errno != EEXIST || attempt == 100) {
      return Error{ErrorCode::kIo, "cannot write " + path + ": " + ErrnoText(errno)};
    }
  }
}

AtomicFile::AtomicFile(std::string path, int fd, std::string temp_path)
    : path_(std::move(path)), fd_(fd), temp_path_(std::move(temp_path)) {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      temp_path_(std::move(other.temp_path_)),
      last_errno_(other.last_errno_) {}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept {
  if (this != &other) {
    Abandon();
    path_ = std::move(other.path_);
    fd_ = std::exchange(other.fd_, -1);
    temp_path_ = std::move(other.temp_path_);
    last_errno_ = other.last_errno_;
  }
  return *this;
}

AtomicFile::~AtomicFile() { Abandon(); }

Error AtomicFile::Fail(std::string_view what, int error) {
  last_errno_ = error;
  Abandon();
  return Error{ErrorCode::kIo, std::string(what) + " " + path_ + ": " + ErrnoText(error)};
}

std::optional<Error> AtomicFile::Append(std::string_view data) {
  if (fd_ < 0) return Error{ErrorCode::kIo, "cannot write " + path_ + ": file already closed"};
  while (!data.empty()) {
    const ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Fail("cannot write", errno);
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return std::nullopt;
}

std::optional<Error> AtomicFile::Commit() {
  if (fd_ < 0) return Error{ErrorCode::kIo, "cannot write " + path_ + ": file already closed"};
  if (temp_path_.empty()) {
    // Unnamed: link it in. linkat() will not replace an existing file, so
    // an older output is replaced through a named link and rename().
    char proc_path[64];
    std::snprintf(proc_path, sizeof(proc_path), "/proc/self/fd/%d", fd_);
    if (::linkat(AT_FDCWD, proc_path, AT_FDCWD, path_.c_str(), AT_SYMLINK_FOLLOW) != 0) {
      if (errno != EEXIST) {
        if (errno == ENOENT) g_unnamed_works.store(false, std::memory_order_relaxed);
        return Fail("cannot write", errno);
      }
      std::string temp = TemporaryName(path_);
      if (::linkat(AT_FDCWD, proc_path, AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) != 0) {
        return Fail("cannot write", errno);
      }
      temp_path_ = std::move(temp);  // renamed below, or removed by Abandon()
    } else {
      ::close(std::exchange(fd_, -1));
      return std::nullopt;
    }
  }
  // close() can report a deferred write error (NFS, quotas): check it
  // before the file takes the output's name.
  if (::close(std::exchange(fd_, -1)) != 0) {
    const int error = errno;
    ::unlink(temp_path_.c_str());
    temp_path_.clear();
    last_errno_ = error;
    return Error{ErrorCode::kIo, "cannot write " + path_ + ": " + ErrnoText(error)};
  }
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp_path_.c_str());
    temp_path_.clear();
    last_errno_ = error;
    return Error{ErrorCode::kIo, "cannot write " + path_ + ": " + ErrnoText(error)};
  }
  temp_path_.clear();
  return std::nullopt;
}

void AtomicFile::Abandon() {
  if (fd_ >= 0) ::close(std::exchange(fd_, -1));
  if (!temp_path_.empty()) {
    ::unlink(temp_path_.c_str());
    temp_path_.clear();
  }
}

}  // namespace newsift::cli
