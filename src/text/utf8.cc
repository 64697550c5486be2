#include "newsift/text/utf8.h"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace newsift::text {

namespace internal {

char32_t NextMultiByteCodePoint(std::string_view s, size_t* pos) {
  const auto c = static_cast<unsigned char>(s[*pos]);
  size_t need;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    cp = c & 0x07;
  } else {
    ++*pos;
    return 0xFFFD;
  }
  size_t i = *pos + 1;
  for (size_t k = 0; k < need; ++k, ++i) {
    if (i >= s.size()) {
      ++*pos;
      return 0xFFFD;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xC0) != 0x80) {
      ++*pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *pos = i;
  return cp;
}

bool IsNonAsciiWordChar(char32_t cp) {
  return u_isalnum(static_cast<UChar32>(cp)) != 0 ||
         u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_ALPHABETIC) != 0;
}

}  // namespace internal

void AppendCodePoint(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool IsDenseScript(char32_t cp) {
  return (cp >= 0x0E00 && cp <= 0x0EFF) ||  // Thai, Lao
         (cp >= 0x1000 && cp <= 0x109F) ||  // Myanmar
         (cp >= 0x1780 && cp <= 0x17FF) ||  // Khmer
         (cp >= 0x1100 && cp <= 0x11FF) ||  // Hangul Jamo
         (cp >= 0x2E80 && cp <= 0x9FFF) ||  // CJK radicals .. unified ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF) ||  // Hangul syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // CJK compatibility ideographs
         (cp >= 0xFF00 && cp <= 0xFFEF) ||  // full-width forms
         (cp >= 0x20000 && cp <= 0x3FFFF);  // CJK extensions
}

bool IsSentencePunctuation(char32_t cp) {
  switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case 0x060C:  // Arabic comma
    case 0x061B:  // Arabic semicolon
    case 0x061F:  // Arabic question mark
    case 0x06D4:  // Arabic full stop
    case 0x0964:  // Devanagari danda
    case 0x3001:  // ideographic comma
    case 0x3002:  // ideographic full stop
    case 0xFF01:  // full-width ! , . : ; ?
    case 0xFF0C:
    case 0xFF0E:
    case 0xFF1A:
    case 0xFF1B:
    case 0xFF1F:
      return true;
    default:
      return false;
  }
}

TextStats MeasureText(std::string_view s) {
  TextStats stats;
  bool in_word = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = NextCodePoint(s, &pos);
    ++stats.code_points;
    if (IsSentencePunctuation(cp)) {
      ++stats.punctuation;
      ++stats.weighted_length;
      in_word = false;
      continue;
    }
    if (IsDenseScript(cp)) {
      ++stats.dense;
      stats.weighted_length += 3;
      if (IsWordChar(cp)) ++stats.words;
      in_word = false;
      continue;
    }
    ++stats.weighted_length;
    const bool word = IsWordChar(cp);
    if (word && !in_word) ++stats.words;
    in_word = word;
  }
  return stats;
}

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoringAsciiCase(s.substr(0, prefix.size()), prefix);
}

std::string_view Trim(std::string_view s) {
  auto is_space_at_front = [&s]() {
    const auto c = static_cast<unsigned char>(s.front());
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return size_t{1};
    if (c == 0xC2 && s.size() > 1 && static_cast<unsigned char>(s[1]) == 0xA0) return size_t{2};
    return size_t{0};
  };
  while (!s.empty()) {
    const size_t n = is_space_at_front();
    if (n == 0) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    const auto c = static_cast<unsigned char>(s.back());
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      s.remove_suffix(1);
    } else if (c == 0xA0 && s.size() > 1 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

namespace {

// CollapseWhitespace(), lower-casing A-Z on the way when `kLower`. Writes
// through a pointer into a buffer of the input's size: the output is
// never longer.
template <bool kLower>
std::string Collapse(std::string_view s) {
  std::string out(s.size(), '\0');
  char* const begin = out.data();
  char* w = begin;
  bool space = false;
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= '\t' && c <= '\r')) {  // \t \n \v \f \r
      space = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      space = true;
      continue;
    }
    if (space && w != begin) *w++ = ' ';
    space = false;
    if (kLower && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    *w++ = static_cast<char>(c);
  }
  out.resize(static_cast<size_t>(w - begin));
  return out;
}

}  // namespace

std::string CollapseWhitespace(std::string_view s) { return Collapse<false>(s); }

std::string FoldForComparison(std::string_view s) {
  // NFKC_Casefold maps every ASCII character to itself but A-Z, which it
  // lower-cases: ASCII text (most labels and headlines) needs no ICU
  // round trip through UTF-16.
  if (std::all_of(s.begin(), s.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return Collapse<true>(s);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return AsciiLower(s);
  const icu::UnicodeString input =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString folded = nfkc_cf->normalize(input, status);
  if (U_FAILURE(status)) return AsciiLower(s);
  std::string out;
  folded.toUTF8String(out);
  return CollapseWhitespace(out);
}

}  // namespace newsift::text
