#include "newsift/input/read_file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <system_error>

namespace newsift::input {
namespace {

// Closes the descriptor on every return path.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string ErrnoText(int error) { return std::generic_category().message(error); }

Error TooLarge(size_t max_bytes) {
  return Error{ErrorCode::kTooLarge,
               "input larger than the " + FormatBytes(max_bytes) + " limit (see --max-size)"};
}

}  // namespace

std::string FormatBytes(size_t bytes) {
  static constexpr const char* kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double value = static_cast<double>(bytes) / 1024;
  size_t unit = 0;
  while (value >= 1024 && unit + 1 < std::size(kUnits)) {
    value /= 1024;
    ++unit;
  }
  char buffer[32];
  const bool whole = value == static_cast<double>(static_cast<size_t>(value));
  std::snprintf(buffer, sizeof(buffer), whole ? "%.0f %s" : "%.1f %s", value, kUnits[unit]);
  return buffer;
}

Result<std::string> ReadDescriptor(int fd, size_t max_bytes) {
  struct stat st;
  if (::fstat(fd, &st) != 0) return Error{ErrorCode::kIo, ErrnoText(errno)};
  if (S_ISDIR(st.st_mode)) return Error{ErrorCode::kIo, "is a directory"};
  std::string data;
  if (S_ISREG(st.st_mode)) {
    if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
      return TooLarge(max_bytes);
    }
    data.reserve(static_cast<size_t>(st.st_size));
  }
  constexpr size_t kChunk = 64 * 1024;
  for (;;) {
    const size_t old_size = data.size();
    data.resize(old_size + kChunk);
    const ssize_t n = ::read(fd, data.data() + old_size, kChunk);
    if (n < 0) {
      if (errno == EINTR) {
        data.resize(old_size);
        continue;
      }
      return Error{ErrorCode::kIo, "read error: " + ErrnoText(errno)};
    }
    data.resize(old_size + static_cast<size_t>(n));
    if (n == 0) break;
    if (data.size() > max_bytes) return TooLarge(max_bytes);
  }
  return data;
}

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  if (path == "-") return ReadDescriptor(STDIN_FILENO, max_bytes);
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) return Error{ErrorCode::kIo, ErrnoText(errno)};
  return ReadDescriptor(fd.get(), max_bytes);
}

}  // namespace newsift::input
