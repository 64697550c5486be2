#include "newsift/metadata/publication_date.h"

#include <string_view>

#include "newsift/classify/hints.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

constexpr std::string_view kPublishedKeys[] = {"article:published_time",
                                               "og:article:published_time",
                                               "article.published",
                                               "datepublished",
                                               "publishdate",
                                               "publish-date",
                                               "publish_date",
                                               "pubdate",
                                               "dc.date.issued",
                                               "dcterms.issued",
                                               "dc.date",
                                               "dcterms.date",
                                               "dcterms.created",
                                               "sailthru.date",
                                               "parsely-pub-date",
                                               "og:published_time",
                                               "article:published",
                                               "originalpublicationdate",
                                               "cxenseparse:recs:publishtime",
                                               "date",
                                               "displaydate"};

constexpr std::string_view kModifiedKeys[] = {
    "article:modified_time", "og:updated_time", "datemodified",    "dc.date.modified",
    "dcterms.modified",      "last-modified",   "article:modified"};

std::optional<DateTime> ValidDate(std::string_view s, const DateBounds& bounds) {
  auto dt = ParseIsoDateTime(s);
  if (!dt || !bounds.Contains(dt->date)) return std::nullopt;
  return dt;
}

std::optional<DateTime> FindPublished(const dom::Document& doc, const classify::Content& content,
                                      const PageMeta& meta, const JsonLd& json_ld,
                                      const std::optional<std::string>& url,
                                      const DateBounds& bounds) {
  if (const JsonLdArticle* article = json_ld.Main(); article && article->date_published) {
    if (auto dt = ValidDate(*article->date_published, bounds)) return dt;
  }
  for (std::string_view key : kPublishedKeys) {
    for (const auto& [k, v] : meta.tags) {
      if (k != key) continue;
      if (auto dt = ValidDate(v, bounds)) return dt;
    }
  }
  // <time datetime> marked as the publication time, then the first one
  // near the article.
  NodeId first_time = kNoNode;
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element() || node.tag != dom::Tag::kTime) continue;
    const std::string_view datetime = doc.attr(id, "datetime");
    if (datetime.empty()) continue;
    const std::string itemprop = text::AsciiLower(doc.attr(id, "itemprop"));
    if (itemprop == "datepublished" || doc.has_attr(id, "pubdate")) {
      if (auto dt = ValidDate(datetime, bounds)) return dt;
    }
    const classify::Removal removal = content.removal[id];
    const bool boilerplate =
        removal == classify::Removal::kHint && (content.hints[id] & classify::kHintByline) == 0;
    if (first_time == kNoNode && !boilerplate) first_time = id;
  }
  if (first_time != kNoNode) {
    if (auto dt = ValidDate(doc.attr(first_time, "datetime"), bounds)) return dt;
  }
  if (url) {
    if (auto dt = DateFromUrl(*url); dt && bounds.Contains(dt->date)) return dt;
  }
  return std::nullopt;
}

std::optional<DateTime> FindModified(const PageMeta& meta, const JsonLd& json_ld,
                                     const DateBounds& bounds) {
  if (const JsonLdArticle* article = json_ld.Main(); article && article->date_modified) {
    if (auto dt = ValidDate(*article->date_modified, bounds)) return dt;
  }
  for (std::string_view key : kModifiedKeys) {
    if (auto v = meta.Get(key)) {
      if (auto dt = ValidDate(*v, bounds)) return dt;
    }
  }
  return std::nullopt;
}

}  // namespace

PublicationDates FindPublicationDates(const dom::Document& doc, const classify::Content& content,
                                      const PageMeta& meta, const JsonLd& json_ld,
                                      const DateContext& context) {
  PublicationDates out;
  out.published = FindPublished(doc, content, meta, json_ld, context.url, context.bounds);
  if (out.published) {
    if (auto modified = FindModified(meta, json_ld, context.bounds)) {
      if (!(modified->date < out.published->date)) out.modified = modified;
    }
  }
  return out;
}

}  // namespace newsift::metadata
