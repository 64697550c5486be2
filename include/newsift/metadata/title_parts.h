// A page's <title> (and og:title, twitter:title) usually names the article
// and the site, and sometimes the section: "Storm hits coast | Daily
// Planet", "Daily Planet - Local - Storm hits coast", "标题_科技_某某网".
// This file cuts such titles into parts and tells the site's parts from
// the headline.
#ifndef NEWSIFT_METADATA_TITLE_PARTS_H_
#define NEWSIFT_METADATA_TITLE_PARTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsift::metadata {

// What the page calls its site, as MatchKeys (field_text.h): og:site_name,
// the JSON-LD publisher or WebSite, application-name, and the host of the
// page's URL ("www.daily-planet.co.uk" -> "daily planet", matched with or
// without spaces).
class SiteNames {
 public:
  void AddName(std::string_view name);
  void AddUrl(std::string_view url);

  // True when `key` (a MatchKey) is one of the site's names or its host.
  bool Matches(std::string_view key) const;
  bool empty() const { return keys_.empty() && hosts_.empty(); }

 private:
  std::vector<std::string> keys_;
  std::vector<std::string> hosts_;  // host labels, no spaces: "dailyplanet"
};

struct TitlePart {
  std::string text;
  bool names_site = false;  // by `site`, or a domain name ("planet.com")
};

// "Storm hits coast | Daily Planet" -> {"Storm hits coast", "Daily Planet"}.
// Separators are " | ", " - ", " – ", " — ", " :: ", " : ", " » ", " « ",
// " · ", " • ", " / ", " > ", " ~ ", " -- " (with spaces around them), and,
// in titles of scripts written without spaces, also "_", "|", "｜", "-" and
// "：" without spaces. A title without separators is one part.
std::vector<TitlePart> SplitTitle(std::string_view title, const SiteNames& site);

// The headline part of a title: drops the parts that name the site (by
// `site`, or that look like a domain name), then short trailing parts (at
// most four words, shorter than the rest: "| Opinion", "- Local News").
// Leading parts go only when they name the site. The remaining parts are
// rejoined as written. A domain name before or after the headline without
// a separator goes too ("example.org Storm hits coast").
std::string StripSiteParts(std::string_view title, const SiteNames& site);

// A visible headline's text without what follows a " | " or names the
// site: "Storm hits coast | Opinion" -> "Storm hits coast". Dashes and
// colons stay: in headlines they are punctuation.
std::string StripPipedParts(std::string_view text, const SiteNames& site);

// A site name without its tagline: "Daily Planet - News you can trust"
// -> "Daily Planet", "Daily Planet | Local news since 1901" -> "Daily
// Planet". Entities decoded, white space collapsed. An address names the
// site by its host: "http://news.example.com/" -> "news.example.com".
std::string CleanSiteName(std::string_view name);

// StripSiteParts with one known site name (may be empty).
std::string StripSiteSuffix(std::string_view title, std::string_view site_name);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_TITLE_PARTS_H_
