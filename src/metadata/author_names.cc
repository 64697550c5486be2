#include <algorithm>

#include "author_names_internal.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {

bool SamePerson(std::string_view a, std::string_view b) {
  const std::string ka = MatchKey(a);
  const std::string kb = MatchKey(b);
  if (ka == kb) return true;
  const std::string_view shorter = ka.size() < kb.size() ? ka : kb;
  const std::string_view longer = ka.size() < kb.size() ? kb : ka;
  const size_t last = shorter.rfind(' ');
  const std::string_view last_word =
      last == std::string_view::npos ? shorter : shorter.substr(last + 1);
  return last_word.size() > 1 && longer.ends_with(last_word) &&
         (longer.size() == last_word.size() || longer[longer.size() - last_word.size() - 1] == ' ');
}

bool Covers(const std::vector<std::string>& names, const std::vector<std::string>& others) {
  return std::all_of(others.begin(), others.end(), [&](const std::string& o) {
    return std::any_of(names.begin(), names.end(),
                       [&](const std::string& n) { return SamePerson(n, o); });
  });
}

void AddUnique(std::vector<std::string>* names, std::string name) {
  for (const std::string& n : *names) {
    if (SamePerson(n, name)) return;
  }
  names->push_back(std::move(name));
}

size_t NameBytes(const std::vector<std::string>& names) {
  size_t bytes = 0;
  for (const std::string& name : names) bytes += name.size();
  return bytes;
}

bool IsUserName(std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return false;
  return std::none_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

NameReader::NameReader(const PageMeta& meta, const JsonLd& json_ld) {
  const JsonLdArticle* article = json_ld.Main();
  if (auto site = meta.Get("og:site_name")) {
    site_.AddName(*site);
    // A site named by its host ("www.diariosur.com"): its labels name it
    // too, so the publisher in <meta name=author> ("Diario Sur") is known
    // for the site and a byline of a person wins over it.
    const std::string_view name = text::Trim(*site);
    if (name.find('.') != std::string_view::npos && name.find(' ') == std::string_view::npos &&
        name.find("://") == std::string_view::npos) {
      site_.AddUrl("https://" + std::string(name));
    }
  }
  if (article && article->publisher) site_.AddName(*article->publisher);
  if (json_ld.site_name) site_.AddName(*json_ld.site_name);
  language_ = meta.html_lang;
  if (language_.empty()) language_ = meta.Get("content-language").value_or("");
}

bool NameReader::NamesSite(std::string_view name) const {
  if (!site_.Matches(MatchKey(name))) return false;
  const bool capitals_only =
      std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return capitals_only || name.find(' ') == std::string_view::npos;
}

void NameReader::AddNames(std::string_view text, const BylineOptions& options,
                          std::vector<std::string>* names) const {
  BylineOptions with_language = options;
  with_language.language = language_;
  // The site's name as a whole ("Human in the Loop"): a name read from
  // its first words ("Human") is a piece of it, not a person. ("Frau
  // Jane Doe" read as "Jane Doe" is the person.)
  const std::string key = MatchKey(text);
  const bool whole_site = site_.Matches(key);
  for (std::string& name : ParseByline(text, with_language)) {
    const std::string name_key = MatchKey(name);
    if (NamesSite(name) || (whole_site && key.size() > name_key.size() &&
                            key.starts_with(name_key) && key[name_key.size()] == ' ')) {
      continue;
    }
    AddUnique(names, std::move(name));
  }
}

}  // namespace newsift::metadata
