#include <span>
#include <string>
#include <string_view>

#include "date_meta_names_internal.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

// <meta> names for the publication date, strongest first.
constexpr std::string_view kPublishedKeys[] = {"article:published_time",
                                               "og:article:published_time",
                                               "article.published",
                                               "datepublished",
                                               "publishdate",
                                               "publish-date",
                                               "publish_date",
                                               "published",
                                               "pubdate",
                                               "date-pub",
                                               "dc.date.issued",
                                               "dcterms.issued",
                                               "dc.date",
                                               "dcterms.date",
                                               "dc.date.created",
                                               "dcterms.created",
                                               "sailthru.date",
                                               "parsely-pub-date",
                                               "og:published_time",
                                               "article:published",
                                               "originalpublicationdate",
                                               "article_date_original",
                                               "cxenseparse:recs:publishtime",
                                               "shareaholic:article_published_time",
                                               "w-published-date",
                                               "bt:pubdate",
                                               "date",
                                               "displaydate"};

constexpr std::string_view kModifiedKeys[] = {"article:modified_time",
                                              "og:updated_time",
                                              "datemodified",
                                              "dc.date.modified",
                                              "dcterms.modified",
                                              "last-modified",
                                              "article:modified",
                                              "article_date_updated",
                                              "shareaholic:article_modified_time",
                                              "bt:moddate",
                                              "updated"};

}  // namespace

std::span<const std::string_view> PublishedMetaNames() { return kPublishedKeys; }

std::span<const std::string_view> ModifiedMetaNames() { return kModifiedKeys; }

DateNameKind KindOfDateName(std::string_view name) {
  const std::string n = text::AsciiLower(name);
  auto has = [&n](std::string_view part) { return n.find(part) != std::string::npos; };
  if (has("publisher") || has("expir") || has("birth") || has("event") || has("start") ||
      has("end") || has("valid") || has("print")) {
    return DateNameKind::kOther;
  }
  if (has("modif") || has("updat") || has("moddate")) return DateNameKind::kModified;
  if (has("publish") || has("pubdate") || has("date") || has("created")) {
    return DateNameKind::kPublished;
  }
  return DateNameKind::kOther;
}

bool IsListedDateName(std::string_view key) {
  for (std::string_view k : kPublishedKeys) {
    if (k == key) return true;
  }
  for (std::string_view k : kModifiedKeys) {
    if (k == key) return true;
  }
  return false;
}

}  // namespace newsift::metadata
