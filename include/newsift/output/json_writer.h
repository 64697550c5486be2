// JSON rendering of an Article. Every key is always present, in this
// order (null or [] when unknown):
//
//   source, url, headline, date, modified, authors, language, site_name,
//   description, bullets, body, captions
//
// `body` is one string, blocks separated by a blank line; `captions` is a
// list of {"text", "credit"} objects.
#ifndef NEWSIFT_OUTPUT_JSON_WRITER_H_
#define NEWSIFT_OUTPUT_JSON_WRITER_H_

#include <string>

#include "newsift/article.h"

namespace newsift::output {

struct JsonStyle {
  bool pretty = false;     // indented (-f json) vs one line (-f jsonl)
  bool body_only = false;  // only "source" and "body"
};

// One JSON object, newline-terminated.
std::string RenderJson(const Article& article, const JsonStyle& style = {});

}  // namespace newsift::output

#endif  // NEWSIFT_OUTPUT_JSON_WRITER_H_
