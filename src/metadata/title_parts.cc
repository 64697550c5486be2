#include "newsift/metadata/title_parts.h"

#include <algorithm>

#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

constexpr std::string_view kSpacedSeparators[] = {" | ", " - ",  " – ",  " — ", " :: ", " : ",
                                                  " » ", " « ",  " · ",  " • ", " / ",  " > ",
                                                  " ~ ", " -- ", " || ", " ｜ "};
// Separators of titles in scripts without spaces ("标题_科技_某某网").
constexpr std::string_view kDenseSeparators[] = {"_", "|", "｜", "-", "：", " - ", " | "};

// Labels of a host name that say nothing about the site.
bool IsGenericHostLabel(std::string_view label) {
  static constexpr std::string_view kGeneric[] = {
      "www", "m", "amp", "mobile", "news", "blog", "com", "org", "net", "co", "ac", "gov", "edu"};
  for (std::string_view g : kGeneric) {
    if (label == g) return true;
  }
  return label.size() <= 2;  // country codes: "de", "uk"
}

bool HasDenseScript(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (text::IsDenseScript(text::NextCodePoint(s, &pos))) return true;
  }
  return false;
}

std::string WithoutSpaces(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

// "daily-planet.co.uk", "example.com": a part that is a domain name.
bool LooksLikeDomain(std::string_view part) {
  part = text::Trim(part);
  if (part.empty() || part.find(' ') != std::string_view::npos) return false;
  const size_t dot = part.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || part.size() - dot < 3) return false;
  for (char c : part.substr(dot + 1)) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

struct Part {
  std::string text;
  std::string separator_before;  // "" for the first part
};

std::vector<Part> SplitWithSeparators(std::string_view title) {
  std::vector<Part> parts;
  const bool dense = HasDenseScript(title);
  std::string_view rest = title;
  std::string separator;
  while (true) {
    size_t best_at = std::string_view::npos;
    std::string_view best_sep;
    auto consider = [&](std::string_view sep) {
      const size_t at = rest.find(sep);
      if (at != std::string_view::npos && at > 0 &&
          (best_at == std::string_view::npos || at < best_at ||
           (at == best_at && sep.size() > best_sep.size()))) {
        best_at = at;
        best_sep = sep;
      }
    };
    for (std::string_view sep : kSpacedSeparators) consider(sep);
    if (dense) {
      for (std::string_view sep : kDenseSeparators) consider(sep);
    }
    if (best_at == std::string_view::npos) break;
    const std::string_view piece = text::Trim(rest.substr(0, best_at));
    if (!piece.empty()) parts.push_back({std::string(piece), separator});
    separator = std::string(best_sep);
    rest = rest.substr(best_at + best_sep.size());
  }
  const std::string_view piece = text::Trim(rest);
  if (!piece.empty()) parts.push_back({std::string(piece), separator});
  if (!parts.empty()) parts.front().separator_before.clear();
  return parts;
}

bool HasLetter(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = text::NextCodePoint(s, &pos);
    if (text::IsWordChar(cp) && !(cp >= '0' && cp <= '9')) return true;
  }
  return false;
}

// Words, counting each character of scripts without spaces as one.
size_t Words(std::string_view s) { return text::MeasureText(s).words; }

}  // namespace

void SiteNames::AddName(std::string_view name) {
  std::string key = MatchKey(CleanFieldText(name));
  if (key.empty()) return;
  if (std::find(keys_.begin(), keys_.end(), key) == keys_.end()) keys_.push_back(std::move(key));
}

void SiteNames::AddUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return;
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  size_t start = 0;
  while (start < host.size()) {
    size_t dot = host.find('.', start);
    if (dot == std::string_view::npos) dot = host.size();
    std::string label = text::AsciiLower(host.substr(start, dot - start));
    label.erase(std::remove(label.begin(), label.end(), '-'), label.end());
    if (!IsGenericHostLabel(label) &&
        std::find(hosts_.begin(), hosts_.end(), label) == hosts_.end()) {
      hosts_.push_back(std::move(label));
    }
    start = dot + 1;
  }
}

bool SiteNames::Matches(std::string_view key) const {
  if (key.empty()) return false;
  if (std::find(keys_.begin(), keys_.end(), key) != keys_.end()) return true;
  const std::string joined = WithoutSpaces(key);
  // "HomeAdvisor" for "Home Advisor", and the other way round.
  for (const std::string& k : keys_) {
    if (k.size() > 5 && WithoutSpaces(k) == joined) return true;
  }
  if (hosts_.empty()) return false;
  for (const std::string& host : hosts_) {
    if (joined == host) return true;
    // "Daily Planet Online" for dailyplanet.com, "planet.com" for planet.
    if (joined.size() > host.size() + 2 && joined.starts_with(host) && KeyWords(key) <= 4) {
      const std::string_view rest = std::string_view(joined).substr(host.size());
      if (rest == "online" || rest == "com" || rest == "news" || rest == "de" || rest == "net" ||
          rest == "org" || rest == "couk" || rest == "tv") {
        return true;
      }
    }
  }
  return false;
}

std::vector<TitlePart> SplitTitle(std::string_view title, const SiteNames& site) {
  std::vector<TitlePart> out;
  for (Part& part : SplitWithSeparators(title)) {
    const bool names_site = LooksLikeDomain(part.text) || site.Matches(MatchKey(part.text));
    out.push_back({std::move(part.text), names_site});
  }
  return out;
}

std::string StripSiteParts(std::string_view raw, const SiteNames& site) {
  const std::string title = CleanFieldText(raw);
  std::vector<Part> parts = SplitWithSeparators(title);
  auto is_site = [&site](const Part& p) {
    return LooksLikeDomain(p.text) || site.Matches(MatchKey(p.text));
  };
  // Parts naming the site, at either end.
  while (parts.size() > 1 && is_site(parts.back())) parts.pop_back();
  while (parts.size() > 1 && is_site(parts.front())) {
    parts.erase(parts.begin());
    parts.front().separator_before.clear();
  }
  // Short trailing parts: a section or a site we do not know by name.
  while (parts.size() > 1) {
    size_t rest_words = 0;
    for (size_t i = 0; i + 1 < parts.size(); ++i) rest_words += Words(parts[i].text);
    const size_t last_words = Words(parts.back().text);
    if (last_words > 4 || last_words >= rest_words) break;
    parts.pop_back();
  }
  std::string out;
  for (const Part& p : parts) {
    out += p.separator_before;
    out += p.text;
  }
  // "example.org Storm hits coast", "Storm hits coast example.org".
  const size_t first_space = out.find(' ');
  if (first_space != std::string::npos && LooksLikeDomain(out.substr(0, first_space))) {
    out.erase(0, first_space + 1);
  }
  const size_t last_space = out.rfind(' ');
  if (last_space != std::string::npos && LooksLikeDomain(out.substr(last_space + 1))) {
    out.resize(last_space);
  }
  return out;
}

std::string StripPipedParts(std::string_view raw, const SiteNames& site) {
  std::string text(raw);
  if (text.find(" | ") == std::string::npos) {
    // Only the site's name behind another separator.
    std::vector<Part> parts = SplitWithSeparators(text);
    if (parts.size() == 2 &&
        (LooksLikeDomain(parts[1].text) || site.Matches(MatchKey(parts[1].text)))) {
      return parts[0].text;
    }
    return text;
  }
  std::vector<std::string_view> pieces;
  std::string_view rest = text;
  for (size_t at = rest.find(" | "); at != std::string_view::npos; at = rest.find(" | ")) {
    pieces.push_back(text::Trim(rest.substr(0, at)));
    rest = rest.substr(at + 3);
  }
  pieces.push_back(text::Trim(rest));
  // The first piece with letters is the headline when what follows it is
  // short (a section, tagline or site); "30.11. | Book of the week" and
  // "Cameras of 2025 | The best mirrorless cameras on the market" stay.
  size_t first = 0;
  while (first < pieces.size() &&
         (LooksLikeDomain(pieces[first]) || site.Matches(MatchKey(pieces[first])))) {
    ++first;
  }
  if (first == pieces.size() || !HasLetter(pieces[first]) || Words(pieces[first]) < 2) {
    return text;
  }
  for (size_t i = first + 1; i < pieces.size(); ++i) {
    const bool site_piece = LooksLikeDomain(pieces[i]) || site.Matches(MatchKey(pieces[i]));
    if (!site_piece && Words(pieces[i]) > 5) return text;
  }
  return std::string(pieces[first]);
}

std::string CleanSiteName(std::string_view raw) {
  std::string name = CleanFieldText(raw);
  // "http://news.example.com/" names the site by its address: the host.
  for (std::string_view scheme : {"http://", "https://"}) {
    if (!text::StartsWithIgnoringAsciiCase(name, scheme)) continue;
    std::string_view host = std::string_view(name).substr(scheme.size());
    host = host.substr(0, host.find_first_of("/?#"));
    return std::string(host);
  }
  std::vector<Part> parts = SplitWithSeparators(name);
  if (parts.size() < 2) return name;
  size_t rest_words = 0;
  for (size_t i = 1; i < parts.size(); ++i) rest_words += Words(parts[i].text);
  if (rest_words > Words(parts.front().text)) return parts.front().text;
  return name;
}

std::string StripSiteSuffix(std::string_view title, std::string_view site_name) {
  SiteNames site;
  site.AddName(site_name);
  return StripSiteParts(title, site);
}

}  // namespace newsift::metadata
