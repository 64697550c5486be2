// Article facts from the page's JSON-LD (schema.org) scripts: the
// NewsArticle / Article / BlogPosting / ReportageNewsArticle /
// LiveBlogPosting objects, found at the top level, in arrays, in @graph,
// or nested (mainEntity...). Broken JSON is repaired where that is cheap
// (raw control characters, HTML comment wrappers, trailing semicolons,
// a script escaped as HTML: {&quot;@type&quot;:...}) and otherwise
// ignored.
#ifndef NEWSIFT_METADATA_JSON_LD_H_
#define NEWSIFT_METADATA_JSON_LD_H_

#include <optional>
#include <string>
#include <vector>

namespace newsift::metadata {

struct JsonLdAuthor {
  std::string name;
  bool is_organization = false;
};

struct JsonLdArticle {
  std::string type;  // "NewsArticle"...
  std::optional<std::string> headline;
  std::optional<std::string> date_published;
  std::optional<std::string> date_modified;
  std::optional<std::string> description;
  std::optional<std::string> url;
  std::optional<std::string> language;
  std::optional<std::string> publisher;
  std::vector<JsonLdAuthor> authors;
};

struct JsonLd {
  std::vector<JsonLdArticle> articles;   // in page order
  std::optional<std::string> site_name;  // a WebSite's name
  // The dates of the first WebPage-like object: SEO plugins (Yoast...)
  // put them there, often with no Article object at all.
  std::optional<std::string> page_date_published;
  std::optional<std::string> page_date_modified;
  // The authors of the first WebPage-like object that names any: older
  // Yoast SEO graphs put the author there, with no Article object.
  std::vector<JsonLdAuthor> page_authors;

  // The article most pages mean: the first with a headline, else the
  // first; nullptr when there is none.
  const JsonLdArticle* Main() const;
};

JsonLd ParseJsonLd(const std::vector<std::string>& scripts);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_JSON_LD_H_
