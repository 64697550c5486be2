// Letter case and words of byline texts, shared by byline.cc,
// byline_prefixes.cc and clean_name.cc. Private to metadata/.
#ifndef NEWSIFT_METADATA_BYLINE_TEXT_INTERNAL_H_
#define NEWSIFT_METADATA_BYLINE_TEXT_INTERNAL_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/text/utf8.h"

namespace newsift::metadata::byline_text {

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Letter case of a word's first character, for the scripts with case:
// 1 upper, -1 lower, 0 no case (digits, CJK, Arabic...).
inline int InitialCase(std::string_view word) {
  size_t pos = 0;
  const char32_t cp = text::NextCodePoint(word, &pos);
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return 1;
    if (cp >= 'a' && cp <= 'z') return -1;
    return 0;
  }
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return 1;
  if ((cp >= 0xDF && cp <= 0xFF && cp != 0xF7)) return -1;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2 == 0) ? 1 : -1;  // Latin Extended-A
  if ((cp >= 0x400 && cp <= 0x42F)) return 1;                     // Cyrillic
  if ((cp >= 0x430 && cp <= 0x45F)) return -1;
  if (cp >= 0x391 && cp <= 0x3A9) return 1;  // Greek
  if (cp >= 0x3B1 && cp <= 0x3C9) return -1;
  return 0;
}

inline std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t stop = s.find(' ', start);
    if (stop == std::string_view::npos) stop = s.size();
    if (stop > start) words.push_back(s.substr(start, stop - start));
    start = stop + 1;
  }
  return words;
}

// The word lower-cased, without the punctuation around it: "(Writer)," ->
// "writer".
inline std::string Bare(std::string_view word) {
  while (!word.empty() &&
         std::string_view("(),.;:[]\"'").find(word.front()) != std::string_view::npos) {
    word.remove_prefix(1);
  }
  while (!word.empty() &&
         std::string_view("(),.;:[]\"'*").find(word.back()) != std::string_view::npos) {
    word.remove_suffix(1);
  }
  return text::AsciiLower(word);
}

inline bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace newsift::metadata::byline_text

#endif  // NEWSIFT_METADATA_BYLINE_TEXT_INTERNAL_H_
