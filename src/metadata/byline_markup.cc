#include "byline_markup_internal.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::NodeId;
using dom::Tag;

// True when `names` say bio, avatar or description: not the byline itself.
bool NamesBiography(std::string_view names) {
  return names.find("bio") != std::string_view::npos ||
         names.find("avatar") != std::string_view::npos ||
         names.find("description") != std::string_view::npos;
}

// The text below `id` with a space between the texts of different
// elements: bylines put a name and a role side by side in spans with
// nothing between them ("<span>Howard Blume</span><span>Staff
// Writer</span>", which Document::Text joins as "Howard BlumeStaff").
std::string SpacedText(const dom::Document& doc, NodeId id) {
  std::string out;
  const NodeId end = doc.node(id).end;
  int items = 0;
  for (NodeId n = id; n < end; ++n) {
    const dom::Node& node = doc.node(n);
    if (node.is_element()) {
      if (node.tag == Tag::kScript || node.tag == Tag::kStyle) n = node.end - 1;
      // Items of a list are separate names: "<ul><li>Jane Doe</li><li>John
      // Roe</li></ul>" reads "Jane Doe, John Roe".
      if (node.tag == Tag::kLi) {
        if (items > 0) out.push_back(',');
        ++items;
      }
      continue;
    }
    const std::string_view t = text::Trim(doc.text(n));
    if (t.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(t);
  }
  return out;
}

}  // namespace

// (Every part starts with '/': only the slashes of `href` are tried, one
// pass instead of a search per part, as this runs for every link.)
bool IsAuthorPageLink(std::string_view href) {
  static constexpr std::string_view kParts[] = {
      "/author/",       "/authors/",     "/autor/",   "/autoren/",     "/auteur/",   "/editors/",
      "/contributors/", "/contributor/", "/writers/", "/journalists/", "/reporters/"};
  for (size_t slash = href.find('/'); slash != std::string_view::npos;
       slash = href.find('/', slash + 1)) {
    const std::string_view rest = href.substr(slash);
    if (rest.size() < 7) break;  // shorter than the shortest part
    const char c = rest[1];
    if (c != 'a' && c != 'c' && c != 'e' && c != 'j' && c != 'r' && c != 'w') continue;
    for (std::string_view part : kParts) {
      if (rest.starts_with(part)) return true;
    }
  }
  return false;
}

bool HasPersonIconClass(std::string_view names) {
  const std::string lower = text::AsciiLower(names);
  if (lower.find("icon") == std::string::npos && lower.find("fa-") == std::string::npos &&
      lower.find("bi-") == std::string::npos) {
    return false;
  }
  return lower.find("person") != std::string::npos || lower.find("user") != std::string::npos ||
         lower.find("author") != std::string::npos;
}

bool NamesAuthorClass(std::string_view names) {
  if (NamesBiography(names)) return false;
  return names.find("byline") != std::string_view::npos ||
         names.find("author") != std::string_view::npos ||
         names.find("autor") != std::string_view::npos ||
         names.find("auteur") != std::string_view::npos;
}

bool NamesWriterClass(std::string_view names) {
  // (The classifier has no byline hint for it: "writer" is not a word of
  // its own there.)
  if (NamesBiography(names)) return false;
  const size_t writer = names.find("writer");
  return writer != std::string_view::npos && names.substr(writer, 7) != "writers" &&
         names.find("editor") == std::string_view::npos;
}

bool NamesAuthorDescription(std::string_view names) {
  return names.find("author") != std::string_view::npos &&
         (names.find("description") != std::string_view::npos ||
          names.find("bio") != std::string_view::npos);
}

bool StartsWithOtherRole(std::string_view lower) {
  lower = text::Trim(lower);
  for (std::string_view label :
       {"reviewed by", "medically reviewed by", "expert reviewed by", "fact-checked by",
        "fact checked by", "edited by", "photos by", "photo by", "photographs by",
        "illustration by", "illustrations by"}) {
    if (lower.starts_with(label)) return true;
  }
  return false;
}

std::string BylineText(const dom::Document& doc, NodeId id) {
  const NodeId end = doc.node(id).end;
  for (NodeId d = id + 1; d < end; ++d) {
    if (doc.node(d).is_element() &&
        text::EqualsIgnoringAsciiCase(doc.attr(d, "itemprop"), "name")) {
      // <meta itemprop="name" content="Jane Doe"> in microdata.
      if (doc.node(d).tag == Tag::kMeta) return std::string(doc.attr(d, "content"));
      return SpacedText(doc, d);
    }
  }
  return SpacedText(doc, id);
}

}  // namespace newsift::metadata
