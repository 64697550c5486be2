#include "newsift/metadata/author.h"

#include "newsift/classify/hints.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

constexpr std::string_view kPrefixes[] = {
    "written by ", "posted by ", "reported by ", "story by ", "words by ", "text by ",
    "by ",         "von ",       "par ",         "por ",      "door ",     "di ",
    "av ",         "af ",        "przez ",       "автор: ",   "作者：",    "作者:",
    "author: ",    "authors: ",  "autor: ",      "autorin: ", "texto: ",   "text: "};

constexpr std::string_view kRoleWords[] = {
    "staff",         "writer",      "reporter",     "editor",
    "correspondent", "contributor", "columnist",    "producer",
    "journalist",    "redakteur",   "redaktion",    "team",
    "desk",          "news",        "agency",       "associated press",
    "reuters",       "afp",         "dpa",          "press",
    "updated",       "published",   "photos",       "photo",
    "video",         "opinion",     "analysis",     "senior",
    "chief",         "bureau",      "contributing", "special",
    "guest",         "for "};

bool ContainsDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

// Splits on ",", ";", " and ", " & ", " und ", " et ", " y ", " e ", "|".
std::vector<std::string> SplitNames(std::string_view s) {
  std::vector<std::string> parts;
  std::string current;
  auto flush = [&]() {
    std::string_view t = text::Trim(current);
    if (!t.empty()) parts.emplace_back(t);
    current.clear();
  };
  static constexpr std::string_view kWordSeparators[] = {
      " and ", " & ", " und ", " et ", " y ", " e ", " i ", " og ", " en ", " och ", " и "};
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == ',' || c == ';' || c == '|' || c == '/' || c == '\n') {
      flush();
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view sep : kWordSeparators) {
      if (s.size() - i >= sep.size() &&
          text::EqualsIgnoringAsciiCase(s.substr(i, sep.size()), sep)) {
        flush();
        i += sep.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    current.push_back(c);
    ++i;
  }
  flush();
  return parts;
}

std::string StripPrefix(std::string_view s) {
  s = text::Trim(s);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view prefix : kPrefixes) {
      if (text::StartsWithIgnoringAsciiCase(s, prefix)) {
        s = text::Trim(s.substr(prefix.size()));
        again = true;
      }
    }
  }
  return std::string(s);
}

void AddUnique(std::vector<std::string>* names, std::string name) {
  const std::string folded = text::FoldForComparison(name);
  for (const std::string& n : *names) {
    if (text::FoldForComparison(n) == folded) return;
  }
  names->push_back(std::move(name));
}

}  // namespace

bool LooksLikePersonName(std::string_view name) {
  name = text::Trim(name);
  if (name.empty() || name.size() > 80) return false;
  if (ContainsDigit(name)) return false;
  if (name.find('@') != std::string_view::npos || name.find("://") != std::string_view::npos ||
      name.find("www.") != std::string_view::npos || name.find(".com") != std::string_view::npos) {
    return false;
  }
  const std::string lower = text::AsciiLower(name);
  for (std::string_view role : kRoleWords) {
    // Whole-word match of role words.
    size_t at = lower.find(role);
    while (at != std::string::npos) {
      const bool start = at == 0 || lower[at - 1] == ' ';
      const bool end =
          at + role.size() == lower.size() || lower[at + role.size()] == ' ' || role.back() == ' ';
      if (start && end) return false;
      at = lower.find(role, at + 1);
    }
  }
  size_t words = 1;
  for (char c : name) words += c == ' ';
  return words <= 5;
}

std::vector<std::string> ParseByline(std::string_view byline) {
  std::string s = StripPrefix(text::CollapseWhitespace(byline));
  // Cut at what follows the names: " - Updated", " | 3 min read", " •".
  for (std::string_view stop : {" • ", " · ", " | ", " — ", " – ", " - ", "\t"}) {
    const size_t at = s.find(stop);
    if (at != std::string::npos && at > 0) s.resize(at);
  }
  std::vector<std::string> names;
  for (std::string& part : SplitNames(s)) {
    std::string name = StripPrefix(part);
    if (LooksLikePersonName(name)) AddUnique(&names, std::move(name));
  }
  return names;
}

Authors FindAuthors(const dom::Document& doc, const classify::Content& content,
                    const PageMeta& meta, const JsonLd& json_ld) {
  Authors result;
  if (const JsonLdArticle* article = json_ld.Main()) {
    for (const JsonLdAuthor& author : article->authors) {
      if (author.is_organization) continue;
      for (std::string& name : ParseByline(author.name)) AddUnique(&result.names, std::move(name));
    }
    if (!result.names.empty()) return result;
  }
  for (std::string_view key :
       {"author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"}) {
    const auto value = meta.Get(key);
    if (!value || value->find("://") != std::string_view::npos) continue;
    for (std::string& name : ParseByline(*value)) AddUnique(&result.names, std::move(name));
    if (!result.names.empty()) return result;
  }
  // The visible byline: rel=author links, itemprop=author, byline classes.
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element()) continue;
    const classify::Removal removal = content.removal[id];
    if (removal == classify::Removal::kNonText || removal == classify::Removal::kHidden) continue;
    const bool rel_author = text::AsciiLower(doc.attr(id, "rel")) == "author";
    const bool itemprop_author = text::AsciiLower(doc.attr(id, "itemprop")) == "author";
    const std::string names =
        text::AsciiLower(doc.attr(id, "class")) + " " + text::AsciiLower(doc.attr(id, "id"));
    const bool byline_class =
        (names.find("byline") != std::string::npos || names.find("author") != std::string::npos) &&
        names.find("bio") == std::string::npos;
    if (!rel_author && !itemprop_author && !byline_class) continue;
    const std::string t = doc.Text(id);
    if (t.empty() || t.size() > 200) continue;
    for (std::string& name : ParseByline(t)) AddUnique(&result.names, std::move(name));
    id = node.end - 1;
    if (result.names.size() >= 6) break;
  }
  return result;
}

}  // namespace newsift::metadata
