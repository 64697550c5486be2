#include "newsift/metadata/author.h"

#include <algorithm>

#include "author_names_internal.h"
#include "byline_text_internal.h"
#include "layout_internal.h"
#include "name_words_internal.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"
#include "visible_byline_internal.h"

namespace newsift::metadata {
namespace {

using dom::NodeId;

// <meta> names whose values name authors.
constexpr std::string_view kAuthorKeys[] = {
    "author",          "article:author", "dc.creator", "dcterms.creator",
    "sailthru.author", "parsely-author", "byl",        "citation_author",
    "dc.contributor",  "twitter:data1"};

// Names of two or three words each, as a byline's are when nothing else
// was read with them ("Shivkumar M Head Product Launches").
bool PlainNames(const std::vector<std::string>& names) {
  return std::all_of(names.begin(), names.end(), [](const std::string& n) {
    const size_t words = text::MeasureText(n).words;
    return words >= 2 && words <= 3;
  });
}

// The owner named in <meta name=copyright> ("Copyright (c) Example Media
// 2022"): publishers put themselves in <meta name=author> too.
bool IsCopyrightHolder(const PageMeta& meta, std::string_view name) {
  const auto copyright = meta.Get("copyright");
  if (!copyright) return false;
  const std::string key = MatchKey(name);
  size_t before = 0;
  size_t after = 0;
  return !key.empty() && KeyContains(MatchKey(*copyright), key, &before, &after);
}

// One person per value, family name first, as library and scholarly
// metadata write it: <meta name=citation_author content="Roy, Aniruddha">,
// <meta name=DC.Creator content="Jong, Michiel de"> -> "Aniruddha Roy",
// "Michiel de Jong". The value unchanged when it is not so: "Jane Doe,
// PhD", "Doe, Staff Writer", "Jane Doe, John Roe" (a family name is one
// word, with particles before it).
std::string Uninverted(std::string_view value) {
  const size_t comma = value.find(',');
  if (comma == std::string_view::npos || value.find(',', comma + 1) != std::string_view::npos ||
      value.find_first_of(";&|") != std::string_view::npos) {
    return std::string(value);
  }
  const std::string_view family = text::Trim(value.substr(0, comma));
  const std::string_view given = text::Trim(value.substr(comma + 1));
  const std::vector<std::string_view> family_words = byline_text::Words(family);
  const std::vector<std::string_view> given_words = byline_text::Words(given);
  if (family_words.empty() || given_words.empty() || given_words.size() > 3) {
    return std::string(value);
  }
  for (size_t i = 0; i + 1 < family_words.size(); ++i) {
    if (!name_words::Contains(name_words::kParticles, text::AsciiLower(family_words[i]))) {
      return std::string(value);
    }
  }
  for (std::string_view w : given_words) {
    std::string bare = text::AsciiLower(w);
    std::erase(bare, '.');
    if (byline_text::HasDigit(w) || name_words::Contains(name_words::kCredentials, bare) ||
        name_words::Contains(name_words::kRoleWords, bare) ||
        name_words::Contains(name_words::kRoleModifiers, bare) ||
        (byline_text::InitialCase(w) != 1 && !name_words::Contains(name_words::kParticles, bare))) {
      return std::string(value);
    }
  }
  return std::string(given) + " " + std::string(family);
}

// What the page states in JSON-LD and <meta>.
std::vector<std::string> Stated(const PageMeta& meta, const JsonLd& json_ld,
                                const NameReader& reader) {
  std::vector<std::string> names;
  const BylineOptions options{.allow_user_names = true};
  const JsonLdArticle* article = json_ld.Main();
  // The article's authors, else the web page's (older Yoast graphs),
  // which name the site itself as often ("Eat What Tonight").
  const bool of_page = !article || article->authors.empty();
  for (const JsonLdAuthor& author : of_page ? json_ld.page_authors : article->authors) {
    // (Not an address: {"author": {"@id": "https://..."}} naming no one.)
    if (author.is_organization || author.name.find("://") != std::string::npos) continue;
    if (of_page && reader.site().Matches(MatchKey(author.name))) continue;
    reader.AddNames(author.name, options, &names);
  }
  if (!names.empty()) return names;
  for (std::string_view key : kAuthorKeys) {
    for (const auto& [k, v] : meta.tags) {
      if (k != key || v.find("://") != std::string::npos || v.starts_with("@")) continue;
      // Yoast's "Written by" / "Verfasst von" / "Écrit par" label.
      if (key == "twitter:data1" && !IsBylineLabel(meta.Get("twitter:label1").value_or(""))) {
        continue;
      }
      if (IsCopyrightHolder(meta, v)) continue;
      const bool per_person = key == "citation_author" || key == "dc.creator" ||
                              key == "dcterms.creator" || key == "dc.contributor";
      reader.AddNames(per_person ? Uninverted(v) : v, options, &names);
    }
    if (!names.empty()) return names;
  }
  return names;
}

// True when the visible byline's names win over the stated ones.
bool PreferShown(const std::vector<std::string>& stated, const VisibleByline& visible,
                 const NameReader& reader) {
  if (stated.empty()) return true;
  // The byline names more of them.
  if (Covers(visible.names, stated) && visible.names.size() > stated.size()) return true;
  // "jdoe" or the site's name in the meta, "Jane Doe" shown.
  if (std::all_of(stated.begin(), stated.end(),
                  [&](const std::string& n) {
                    return IsUserName(n) || reader.site().Matches(MatchKey(n));
                  }) &&
      !Covers(stated, visible.names)) {
    return true;
  }
  // "By Jane Doe" under the headline, someone else in the metadata (the
  // page's editor, a template's default): the page shows who wrote it.
  return visible.prefixed_near_headline && !Covers(stated, visible.names) &&
         !Covers(visible.names, stated) && PlainNames(visible.names);
}

}  // namespace

Authors FindAuthors(const dom::Document& doc, const classify::Content& content,
                    const PageMeta& meta, const JsonLd& json_ld, NodeId headline) {
  const NameReader reader(meta, json_ld);
  const std::vector<std::string> stated = Stated(meta, json_ld, reader);
  const BylinePage page{.doc = doc,
                        .content = content,
                        .reader = reader,
                        .headline = headline,
                        .body_start = BodyStart(content)};
  VisibleByline visible = FindVisibleByline(page);
  Authors result;
  result.byline = visible.byline;
  if (!visible.names.empty() && PreferShown(stated, visible, reader)) {
    result.names = std::move(visible.names);
  } else {
    result.names = stated;
  }
  return result;
}

}  // namespace newsift::metadata
