// Reading person names out of the texts pages name their authors in: a
// visible byline ("By Jane Doe and John Roe, Staff Writers", "Von Anna
// Schmidt", "作者：王伟", "记者 李䶮 王晓梅", "김지현 기자", "โดย สมชาย
// ใจดี", "بقلم سلمى الحداد"), a <meta name=author> value or a JSON-LD name.
//
// What is dropped: the "By" / "Von" / "Par" / "Written by" prefixes (also
// glued on: "ByJane Doe"), roles and credentials ("Staff Writer",
// "Chefredakteur", "PhD"), "for Daily Mail Australia", emails, handles in
// parentheses, dates and what follows them ("Updated 10:45", "am 8.
// Dezember"), link labels ("Twitter", "Email"), and anything that is not a
// person: organisations, news agencies, desks and teams.
#ifndef NEWSIFT_METADATA_BYLINE_H_
#define NEWSIFT_METADATA_BYLINE_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsift::metadata {

struct BylineOptions {
  // Accept a lone lower-case word ("gizzmo", "jdoe") as a name: right for
  // a rel=author link or a JSON-LD author, where blogs put user names;
  // wrong for free text, where it is usually a stray word.
  bool allow_user_names = false;
  // The page's declared language ("zh-CN"), or empty: Han names in a
  // Chinese byline are separated by spaces ("记者 李䶮 王晓梅" names two
  // people), in a Japanese one a space parts family and given name.
  std::string_view language = {};
};

// "By Jane Doe and John Roe, Staff Writers" -> {"Jane Doe", "John Roe"}.
// Names come in byline order, without duplicates.
std::vector<std::string> ParseByline(std::string_view byline, const BylineOptions& options = {});

// True when `text` starts with a byline prefix ("By ", "Von ", "Par ",
// "Written by", "Autor:"...): the text introduces authors.
bool HasBylinePrefix(std::string_view text);

// True when `text` is only a byline prefix, a label whose name follows in
// another element: "Written by", "By:", "Autor".
bool IsBylineLabel(std::string_view text);

// Plausibly one person's name: one to five words, written like a name
// (capitalised, or a script without case), no digits, URL or email, no
// role or organisation word.
bool LooksLikePersonName(std::string_view name, const BylineOptions& options = {});

// Plausibly an organisation rather than a person: "Associated Press",
// "The Texas Newsroom", "Acme Inc.", "AFP", "example.com", "Redaktion".
bool LooksLikeOrganisation(std::string_view name);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_BYLINE_H_
