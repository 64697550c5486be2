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
#include "newsift/metadata/publication_date.h"
#include "newsift/metadata/title_parts.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

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

bool IsHttpUrl(std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); }

// The page's own address: the canonical link, else og:url, resolved
// against `base` (--url), else `base`. A value that is no address (a
// canonical link holding the page's title, "What are the types of
// wine?") is passed over for the next.
std::optional<std::string> PageUrl(const PageMeta& meta, const std::optional<std::string>& base) {
  for (std::optional<std::string_view> raw :
       {std::optional<std::string_view>(meta.canonical), meta.Get("og:url")}) {
    if (!raw) continue;
    const std::string value = CleanFieldText(*raw);
    if (value.empty() || value.find(' ') != std::string::npos) continue;
    std::string url = base ? ResolveUrl(*base, value) : value;
    if (IsHttpUrl(url)) return url;
  }
  return base;
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

  const std::optional<std::string> url = PageUrl(meta, options.url);
  out.url = url;

  const Headline headline = FindHeadline(doc, content, meta, json_ld, url.value_or(""));
  out.headline = headline.text;
  out.headline_node = headline.node;
  if (headline.node != kNoNode) out.consumed.push_back(headline.node);

  DateContext date_context;
  date_context.url = url;
  date_context.bounds = options.date_bounds;
  date_context.headline = headline.node;
  const PublicationDates dates = FindPublicationDates(doc, content, meta, json_ld, date_context);
  if (dates.published) out.date = dates.published->ToIso();
  if (dates.modified) out.modified = dates.modified->ToIso();
  out.consumed.insert(out.consumed.end(), dates.consumed.begin(), dates.consumed.end());

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
  if (out.description) out.description = CleanDescription(*out.description);

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
