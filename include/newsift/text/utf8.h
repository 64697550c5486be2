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

// Decodes the code point at `*pos` and advances `*pos` past it. Ill-formed
// bytes decode as U+FFFD, one byte at a time.
char32_t NextCodePoint(std::string_view s, size_t* pos);

void AppendCodePoint(char32_t cp, std::string* out);

size_t CountCodePoints(std::string_view s);

// Han, Hiragana, Katakana, Hangul syllables, CJK punctuation, Thai, Lao,
// Khmer, Myanmar: scripts written without spaces between words (Hangul
// has spaces but packs a word into few characters).
bool IsDenseScript(char32_t cp);

// Letters and digits (Unicode general categories L and N), via ICU.
bool IsWordChar(char32_t cp);

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
