// Authors as a list of person names, from JSON-LD, <meta name=author>,
// article:author, and the visible byline ("By Jane Doe and John Roe").
// Organisations are not authors; without a person the list is empty.
#ifndef NEWSIFT_METADATA_AUTHOR_H_
#define NEWSIFT_METADATA_AUTHOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/metadata/json_ld.h"
#include "newsift/metadata/page_meta.h"

namespace newsift::metadata {

struct Authors {
  std::vector<std::string> names;
};

Authors FindAuthors(const dom::Document& doc, const classify::Content& content,
                    const PageMeta& meta, const JsonLd& json_ld);

// "By Jane Doe and John Roe, Staff Writers" -> {"Jane Doe", "John Roe"}.
// Drops prefixes ("By", "Von", "Par"...), roles, emails, handles, dates
// and anything that does not look like a person's name.
std::vector<std::string> ParseByline(std::string_view byline);

// Plausibly a person's name: 1-5 words, letters, no digits or URL.
bool LooksLikePersonName(std::string_view name);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_AUTHOR_H_
