#include "newsift/cli/open_input.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <utility>

#include "newsift/cli/folder_walk.h"
#include "newsift/input/buffered_reader.h"
#include "newsift/input/byte_source.h"

namespace newsift::cli {
namespace {

// How much of a file found in a folder is looked at to judge by content
// whether it is a page, before reading all of it.
constexpr size_t kSniffBytes = 4096;

bool Newer(const struct timespec& a, const struct timespec& b) {
  return a.tv_sec != b.tv_sec ? a.tv_sec > b.tv_sec : a.tv_nsec > b.tv_nsec;
}

// The first bytes of a file (for inputs opened through a test's opener).
std::optional<std::string> ReadHead(const char* path) {
  const int fd = ::open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return std::nullopt;
  std::string head(kSniffBytes, '\0');
  ssize_t n;
  do {
    n = ::pread(fd, head.data(), head.size(), 0);
  } while (n < 0 && errno == EINTR);
  ::close(fd);
  if (n < 0) return std::nullopt;
  head.resize(static_cast<size_t>(n));
  return head;
}

InputOpening Failed(Error error) {
  InputOpening opening;
  opening.status = InputStatus::kFailed;
  opening.error = std::move(error);
  return opening;
}

InputOpening Ended(InputStatus status) {
  InputOpening opening;
  opening.status = status;
  return opening;
}

}  // namespace

// The output is looked at first: on a first run it does not exist, and
// the input need not be.
bool UpToDate(const char* input, const std::string& output) {
  struct stat in;
  struct stat out;
  if (::stat(output.c_str(), &out) != 0 || ::stat(input, &in) != 0) return false;
  return S_ISREG(out.st_mode) && out.st_size > 0 && Newer(out.st_mtim, in.st_mtim);
}

InputOpening OpenInput(const RunInput& input, const std::optional<std::string>& output,
                       const PageOpener& opener, const input::ReadLimits& limits) {
  if (input.error) return Failed(*input.error);
  if (output && UpToDate(input.path.c_str(), *output)) return Ended(InputStatus::kUpToDate);
  const std::string& path = input.path;
  Result<std::unique_ptr<input::PageReader>> reader = std::unique_ptr<input::PageReader>();
  if (input.walked && !opener) {
    // Opened once: the bytes sniffed are the first ones OpenPages reads.
    Result<std::unique_ptr<input::ByteSource>> file = input::OpenFileSource(path);
    if (!file.ok()) return Failed(file.error());
    auto in = std::make_unique<input::BufferedReader>(std::move(file).value());
    if (!LooksLikePage(in->Peek(kSniffBytes)) && !in->error()) {
      return Ended(InputStatus::kNotPage);
    }
    reader = input::OpenPages(std::move(in), path, limits);
  } else {
    if (input.walked) {
      const std::optional<std::string> head = ReadHead(path.c_str());
      if (head && !LooksLikePage(*head)) return Ended(InputStatus::kNotPage);
    }
    reader = opener ? opener(path, limits) : input::OpenPages(path, limits);
  }
  if (!reader.ok()) return Failed(reader.error());
  InputOpening opening;
  opening.reader = std::move(reader).value();
  return opening;
}

}  // namespace newsift::cli
