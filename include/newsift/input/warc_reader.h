// WARC 1.0 / 1.1 web archives (ISO 28500), plain (.warc) or gzip-compressed
// (.warc.gz, one gzip member per record, or one member for the whole file).
//
// Every `response` record whose HTTP payload is HTML (by its Content-Type,
// or by its first bytes when it has none) yields one page, as does every
// `resource` record of type text/html (and a `response` record of that
// type without an HTTP head, as some tools write them). The page's source is
// "FILE#<WARC-Record-ID>" (angle brackets dropped), its url the
// WARC-Target-URI, its transport charset that of the HTTP Content-Type.
// Chunked transfer coding and gzip / deflate content coding are undone.
// Other records (requests, metadata, images, redirects and other non-2xx
// responses) are skipped without being stored.
//
// The archive is streamed: only one HTML payload (at most the page limit)
// is held at a time, so multi-gigabyte archives need little memory.
//
// Damage is reported and reading goes on. A record cut short yields a
// "truncated WARC record" error, and reading resumes at the next record:
// after a damaged gzip member, at the next member; when a record claims
// more bytes than it has (a writer died mid-record, then more records were
// appended), at the next record header found inside it (searched for in
// HTML payloads and in other blocks up to 4 MiB; larger ones are skipped
// unseen). Bytes between records that are not a record are skipped and
// reported once per stretch, with their offset.
#ifndef NEWSIFT_INPUT_WARC_READER_H_
#define NEWSIFT_INPUT_WARC_READER_H_

#include <memory>
#include <string>
#include <string_view>

#include "newsift/input/buffered_reader.h"
#include "newsift/input/page_reader.h"

namespace newsift::input {

// True when `head`, the first bytes of an input (decompressed), starts
// with a WARC version line ("WARC/1.0").
bool LooksLikeWarc(std::string_view head);

std::unique_ptr<PageReader> NewWarcReader(std::unique_ptr<BufferedReader> in, std::string source,
                                          const ReadLimits& limits);

}  // namespace newsift::input

#endif  // NEWSIFT_INPUT_WARC_READER_H_
