// Pieces of the encoding decision shared by encoding.cc and detect.cc, and
// reached directly by tests.
#ifndef NEWSIFT_INPUT_ENCODING_INTERNAL_H_
#define NEWSIFT_INPUT_ENCODING_INTERNAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsift::input::internal {

bool LabelTableIsSorted();

struct Utf8Stats {
  size_t multibyte = 0;  // well-formed sequences of 2-4 bytes
  size_t invalid = 0;    // maximal ill-formed subparts (each one U+FFFD)
  bool nul = false;      // a NUL byte somewhere
};
Utf8Stats ScanUtf8(std::string_view bytes);

// Copies `bytes` as UTF-8: ill-formed subparts become U+FFFD, NUL bytes
// are dropped.
void RepairUtf8(std::string_view bytes, std::string* out);

// ICU's guesses for `bytes` (its first MiB, markup skipped), best first,
// as WHATWG names with ICU's confidence (0-100).
struct Candidate {
  std::string_view encoding;
  int confidence;
};
// windows-874 (Thai, which ICU does not recognise) comes first when
// LooksLikeWindows874.
std::vector<Candidate> DetectCandidates(std::string_view bytes);

// True when every byte >= 0x80 of `bytes` (its first MiB) is a windows-874
// code, there are enough of them, and Thai's vowel and tone marks follow
// consonants as Thai writes them.
bool LooksLikeWindows874(std::string_view bytes);

// When the statistics clearly reject the `declared` encoding (a page
// declared windows-1251 that is KOI8-R, GBK declared as iso-8859-1, Big5
// declared as GBK), the encoding they find instead; else nullopt.
// `non_ascii` is the number of bytes >= 0x80 in `bytes`.
std::optional<std::string_view> DetectedOverDeclared(std::string_view bytes,
                                                     std::string_view declared, size_t non_ascii);

}  // namespace newsift::input::internal

#endif  // NEWSIFT_INPUT_ENCODING_INTERNAL_H_
