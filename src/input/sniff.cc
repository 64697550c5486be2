#include "newsift/input/sniff.h"

namespace newsift::input {
namespace {

using namespace std::string_view_literals;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<std::string_view> Utf16WithoutBom(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, 1024);
  if (sample.size() < 8) return std::nullopt;
  size_t even_nul = 0;
  size_t odd_nul = 0;
  for (size_t i = 0; i < sample.size(); ++i) {
    if (sample[i] == '\0') (i % 2 == 0 ? even_nul : odd_nul)++;
  }
  const size_t half = sample.size() / 2;
  // ASCII in UTF-16LE puts the NUL second (odd offsets), in UTF-16BE first.
  if (odd_nul * 10 > half * 7 && even_nul * 10 < half) return "utf-16le";
  if (even_nul * 10 > half * 7 && odd_nul * 10 < half) return "utf-16be";
  return std::nullopt;
}

std::string_view ToString(ContentKind kind) {
  switch (kind) {
    case ContentKind::kEmpty:
      return "empty";
    case ContentKind::kText:
      return "text";
    case ContentKind::kGzip:
      return "gzip";
    case ContentKind::kBinary:
      return "binary";
  }
  return "";
}

ContentKind SniffContent(std::string_view bytes) {
  size_t first = 0;
  while (first < bytes.size() &&
         (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\n' ||
          bytes[first] == '\r' || bytes[first] == '\f')) {
    ++first;
  }
  if (first == bytes.size()) return ContentKind::kEmpty;
  if (StartsWith(bytes, "\x1F\x8B")) return ContentKind::kGzip;
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF") ||
      StartsWith(bytes, "\xEF\xBB\xBF")) {
    return ContentKind::kText;
  }
  // Images, PDF, archives, executables, audio, Office files. "sv" keeps
  // the embedded NULs.
  static constexpr std::string_view kBinarySignatures[] = {"\x89PNG"sv,
                                                           "GIF87a"sv,
                                                           "GIF89a"sv,
                                                           "\xFF\xD8\xFF"sv,
                                                           "%PDF-"sv,
                                                           "PK\x03\x04"sv,
                                                           "\x7F"
                                                           "ELF"sv,
                                                           "BZh"sv,
                                                           "\xFD"
                                                           "7zXZ"sv,
                                                           "7z\xBC\xAF"sv,
                                                           "Rar!"sv,
                                                           "RIFF"sv,
                                                           "\x00\x00\x01\x00"sv,
                                                           "OggS"sv,
                                                           "fLaC"sv,
                                                           "ID3"sv,
                                                           "\x28\xB5\x2F\xFD"sv,
                                                           "\xD0\xCF\x11\xE0"sv,
                                                           "\x00"
                                                           "asm"sv};
  for (std::string_view signature : kBinarySignatures) {
    if (StartsWith(bytes, signature)) return ContentKind::kBinary;
  }
  const std::string_view sample = bytes.substr(0, 4096);
  if (Utf16WithoutBom(sample)) return ContentKind::kText;
  // Text has almost no C0 controls besides tab, newline, form feed,
  // carriage return and ESC (ISO-2022 escapes).
  size_t controls = 0;
  for (char ch : sample) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
      ++controls;
    }
  }
  return controls * 20 > sample.size() ? ContentKind::kBinary : ContentKind::kText;
}

}  // namespace newsift::input
