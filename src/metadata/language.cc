#include "newsift/metadata/language.h"

#include <array>
#include <string>

#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct FunctionWords {
  std::string_view language;
  std::array<std::string_view, 8> words;
};

// Frequent short words that are rare in the other listed languages.
constexpr FunctionWords kFunctionWords[] = {
    {"en", {"the", "and", "of", "to", "is", "that", "with", "for"}},
    {"de", {"der", "die", "und", "das", "ist", "nicht", "mit", "sich"}},
    {"fr", {"le", "les", "des", "est", "et", "une", "dans", "pour"}},
    {"es", {"el", "los", "las", "del", "que", "por", "una", "con"}},
    {"it", {"il", "della", "che", "di", "per", "una", "sono", "gli"}},
    {"pt", {"os", "das", "não", "uma", "com", "para", "que", "dos"}},
    {"nl", {"het", "een", "van", "de", "en", "niet", "zijn", "voor"}},
    {"pl", {"się", "nie", "jest", "na", "że", "do", "w", "z"}},
    {"sv", {"och", "att", "det", "som", "en", "är", "för", "på"}},
};

}  // namespace

std::optional<std::string> NormalizeLanguageTag(std::string_view tag) {
  tag = text::Trim(tag);
  // Only the language and region subtags.
  std::string out;
  size_t i = 0;
  while (i < tag.size() && IsAlpha(tag[i])) out.push_back(text::AsciiLower(tag[i++]));
  if (out.size() < 2 || out.size() > 3) return std::nullopt;
  if (i < tag.size() && (tag[i] == '-' || tag[i] == '_')) {
    std::string region;
    size_t j = i + 1;
    while (j < tag.size() && (IsAlpha(tag[j]) || (tag[j] >= '0' && tag[j] <= '9')))
      region.push_back(tag[j++]);
    if (region.size() == 2) {
      for (char& c : region) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      out += "-" + region;
    } else if (region.size() == 4) {  // script subtag: zh-Hant
      region[0] =
          static_cast<char>(region[0] >= 'a' && region[0] <= 'z' ? region[0] - 32 : region[0]);
      for (size_t k = 1; k < 4; ++k) region[k] = text::AsciiLower(region[k]);
      out += "-" + region;
    }
  } else if (i < tag.size()) {
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> GuessLanguage(std::string_view s) {
  constexpr size_t kSampleBytes = 16 * 1024;
  s = s.substr(0, kSampleBytes);
  size_t han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, greek = 0, hebrew = 0, thai = 0,
         devanagari = 0, latin = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = text::NextCodePoint(s, &pos);
    if (cp < 0x80) {
      latin += (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    } else if (cp >= 0x3040 && cp <= 0x30FF) {
      ++kana;
    } else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) {
      ++han;
    } else if (cp >= 0xAC00 && cp <= 0xD7AF) {
      ++hangul;
    } else if (cp >= 0x0400 && cp <= 0x04FF) {
      ++cyrillic;
    } else if (cp >= 0x0600 && cp <= 0x06FF) {
      ++arabic;
    } else if (cp >= 0x0370 && cp <= 0x03FF) {
      ++greek;
    } else if (cp >= 0x0590 && cp <= 0x05FF) {
      ++hebrew;
    } else if (cp >= 0x0E00 && cp <= 0x0E7F) {
      ++thai;
    } else if (cp >= 0x0900 && cp <= 0x097F) {
      ++devanagari;
    } else if (cp < 0x250) {
      ++latin;
    }
  }
  const size_t total =
      han + kana + hangul + cyrillic + arabic + greek + hebrew + thai + devanagari + latin;
  if (total < 20) return std::nullopt;
  if (kana * 10 > total) return "ja";
  if ((han + kana) * 2 > total) return kana > 0 ? "ja" : "zh";
  if (hangul * 2 > total) return "ko";
  if (cyrillic * 2 > total) return "ru";
  if (arabic * 2 > total) return "ar";
  if (greek * 2 > total) return "el";
  if (hebrew * 2 > total) return "he";
  if (thai * 2 > total) return "th";
  if (devanagari * 2 > total) return "hi";
  if (latin * 2 <= total) return std::nullopt;
  // Count function words among the lower-cased words.
  std::array<size_t, std::size(kFunctionWords)> hits{};
  const std::string lower = text::AsciiLower(s);
  size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() &&
           (lower[i] == ' ' || lower[i] == ',' || lower[i] == '.' || lower[i] == '\n'))
      ++i;
    size_t j = i;
    while (j < lower.size() && lower[j] != ' ' && lower[j] != ',' && lower[j] != '.' &&
           lower[j] != '\n')
      ++j;
    const std::string_view word(lower.data() + i, j - i);
    for (size_t k = 0; k < std::size(kFunctionWords); ++k) {
      for (std::string_view w : kFunctionWords[k].words) {
        if (word == w) ++hits[k];
      }
    }
    i = j;
  }
  size_t best = 0;
  for (size_t k = 1; k < hits.size(); ++k) {
    if (hits[k] > hits[best]) best = k;
  }
  if (hits[best] < 3) return std::nullopt;
  return std::string(kFunctionWords[best].language);
}

}  // namespace newsift::metadata
