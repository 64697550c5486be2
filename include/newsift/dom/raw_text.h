// Script and style bodies, cut out before parsing. They are ~29% of the
// bytes of the development corpus's pages, newsift keeps none of their
// text (JSON-LD aside), yet libxml2 reads them one character at a time.
// Dropping them beforehand saves that work and changes no tree: the
// <script>/<style> elements stay, empty.
//
// The cut follows libxml2 2.9's HTML tokenizer, so that what is cut is
// exactly what libxml2 would have read as a script or style body: a
// <script> or <style> start tag (outside comments, other tags' attribute
// values and other raw-text bodies) opens a body that ends at the next
// "</script" / "</style", in any case. A body whose start tag mentions
// "json" is kept (JSON-LD, whose type may be written
// "application/ld&#x2B;json"), as is a body with no end (libxml2 reads it
// to the end of the page).
#ifndef NEWSIFT_DOM_RAW_TEXT_H_
#define NEWSIFT_DOM_RAW_TEXT_H_

#include <string>
#include <string_view>

namespace newsift::dom {

// Appends `html` to `out` without its script and style bodies. Returns
// false, leaving `out` untouched, when there was nothing to cut.
bool CutRawTextBodies(std::string_view html, std::string* out);

}  // namespace newsift::dom

#endif  // NEWSIFT_DOM_RAW_TEXT_H_
