#include "newsift/dom/raw_text.h"

#include <cstring>

namespace newsift::dom {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The characters libxml2's htmlParseHTMLName takes into a tag name.
bool IsNameChar(char c) {
  return IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

bool StartsWithIgnoringCase(std::string_view s, size_t at, std::string_view lower) {
  if (s.size() - at < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if (Lower(s[at + i]) != lower[i]) return false;
  }
  return true;
}

size_t FindIgnoringCase(std::string_view s, size_t from, std::string_view lower) {
  // lower[0] is '<' in every use: memchr finds candidates quickly.
  while (from < s.size()) {
    const void* hit = std::memchr(s.data() + from, lower[0], s.size() - from);
    if (hit == nullptr) return std::string_view::npos;
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - s.data());
    if (StartsWithIgnoringCase(s, at, lower)) return at;
    from = at + 1;
  }
  return std::string_view::npos;
}

const char* Find(const char* from, const char* end, char c) {
  return static_cast<const char*>(std::memchr(from, c, static_cast<size_t>(end - from)));
}

// The end of the tag that starts at `at` (one past its '>'), skipping
// quoted attribute values as libxml2 does; npos when it never ends. Jumps
// from quote to quote with memchr: most tags have a few attributes and
// this runs over every tag of the page.
size_t TagEnd(std::string_view s, size_t at) {
  // One pass over the tag: the first '>' outside a quoted attribute value
  // ends it. (Searching for '>', '"' and '\'' again after every value
  // cost three memchr calls per attribute.)
  const char* const begin = s.data();
  const char* const end = begin + s.size();
  for (const char* p = begin + at + 1; p < end; ++p) {
    const char c = *p;
    if (c == '>') return static_cast<size_t>(p - begin) + 1;
    if (c != '"' && c != '\'') continue;
    // Only a quote that opens an attribute value (after '=') quotes.
    const char* k = p;
    while (k > begin + at && (k[-1] == ' ' || k[-1] == '\t' || k[-1] == '\n' || k[-1] == '\r')) --k;
    if (k == begin + at || k[-1] != '=') continue;
    const char* closing = Find(p + 1, end, c);
    if (closing == nullptr) return std::string_view::npos;
    p = closing;  // the loop steps past it
  }
  return std::string_view::npos;
}

}  // namespace

bool CutRawTextBodies(std::string_view html, std::string* out) {
  const size_t old_size = out->size();
  size_t copied = 0;  // html[0, copied) is in *out
  size_t i = 0;
  bool cut = false;
  while (i < html.size()) {
    const void* hit = std::memchr(html.data() + i, '<', html.size() - i);
    if (hit == nullptr) break;
    const size_t lt = static_cast<size_t>(static_cast<const char*>(hit) - html.data());
    if (lt + 1 >= html.size()) break;
    const char next = html[lt + 1];
    if (next == '!') {
      // Comment, doctype or bogus comment.
      if (StartsWithIgnoringCase(html, lt, "<!--")) {
        const size_t end = html.find("-->", lt + 4);
        if (end == std::string_view::npos) break;
        i = end + 3;
      } else {
        const size_t end = html.find('>', lt + 2);
        if (end == std::string_view::npos) break;
        i = end + 1;
      }
      continue;
    }
    if (next == '?' || next == '/') {
      const size_t end = html.find('>', lt + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    if (!IsAsciiLetter(next)) {
      i = lt + 1;  // text
      continue;
    }
    size_t name_end = lt + 1;
    while (name_end < html.size() && IsNameChar(html[name_end])) ++name_end;
    const size_t tag_end = TagEnd(html, lt);
    if (tag_end == std::string_view::npos) break;
    i = tag_end;
    const std::string_view name = html.substr(lt + 1, name_end - lt - 1);
    std::string_view closer;
    if (name.size() == 6 && StartsWithIgnoringCase(name, 0, "script")) {
      closer = "</script";
    } else if (name.size() == 5 && StartsWithIgnoringCase(name, 0, "style")) {
      closer = "</style";
    } else {
      continue;
    }
    // <script/> is not self-closing in HTML: its body follows all the same.
    const size_t body_end = FindIgnoringCase(html, tag_end, closer);
    if (body_end == std::string_view::npos) break;  // libxml2 reads to the end
    const std::string_view start_tag = html.substr(lt, tag_end - lt);
    bool keep = false;
    // "json" rather than "ld+json": the type may spell "+" as "&#x2B;".
    for (size_t k = 0; k + 4 <= start_tag.size() && !keep; ++k) {
      keep = StartsWithIgnoringCase(start_tag, k, "json");
    }
    if (!keep && body_end > tag_end) {
      if (!cut) out->reserve(old_size + html.size());
      out->append(html.substr(copied, tag_end - copied));
      copied = body_end;
      cut = true;
    }
    i = body_end + closer.size();
  }
  if (!cut) return false;
  out->append(html.substr(copied));
  return true;
}

}  // namespace newsift::dom
