// Small UTF-8 helpers shared by every module: decoding code points,
// measuring text the way the classifier needs it, ASCII case folding.
// All functions take valid UTF-8 (input/ guarantees it) and are
// allocation-free unless they return a string.
#ifndef NEWSIFT_TEXT_UTF8_H_
#define NEWSIFT_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsift::text {

namespace internal {
// The parts of NextCodePoint() and IsWordChar() past ASCII, out of line.
char32_t NextMultiByteCodePoint(std::string_view s, size_t* pos);
bool IsNonAsciiWordChar(char32_t cp);
}  // namespace internal

// Decodes the code point at `*pos` and advances `*pos` past it. Ill-formed
// bytes decode as U+FFFD, one byte at a time. (ASCII inline: this runs
// for every character of most texts.)
inline char32_t NextCodePoint(std::string_view s, size_t* pos) {
  const auto c = static_cast<unsigned char>(s[*pos]);
  if (c < 0x80) {
    ++*pos;
    return c;
  }
  return internal::NextMultiByteCodePoint(s, pos);
}

void AppendCodePoint(char32_t cp, std::string* out);

size_t CountCodePoints(std::string_view s);

// Han, Hiragana, Katakana, Hangul syllables, CJK punctuation, Thai, Lao,
// Khmer, Myanmar: scripts written without spaces between words (Hangul
// has spaces but packs a word into few characters).
bool IsDenseScript(char32_t cp);

// Letters and digits (Unicode general categories L and N), via ICU past
// ASCII.
inline bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return internal::IsNonAsciiWordChar(cp);
}

// Sentence and clause punctuation in any script: . , ; : ! ? and their
// CJK / Arabic / Devanagari forms.
bool IsSentencePunctuation(char32_t cp);

struct TextStats {
  size_t code_points = 0;
  size_t weighted_length = 0;  // dense-script characters count 3
  size_t words = 0;            // runs of word characters; dense chars count 1 each
  size_t punctuation = 0;      // IsSentencePunctuation
  size_t dense = 0;            // IsDenseScript code points
};
TextStats MeasureText(std::string_view s);

// ASCII-only lower-casing (for tag, attribute and class names).
std::string AsciiLower(std::string_view s);
char AsciiLower(char c);
bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b);
bool StartsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix);

// Removes leading and trailing ASCII white space and U+00A0.
std::string_view Trim(std::string_view s);

// Collapses runs of white space into one space and trims.
std::string CollapseWhitespace(std::string_view s);

// Unicode case folding and NFKC, for comparing texts (ICU).
std::string FoldForComparison(std::string_view s);

}  // namespace newsift::text

#endif  // NEWSIFT_TEXT_UTF8_H_
