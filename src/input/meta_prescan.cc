// A prescan for <meta charset> in the spirit of the WHATWG "prescan a byte
// stream to determine its encoding" algorithm: tags are skipped properly
// (so a "<meta" inside an attribute value does not count), comments too.
// Unlike browsers we look past the first 1,024 bytes, up to <body> or
// kPrescanLimit, because archived pages often carry large inline scripts
// and styles before the declaration.
#include <string>

#include "newsift/input/encoding.h"

namespace newsift::input {
namespace {

constexpr size_t kPrescanLimit = 64 * 1024;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool StartsWithIgnoringCase(std::string_view s, size_t pos, std::string_view prefix) {
  if (pos + prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[pos + i]) != prefix[i]) return false;
  }
  return true;
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// One attribute; `pos` moves past it. Returns false at '>' or the end.
bool NextAttribute(std::string_view s, size_t* pos, std::string* name, std::string* value) {
  size_t i = *pos;
  while (i < s.size() && (IsSpace(s[i]) || s[i] == '/')) ++i;
  if (i >= s.size() || s[i] == '>') {
    *pos = i;
    return false;
  }
  name->clear();
  value->clear();
  while (i < s.size() && !IsSpace(s[i]) && s[i] != '=' && s[i] != '>' &&
         (s[i] != '/' || name->empty())) {
    name->push_back(Lower(s[i]));
    ++i;
  }
  while (i < s.size() && IsSpace(s[i])) ++i;
  if (i < s.size() && s[i] == '=') {
    ++i;
    while (i < s.size() && IsSpace(s[i])) ++i;
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
      const char quote = s[i++];
      while (i < s.size() && s[i] != quote) value->push_back(s[i++]);
      if (i < s.size()) ++i;
    } else {
      while (i < s.size() && !IsSpace(s[i]) && s[i] != '>') value->push_back(s[i++]);
    }
  }
  *pos = i;
  return true;
}

// "text/html; charset=Shift_JIS" -> "Shift_JIS" (WHATWG "extracting a
// character encoding from a meta element").
std::optional<std::string> CharsetFromContent(std::string_view content) {
  const std::string lower = ToLower(content);
  size_t pos = 0;
  while ((pos = lower.find("charset", pos)) != std::string::npos) {
    size_t i = pos + 7;
    while (i < content.size() && IsSpace(content[i])) ++i;
    if (i >= content.size() || content[i] != '=') {
      pos = i;
      continue;
    }
    ++i;
    while (i < content.size() && IsSpace(content[i])) ++i;
    if (i >= content.size()) return std::nullopt;
    if (content[i] == '"' || content[i] == '\'') {
      const char quote = content[i];
      const size_t close = content.find(quote, i + 1);
      if (close == std::string_view::npos) return std::nullopt;
      return std::string(content.substr(i + 1, close - i - 1));
    }
    size_t j = i;
    while (j < content.size() && !IsSpace(content[j]) && content[j] != ';') ++j;
    return std::string(content.substr(i, j - i));
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> PrescanMetaCharset(std::string_view bytes) {
  const std::string_view s = bytes.substr(0, kPrescanLimit);
  std::string name;
  std::string value;
  size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      const size_t close = s.find("-->", i + 4);
      if (close == std::string_view::npos) return std::nullopt;
      i = close + 3;
      continue;
    }
    if (StartsWithIgnoringCase(s, i, "<meta") && i + 5 < s.size() &&
        (IsSpace(s[i + 5]) || s[i + 5] == '/')) {
      size_t pos = i + 5;
      bool got_pragma = false;
      int need_pragma = -1;  // -1 unknown, 0 no, 1 yes
      std::optional<std::string> charset;
      while (NextAttribute(s, &pos, &name, &value)) {
        if (name == "http-equiv") {
          if (ToLower(value) == "content-type") got_pragma = true;
        } else if (name == "content") {
          if (!charset) {
            charset = CharsetFromContent(value);
            if (charset) need_pragma = 1;
          }
        } else if (name == "charset") {
          charset = value;
          need_pragma = 0;
        }
      }
      i = pos;
      if (need_pragma == -1 || (need_pragma == 1 && !got_pragma)) continue;
      if (charset && !charset->empty()) return charset;
      continue;
    }
    if (StartsWithIgnoringCase(s, i, "<body")) return std::nullopt;
    const bool end_tag = i + 1 < s.size() && s[i + 1] == '/';
    const size_t name_at = i + (end_tag ? 2 : 1);
    if (name_at < s.size() && ((s[name_at] | 0x20) >= 'a' && (s[name_at] | 0x20) <= 'z')) {
      // Skip the tag name, then its attributes (quoted '>' stays inside).
      size_t pos = name_at;
      while (pos < s.size() && !IsSpace(s[pos]) && s[pos] != '>') ++pos;
      while (NextAttribute(s, &pos, &name, &value)) {
      }
      i = pos;
      continue;
    }
    if (s.compare(i, 2, "<!") == 0 || s.compare(i, 2, "</") == 0 || s.compare(i, 2, "<?") == 0) {
      const size_t close = s.find('>', i + 2);
      if (close == std::string_view::npos) return std::nullopt;
      i = close + 1;
      continue;
    }
    ++i;
  }
  return std::nullopt;
}

}  // namespace newsift::input
