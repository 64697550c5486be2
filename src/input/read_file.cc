#include "newsift/input/read_file.h"

#include <cstdio>
#include <iterator>

namespace newsift::input {

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

Result<std::string> ReadAll(ByteSource* source, size_t max_bytes, std::string_view what) {
  auto too_large = [&] {
    return Error{ErrorCode::kTooLarge, std::string(what) + " larger than the " +
                                           FormatBytes(max_bytes) + " limit (see --max-size)"};
  };
  std::string data;
  if (const std::optional<uint64_t> size = source->SizeHint()) {
    if (*size > max_bytes) return too_large();
    // One byte more than the size, so that the read that finds the end
    // needs no reallocation (a file may also have grown since).
    data.reserve(static_cast<size_t>(*size) + 1);
  }
  constexpr size_t kChunk = 64 * 1024;
  for (;;) {
    const size_t old_size = data.size();
    // Fill what is reserved before growing: a file of known size is read
    // into one allocation of its size, not copied into ever larger ones.
    const size_t room = data.capacity() - old_size;
    const size_t want = room > 0 ? room : kChunk;
    data.resize(old_size + want);
    const size_t n = source->Read(data.data() + old_size, want);
    data.resize(old_size + n);
    if (n == 0) break;
    if (data.size() > max_bytes) return too_large();
  }
  if (source->error()) return *source->error();
  return data;
}

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  Result<std::unique_ptr<ByteSource>> source = OpenFileSource(path);
  if (!source.ok()) return source.error();
  return ReadAll(source.value().get(), max_bytes);
}

}  // namespace newsift::input
