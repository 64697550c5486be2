#include "newsift/metadata/field_text.h"

#include <algorithm>

#include "newsift/dom/document.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The named references seen most in titles, names and descriptions;
// sorted by name for binary search, before libxml2's HTML 4 table. (The
// full HTML list has 2,231 names; libxml2 already decoded the page's own
// markup, this is only for values that were escaped twice.)
constexpr NamedEntity kNamedEntities[] = {
    {"amp", '&'},       {"apos", '\''},     {"bdquo", 0x201E},  {"bull", 0x2022},
    {"copy", 0x00A9},   {"eacute", 0x00E9}, {"euro", 0x20AC},   {"gt", '>'},
    {"hellip", 0x2026}, {"laquo", 0x00AB},  {"ldquo", 0x201C},  {"lsaquo", 0x2039},
    {"lsquo", 0x2018},  {"lt", '<'},        {"mdash", 0x2014},  {"middot", 0x00B7},
    {"nbsp", 0x00A0},   {"ndash", 0x2013},  {"quot", '"'},      {"raquo", 0x00BB},
    {"rdquo", 0x201D},  {"reg", 0x00AE},    {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"shy", 0x00AD},    {"trade", 0x2122},  {"uuml", 0x00FC},
    {"zwj", 0x200D},    {"zwnj", 0x200C},
};
static_assert(std::is_sorted(std::begin(kNamedEntities), std::end(kNamedEntities),
                             [](const NamedEntity& a, const NamedEntity& b) {
                               return a.name < b.name;
                             }));

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiHex(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool IsAsciiAlnum(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Decodes the reference starting at s[0] == '&'; returns the bytes it
// used, 0 when it is not a reference.
size_t DecodeOne(std::string_view s, std::string* out) {
  if (s.size() < 3) return 0;
  char32_t cp = 0;
  size_t i = 1;
  if (s[1] == '#') {
    i = 2;
    const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
    if (hex) ++i;
    const size_t digits_begin = i;
    while (i < s.size() && i - digits_begin < 8 && (hex ? IsAsciiHex(s[i]) : IsAsciiDigit(s[i]))) {
      const char c = s[i];
      const uint32_t digit = IsAsciiDigit(c) ? static_cast<uint32_t>(c - '0')
                                             : static_cast<uint32_t>((c | 0x20) - 'a' + 10);
      cp = static_cast<char32_t>(cp * (hex ? 16 : 10) + digit);
      ++i;
    }
    if (i == digits_begin) return 0;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    // Windows-1252 code points written as numeric references (&#146;).
    static constexpr char16_t kCp1252[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (cp >= 0x80 && cp <= 0x9F) cp = kCp1252[cp - 0x80];
  } else {
    while (i < s.size() && i < 10 && IsAsciiAlnum(s[i])) ++i;
    const std::string_view name = s.substr(1, i - 1);
    const auto* it =
        std::lower_bound(std::begin(kNamedEntities), std::end(kNamedEntities), name,
                         [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    if (it != std::end(kNamedEntities) && it->name == name) {
      cp = it->code_point;
    } else {
      cp = dom::LookupNamedEntity(name);  // the rest of HTML 4's ("&oacute;")
      if (cp == 0) return 0;
    }
  }
  if (i < s.size() && s[i] == ';') {
    ++i;
  } else if (s[1] != '#') {
    return 0;  // "&amp" without ";" is too often literal text ("AT&T")
  }
  text::AppendCodePoint(cp, out);
  return i;
}

std::string DecodeOnce(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '&') {
      const size_t used = DecodeOne(s.substr(i), &out);
      if (used > 0) {
        i += used;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

// Characters that never belong in a field: soft hyphen, zero-width
// space / joiners, word joiner, byte-order mark.
bool IsInvisible(char32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

// Opening marks that belong to the word after them, closing marks and
// final punctuation that belong to the word before them.
bool IsOpening(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case 0x00AB:  // «
    case 0x00BF:  // ¿
    case 0x00A1:  // ¡
    case 0x2018:  // ‘
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x201A:  // ‚
    case 0x2039:  // ‹
    case 0x300C:  // 「
    case 0x300E:  // 『
    case 0x3010:  // 【
    case 0xFF08:  // （
      return true;
    default:
      return false;
  }
}

bool IsClosing(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '?':
    case '!':
    case '.':
    case 0x00BB:  // »
    case 0x2019:  // ’
    case 0x201D:  // ”
    case 0x203A:  // ›
    case 0x2026:  // …
    case 0x300D:  // 」
    case 0x300F:  // 』
    case 0x3011:  // 】
    case 0xFF09:  // ）
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
    case 0x3002:  // 。
      return true;
    default:
      return false;
  }
}

// The byte ranges of the word-character runs of `s`.
struct WordSpan {
  size_t begin;
  size_t end;
};

std::vector<WordSpan> WordSpans(std::string_view s) {
  std::vector<WordSpan> spans;
  size_t pos = 0;
  bool in_word = false;
  while (pos < s.size()) {
    const size_t at = pos;
    const char32_t cp = text::NextCodePoint(s, &pos);
    const bool word = text::IsWordChar(cp);
    if (word && !in_word) spans.push_back({at, pos});
    if (word) spans.back().end = pos;
    in_word = word;
  }
  return spans;
}

}  // namespace

std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string once = DecodeOnce(s);
  if (once.find('&') == std::string::npos) return once;
  return DecodeOnce(once);
}

std::string CleanDescription(std::string_view s) {
  const std::string decoded = DecodeEntities(s);
  bool markup = false;
  for (size_t at = decoded.find('<'); at != std::string::npos && !markup;
       at = decoded.find('<', at + 1)) {
    const char next = at + 1 < decoded.size() ? decoded[at + 1] : '\0';
    markup =
        next == '/' || next == '!' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
  }
  if (!markup || decoded.find('>') == std::string::npos) return CleanFieldText(decoded);
  const Result<dom::Document> fragment = dom::ParseHtml("<body>" + decoded);
  if (!fragment.ok() || fragment.value().body() == dom::kNoNode) return CleanFieldText(decoded);
  return CleanFieldText(fragment.value().Text(fragment.value().body()));
}

std::string CleanFieldText(std::string_view s) {
  const std::string decoded = DecodeEntities(s);
  std::string visible;
  visible.reserve(decoded.size());
  size_t pos = 0;
  while (pos < decoded.size()) {
    const size_t at = pos;
    const char32_t cp = text::NextCodePoint(decoded, &pos);
    if (IsInvisible(cp)) continue;
    if (cp == 0x3000 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009 || cp == 0x202F) {
      visible.push_back(' ');  // ideographic, en, em, thin, narrow no-break space
      continue;
    }
    visible.append(decoded, at, pos - at);
  }
  return text::CollapseWhitespace(visible);
}

std::string MatchKey(std::string_view s) {
  std::string words;
  words.reserve(s.size());
  bool ascii = true;
  for (const WordSpan& span : WordSpans(s)) {
    if (!words.empty()) words.push_back(' ');
    for (size_t i = span.begin; i < span.end; ++i) {
      const char c = s[i];
      ascii = ascii && static_cast<unsigned char>(c) < 0x80;
      words.push_back(text::AsciiLower(c));
    }
  }
  if (ascii) return words;
  // Case-fold and normalise, then cut into words again: NFKC may turn a
  // character into punctuation ("½" -> "1⁄2").
  const std::string folded = text::FoldForComparison(words);
  std::string key;
  key.reserve(folded.size());
  for (const WordSpan& span : WordSpans(folded)) {
    if (!key.empty()) key.push_back(' ');
    key.append(folded, span.begin, span.end - span.begin);
  }
  return key;
}

size_t CountWords(std::string_view text) { return WordSpans(text).size(); }

size_t KeyWords(std::string_view key) {
  if (key.empty()) return 0;
  return static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

bool KeyContains(std::string_view key, std::string_view inner, size_t* before, size_t* after) {
  if (inner.empty() || inner.size() > key.size()) return false;
  for (size_t at = key.find(inner); at != std::string_view::npos; at = key.find(inner, at + 1)) {
    const size_t stop = at + inner.size();
    const bool starts = at == 0 || key[at - 1] == ' ';
    const bool ends = stop == key.size() || key[stop] == ' ';
    if (!starts || !ends) continue;
    *before = at == 0 ? 0 : KeyWords(key.substr(0, at - 1));
    *after = KeyWords(key.substr(std::min(stop + 1, key.size())));
    return true;
  }
  return false;
}

std::string SliceWords(std::string_view text, size_t first, size_t count) {
  const std::vector<WordSpan> spans = WordSpans(text);
  if (count == 0 || first + count > spans.size()) return {};
  size_t begin = spans[first].begin;
  size_t end = spans[first + count - 1].end;
  // Take the opening marks just before the first word...
  while (begin > 0) {
    size_t back = begin - 1;
    while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
    size_t pos = back;
    if (!IsOpening(text::NextCodePoint(text, &pos))) break;
    begin = back;
  }
  // ...and the closing marks just after the last one; a comma only when a
  // closing quote follows it ("coast,”").
  size_t pos = end;
  while (pos < text.size()) {
    const size_t at = pos;
    const char32_t cp = text::NextCodePoint(text, &pos);
    if (!IsClosing(cp) && cp != ',' && cp != ';') {
      pos = at;
      break;
    }
  }
  end = pos;
  while (end > spans[first + count - 1].end && (text[end - 1] == ',' || text[end - 1] == ';')) {
    --end;
  }
  return std::string(text::Trim(text.substr(begin, end - begin)));
}

std::string_view GapBeforeWord(std::string_view text, size_t word) {
  const std::vector<WordSpan> spans = WordSpans(text);
  if (word > spans.size()) return {};
  const size_t begin = word == 0 ? 0 : spans[word - 1].end;
  const size_t end = word == spans.size() ? text.size() : spans[word].begin;
  return text.substr(begin, end - begin);
}

}  // namespace newsift::metadata
