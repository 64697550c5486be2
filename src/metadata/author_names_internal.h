// The person names an author rule collects: when two name the same person
// ("Jane Doe" ~ "Jane A. Doe"), and reading names out of a text without
// the site's own name. Shared by author.cc, byline_candidates.cc and
// visible_byline.cc. Private to metadata/.
#ifndef NEWSIFT_METADATA_AUTHOR_NAMES_INTERNAL_H_
#define NEWSIFT_METADATA_AUTHOR_NAMES_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsift/metadata/byline.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/page_meta.h"
#include "newsift/metadata/title_parts.h"

namespace newsift::metadata {

// Same person: same words, or one name's words within the other's with the
// same last word ("Jane Doe" ~ "Jane A. Doe").
bool SamePerson(std::string_view a, std::string_view b);

// True when every one of `others` is the same person as one of `names`.
bool Covers(const std::vector<std::string>& names, const std::vector<std::string>& others);

// Appends `name` unless `names` holds the same person already.
void AddUnique(std::vector<std::string>* names, std::string name);

// The bytes of all of `names`.
size_t NameBytes(const std::vector<std::string>& names);

// A user name rather than a person's name: one word without capitals
// ("jdoe", "andrew.keaveney").
bool IsUserName(std::string_view name);

// Reads person names with ParseByline, in the page's declared language,
// and drops the site's own name (og:site_name, the JSON-LD publisher or
// WebSite name). Borrows nothing: it copies what it needs.
class NameReader {
 public:
  NameReader(const PageMeta& meta, const JsonLd& json_ld);

  // Appends the people `text` names, each once (AddUnique).
  void AddNames(std::string_view text, const BylineOptions& options,
                std::vector<std::string>* names) const;

  // The site's own name is no author ("USA TODAY", "Example News"),
  // unless it is a person's name: personal sites are named after their
  // authors.
  bool NamesSite(std::string_view name) const;

  const SiteNames& site() const { return site_; }

 private:
  SiteNames site_;
  std::string language_;  // declared, for names in Han script
};

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_AUTHOR_NAMES_INTERNAL_H_
