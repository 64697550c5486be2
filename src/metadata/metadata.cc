#include "newsift/metadata/metadata.h"

#include "newsift/classify/hints.h"
#include "newsift/metadata/author.h"
#include "newsift/metadata/bullets.h"
#include "newsift/metadata/captions.h"
#include "newsift/metadata/field_text.h"
#include "newsift/metadata/headline.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/language.h"
#include "newsift/metadata/page_meta.h"
#include "newsift/metadata/title_parts.h"
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

std::optional<std::string> FirstOf(std::initializer_list<std::optional<std::string_view>> values) {
  for (const auto& v : values) {
    if (v && !text::Trim(*v).empty()) return CleanFieldText(*v);
  }
  return std::nullopt;
}

std::optional<std::string_view> Opt(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::string_view(*s);
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view href) {
  href = text::Trim(href);
  if (href.starts_with("http://") || href.starts_with("https://")) return std::string(href);
  const size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos ||
      !(base.starts_with("http://") || base.starts_with("https://"))) {
    return std::string(href);
  }
  if (href.starts_with("//"))
    return std::string(base.substr(0, scheme_end + 1)) + std::string(href);
  const size_t host_end = base.find('/', scheme_end + 3);
  const std::string_view origin = base.substr(0, host_end);
  if (href.starts_with("/")) return std::string(origin) + std::string(href);
  if (href.empty()) return std::string(base);
  // Relative path: replace the last segment of the base path.
  if (host_end == std::string_view::npos) return std::string(origin) + "/" + std::string(href);
  const std::string_view path = base.substr(host_end);
  const size_t last_slash = path.rfind('/');
  return std::string(origin) + std::string(path.substr(0, last_slash + 1)) + std::string(href);
}

Metadata ExtractMetadata(const dom::Document& doc, const classify::Content& content,
                         const MetadataOptions& options) {
  Metadata out;
  const PageMeta meta = CollectPageMeta(doc);
  const JsonLd json_ld = ParseJsonLd(meta.json_ld);
  const JsonLdArticle* article = json_ld.Main();

  // url: the page's own canonical address, resolved against --url.
  std::optional<std::string> url = FirstOf(
      {meta.canonical.empty() ? std::nullopt : std::optional<std::string_view>(meta.canonical),
       meta.Get("og:url")});
  if (url && options.url) url = ResolveUrl(*options.url, *url);
  if (url && !(url->starts_with("http://") || url->starts_with("https://"))) url.reset();
  if (!url) url = options.url;
  out.url = url;

  const Headline headline = FindHeadline(doc, content, meta, json_ld, url.value_or(""));
  out.headline = headline.text;
  out.headline_node = headline.node;
  if (headline.node != kNoNode) out.consumed.push_back(headline.node);

  if (auto published = FindPublished(doc, content, meta, json_ld, url, options.date_bounds)) {
    out.date = published->ToIso();
    if (auto modified = FindModified(meta, json_ld, options.date_bounds)) {
      if (!(modified->date < published->date)) out.modified = modified->ToIso();
    }
  }

  const Authors authors = FindAuthors(doc, content, meta, json_ld, headline.node);
  out.authors = authors.names;
  if (authors.byline != kNoNode) out.consumed.push_back(authors.byline);

  out.site_name =
      FirstOf({meta.Get("og:site_name"), article ? Opt(article->publisher) : std::nullopt,
               Opt(json_ld.site_name), meta.Get("application-name")});
  if (out.site_name) out.site_name = CleanSiteName(*out.site_name);
  out.description =
      FirstOf({meta.Get("description"), meta.Get("og:description"), meta.Get("twitter:description"),
               article ? Opt(article->description) : std::nullopt});

  for (std::optional<std::string_view> declared :
       {std::optional<std::string_view>(meta.html_lang), meta.Get("content-language"),
        meta.Get("og:locale"), meta.Get("dc.language"),
        article ? Opt(article->language) : std::nullopt}) {
    if (!declared) continue;
    if (auto tag = NormalizeLanguageTag(*declared)) {
      out.language = std::move(tag);
      break;
    }
  }
  if (!out.language) {
    std::string sample;
    for (const classify::ScoredBlock& b : content.blocks) {
      if (!b.keep) continue;
      sample.append(b.block.text);
      sample.push_back(' ');
      if (sample.size() > 8192) break;
    }
    out.language = GuessLanguage(sample);
  }

  const Bullets bullets = FindBullets(doc, content, headline.node);
  out.bullets = bullets.items;
  if (bullets.list != kNoNode) out.consumed.push_back(bullets.list);
  if (bullets.heading != kNoNode) out.consumed.push_back(bullets.heading);

  out.captions = FindCaptions(doc, content, &out.consumed);
  return out;
}

}  // namespace newsift::metadata
