#include "newsift/input/byte_source.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <system_error>

namespace newsift::input {
namespace {

std::string ErrnoText(int error) { return std::generic_category().message(error); }

// A descriptor, closed on destruction unless it is standard input.
class FileSource : public ByteSource {
 public:
  FileSource(int fd, bool owned, std::optional<uint64_t> size)
      : fd_(fd), owned_(owned), size_(size) {}
  ~FileSource() override {
    if (owned_) ::close(fd_);
  }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  size_t Read(char* buffer, size_t size) override {
    for (;;) {
      const ssize_t n = ::read(fd_, buffer, size);
      if (n >= 0) return static_cast<size_t>(n);
      if (errno == EINTR) continue;
      error_ = Error{ErrorCode::kIo, "read error: " + ErrnoText(errno)};
      return 0;
    }
  }

  std::optional<uint64_t> SizeHint() const override { return size_; }

 private:
  int fd_;
  bool owned_;
  std::optional<uint64_t> size_;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string bytes) : bytes_(std::move(bytes)) {}

  size_t Read(char* buffer, size_t size) override {
    const size_t n = std::min(size, bytes_.size() - pos_);
    std::memcpy(buffer, bytes_.data() + pos_, n);
    pos_ += n;
    return n;
  }

  std::optional<uint64_t> SizeHint() const override { return bytes_.size(); }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path) {
  const bool is_stdin = path == "-";
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Error{ErrorCode::kIo, ErrnoText(errno)};
  struct stat st;
  const int stat_error = ::fstat(fd, &st) == 0 ? 0 : errno;
  // Owns `fd` from here on, so every return below closes it.
  auto source = std::make_unique<FileSource>(
      fd, !is_stdin,
      stat_error == 0 && S_ISREG(st.st_mode) ? std::optional<uint64_t>(st.st_size) : std::nullopt);
  if (stat_error != 0) return Error{ErrorCode::kIo, ErrnoText(stat_error)};
  if (S_ISDIR(st.st_mode)) return Error{ErrorCode::kIo, "is a directory"};
  return std::unique_ptr<ByteSource>(std::move(source));
}

std::unique_ptr<ByteSource> NewMemorySource(std::string bytes) {
  return std::make_unique<MemorySource>(std::move(bytes));
}

}  // namespace newsift::input
