// Plain-text rendering of an Article, for reading and for `wc -w`:
//
//   <headline>
//   <date>                      (omitted when unknown)
//   By <author>, <author>       (omitted when unknown)
//
//   - <bullet>
//
//   <paragraph>
//
//   <paragraph>
//
//   Caption: <text> (<credit>)
//
// Empty sections are left out with their blank line. Output ends with a
// newline.
#ifndef NEWSIFT_OUTPUT_TEXT_WRITER_H_
#define NEWSIFT_OUTPUT_TEXT_WRITER_H_

#include <string>

#include "newsift/article.h"

namespace newsift::output {

std::string RenderText(const Article& article);

// Just the body blocks (--body-only), newline-terminated.
std::string RenderBodyText(const Article& article);

}  // namespace newsift::output

#endif  // NEWSIFT_OUTPUT_TEXT_WRITER_H_
