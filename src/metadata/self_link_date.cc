#include <string>
#include <vector>

#include "newsift/metadata/metadata.h"
#include "newsift/text/utf8.h"
#include "self_link_date_internal.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

// How far above a link its teaser's date may sit, and how much text the
// teaser may hold: more is a list of several stories.
constexpr int kMaxTeaserDepth = 3;
constexpr size_t kMaxTeaserText = 300;
// A teaser is a few elements; a larger subtree is not read (its text is
// not even gathered: a page of many self-links stays cheap).
constexpr dom::NodeId kMaxTeaserNodes = 100;

// "https://www.Example.org/a/b/?x=1#c" -> "example.org/a/b": what tells
// two addresses of one page apart.
std::string PageKey(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("?#"));
  while (url.ends_with('/')) url.remove_suffix(1);
  std::string key = text::AsciiLower(url.substr(0, url.find('/')));
  if (key.starts_with("www.")) key.erase(0, 4);
  if (const size_t slash = url.find('/'); slash != std::string_view::npos) {
    key.append(url.substr(slash));
  }
  return key;
}

// The dates in `id`'s text and <time datetime> values, each day once.
std::vector<DateTime> DatesIn(const dom::Document& doc, NodeId id, const TextDateOptions& options,
                              const DateBounds& bounds) {
  std::vector<DateTime> out;
  auto add = [&](const DateTime& dt) {
    if (!bounds.Contains(dt.date)) return;
    for (const DateTime& seen : out) {
      if (seen.date == dt.date) return;
    }
    out.push_back(dt);
  };
  for (NodeId d = id; d < doc.node(id).end; ++d) {
    if (doc.node(d).is_element() && doc.node(d).tag == dom::Tag::kTime) {
      if (auto dt = ParseIsoDateTime(doc.attr(d, "datetime"))) add(*dt);
    }
  }
  for (const TextDate& d : FindTextDates(doc.Text(id), options)) add(d.value);
  return out;
}

}  // namespace

std::optional<DateTime> SelfLinkDate(const dom::Document& doc, std::string_view page_url,
                                     const TextDateOptions& options, const DateBounds& bounds) {
  const std::string key = PageKey(page_url);
  // A home page: every logo links to it.
  if (key.find('/') == std::string::npos) return std::nullopt;
  std::optional<DateTime> found;
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element() || node.tag != dom::Tag::kA) continue;
    const std::string_view href = doc.attr(id, "href");
    if (href.empty() || href.starts_with("#")) continue;
    if (PageKey(ResolveUrl(page_url, href)) != key) continue;
    // The link's own text first, then the teaser around it.
    NodeId teaser = id;
    for (int depth = 0; depth <= kMaxTeaserDepth && teaser != kNoNode;
         ++depth, teaser = doc.node(teaser).parent) {
      if (doc.node(teaser).end - teaser > kMaxTeaserNodes) break;
      if (doc.Text(teaser).size() > kMaxTeaserText) break;
      const std::vector<DateTime> dates = DatesIn(doc, teaser, options, bounds);
      if (dates.empty()) continue;
      if (dates.size() > 1) break;  // two dates: which is the story's?
      if (found && found->date != dates[0].date) return std::nullopt;
      if (!found) found = dates[0];
      break;
    }
  }
  return found;
}

}  // namespace newsift::metadata
