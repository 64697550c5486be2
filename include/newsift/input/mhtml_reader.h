// MHTML (.mhtml, .mht): what browsers save as "Web page, single file". A
// MIME message, usually multipart/related, whose root part is the page's
// HTML and whose other parts are its images, styles and frames.
//
// The reader yields one page: the root part (the part named by the
// `start` parameter, else the first text/html part), decoded from
// quoted-printable or base64, with its Content-Type charset as the
// transport charset and its Content-Location (or the message's
// Snapshot-Content-Location) as the url. Parts after the root are never
// read; parts before it are skipped without being stored.
//
// An MHTML file without an HTML part yields one kContainer error; an HTML
// part larger than the page limit one kTooLarge error.
#ifndef NEWSIFT_INPUT_MHTML_READER_H_
#define NEWSIFT_INPUT_MHTML_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "newsift/input/buffered_reader.h"
#include "newsift/input/page_reader.h"

namespace newsift::input {

// True when `head`, the first bytes of an input, is the header block of
// a MIME message (a header field first, and MIME-Version or Content-Type
// among the fields).
bool LooksLikeMhtml(std::string_view head);

std::unique_ptr<PageReader> NewMhtmlReader(std::unique_ptr<BufferedReader> in, std::string source,
                                           const ReadLimits& limits);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_MHTML_READER_H_
