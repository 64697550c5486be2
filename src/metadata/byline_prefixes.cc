#include <algorithm>
#include <array>
#include <cstdint>

#include "byline_prefixes_internal.h"
#include "byline_text_internal.h"
#include "name_words_internal.h"
#include "newsift/metadata/byline.h"
#include "newsift/metadata/date_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace byline_prefixes {
namespace {

using byline_text::HasDigit;
using byline_text::InitialCase;
using byline_text::IsAsciiUpper;
using byline_text::Words;

// The first bytes byline prefixes start with (ASCII lower-cased): a
// cheap test before comparing a text with every prefix.
const std::array<bool, 256>& PrefixFirstBytes() {
  static const std::array<bool, 256> table = [] {
    std::array<bool, 256> t{};
    for (std::string_view prefix : name_words::kPrefixes) {
      const auto c = static_cast<unsigned char>(prefix.front());
      t[c] = true;
      if (c >= 'a' && c <= 'z') t[c - 'a' + 'A'] = true;
    }
    return t;
  }();
  return table;
}

// A prefix in Han characters ("作者", "记者").
bool IsHanLabel(std::string_view prefix) {
  size_t pos = 0;
  const char32_t cp = text::NextCodePoint(prefix, &pos);
  return cp >= 0x3400 && cp <= 0x9FFF;
}

// "：", "／", "●": what CJK bylines put after a label ("文／王伟", "文●
// オカモト"); three bytes each.
bool StartsWithWideSeparator(std::string_view s) {
  return s.starts_with("\xEF\xBC\x9A") || s.starts_with("\xEF\xBC\x8F") ||
         s.starts_with("\xE2\x97\x8F");
}

// Prefixes that are nouns naming a field rather than words introducing
// names ("Author", "Text", "Autor").
bool IsLabelNoun(std::string_view prefix) {
  for (std::string_view noun :
       {"text",         "texto",   "author",  "authors",    "author(s)",  "contributor",
        "contributors", "autor",   "autorin", "autoren",    "autorinnen", "автор",
        "Автор",        "авторы",  "Авторы",  "текст",      "Текст",      "yazan",
        "yazar",        "penulis", "tekst",   "reportagem", "kirjoittaja"}) {
    if (prefix == noun) return true;
  }
  return false;
}

bool StartsWithTwoNameWords(std::string_view s) {
  const std::vector<std::string_view> words = Words(s);
  return words.size() >= 2 && !HasDigit(words[0]) && !HasDigit(words[1]) &&
         InitialCase(words[0]) == 1 && InitialCase(words[1]) == 1;
}

}  // namespace

bool MayStartWithPrefix(std::string_view s) {
  return !s.empty() && PrefixFirstBytes()[static_cast<unsigned char>(s.front())];
}

// Removes one byline prefix from the front of `*s`; true when there was one.
bool StripOnePrefix(std::string_view* s) {
  if (!MayStartWithPrefix(*s)) return false;
  for (std::string_view prefix : name_words::kPrefixes) {
    if (s->size() < prefix.size() || !text::StartsWithIgnoringAsciiCase(*s, prefix)) continue;
    std::string_view rest = s->substr(prefix.size());
    // "By Jane", "By: Jane", "Autor：王伟", "文／王伟", and glued "ByJane"
    // / "Byby" / "记者李䶮" (Han labels of two characters or more: "文化"
    // and Thai "โดยเฉพาะ", "especially", are words, not bylines).
    const bool glued =
        (prefix == "by" && !rest.empty() &&
         (IsAsciiUpper(rest.front()) || text::StartsWithIgnoringAsciiCase(rest, "by"))) ||
        (IsHanLabel(prefix) && text::CountCodePoints(prefix) >= 2);
    if (!glued && !rest.empty() && rest.front() != ' ' && rest.front() != ':' &&
        !StartsWithWideSeparator(rest)) {
      continue;
    }
    // Label nouns without their colon introduce two capitalised words at
    // least: "Author Lisa Ellis" (the label in an element of its own), not
    // "Text Link", "Author Spotlight", "Text Analytics 101".
    if (!glued && !rest.empty() && IsLabelNoun(prefix) && text::Trim(rest).front() != ':' &&
        !StartsWithWideSeparator(text::Trim(rest)) && !StartsWithTwoNameWords(rest)) {
      continue;
    }
    rest = text::Trim(rest);
    while (!rest.empty() &&
           (rest.front() == ':' || rest.front() == '-' || StartsWithWideSeparator(rest))) {
      rest = text::Trim(rest.substr(rest.front() == ':' || rest.front() == '-' ? 1 : 3));
    }
    *s = rest;
    return true;
  }
  return false;
}

std::string_view StripPrefixes(std::string_view s) {
  s = text::Trim(s);
  for (int i = 0; i < 3 && StripOnePrefix(&s); ++i) {
  }
  return s;
}

bool HasKoreanReporterRole(std::string_view s) {
  s = text::Trim(s);
  // (Bytes first: this runs for every short block of the page.)
  if (s.size() > 80 || s.find("\xEA\xB8\xB0\xEC\x9E\x90") == std::string_view::npos) {  // 기자
    return false;
  }
  // "사진=박지훈 기자" credits a photographer.
  if (s.find('=') != std::string_view::npos) return false;
  // One or two names before the role: not a sentence or a caption.
  const std::vector<std::string_view> words = Words(s);
  for (size_t i = 0; i < words.size() && i < 3; ++i) {
    const std::string_view w = words[i];
    for (std::string_view role : {std::string_view("기자"), std::string_view("특파원")}) {
      // The role as a word after the name, or glued to it ("김지현기자").
      if ((w == role && i >= 1) || (w.size() >= role.size() + 6 && w.ends_with(role))) return true;
    }
  }
  return false;
}

bool IsNameThenDateLine(std::string_view t) {
  t = text::Trim(t);
  size_t at = std::string_view::npos;
  for (std::string_view mark : {" | ", " · ", " • "}) at = std::min(at, t.find(mark));
  if (at == std::string_view::npos) return false;
  const std::string_view name = t.substr(0, at);
  const size_t words = byline_text::Words(name).size();
  if (words < 2 || words > 3 || !LooksLikePersonName(name)) return false;
  return !FindTextDates(t.substr(at), TextDateOptions{}).empty();
}

std::string_view StripCopyrightYears(std::string_view line) {
  std::string_view rest = text::Trim(line);
  if (rest.starts_with("\xC2\xA9")) {  // ©
    rest.remove_prefix(2);
  } else if (text::StartsWithIgnoringAsciiCase(rest, "(c)")) {
    rest.remove_prefix(3);
  } else {
    return {};
  }
  rest = text::Trim(rest);
  // The year, or years: "2019", "2006-2019", "2006 – 2019".
  const size_t digits = rest.find_first_not_of("0123456789-\xE2\x80\x93 ");
  if (digits == 0 || digits == std::string_view::npos || !HasDigit(rest.substr(0, digits))) {
    return {};
  }
  return text::Trim(rest.substr(digits));
}

}  // namespace byline_prefixes

bool HasBylinePrefix(std::string_view text) {
  std::string_view s = text::Trim(text);
  const size_t before = s.size();
  return byline_prefixes::StripOnePrefix(&s) && s.size() < before && !s.empty();
}

bool IsBylineLabel(std::string_view text) {
  if (text.size() > 40) return false;
  std::string_view s = text::Trim(text);
  // "| By " in a screen-reader span between the section and the name.
  while (!s.empty() && (s.front() == '|' || s.front() == '-')) s = text::Trim(s.substr(1));
  if (s.empty() || s.size() > 30 || !byline_prefixes::MayStartWithPrefix(s)) return false;
  if (s.back() == ':') s = text::Trim(s.substr(0, s.size() - 1));
  // (Sizes first: this runs for every text node of the page.) Bit n of
  // `sizes`: a prefix of n bytes exists (s is at most 30 bytes here).
  static const uint64_t sizes = [] {
    uint64_t bits = 0;
    for (std::string_view prefix : name_words::kPrefixes) {
      if (prefix.size() < 64) bits |= uint64_t{1} << prefix.size();
    }
    return bits;
  }();
  if (((sizes >> s.size()) & 1) == 0) return false;
  for (std::string_view prefix : name_words::kPrefixes) {
    if (prefix.size() == s.size() && prefix.size() >= 2 &&
        text::EqualsIgnoringAsciiCase(s, prefix)) {
      return true;
    }
  }
  return false;
}

}  // namespace newsift::metadata
