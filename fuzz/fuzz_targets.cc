#include "fuzz_targets.h"

#include <cstdlib>
#include <string>

#include "newsift/extract.h"
#include "newsift/input/buffered_reader.h"
#include "newsift/input/decompress.h"
#include "newsift/input/encoding.h"
#include "newsift/input/gzip.h"
#include "newsift/input/http_response.h"
#include "newsift/input/mhtml_reader.h"
#include "newsift/input/mojibake.h"
#include "newsift/input/page_reader.h"
#include "newsift/input/warc_reader.h"
#include "newsift/output/json_writer.h"
#include "newsift/output/text_writer.h"

namespace newsift::fuzz {
namespace {

// Small limits, so that the fuzzer explores instead of copying megabytes.
constexpr size_t kMaxPageBytes = 1 << 20;

std::string_view AsText(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// Valid UTF-8, no NUL: what input/ promises everything downstream.
void CheckUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) std::abort();
    size_t n = c < 0x80                 ? 1
               : c >= 0xC2 && c <= 0xDF ? 2
               : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xF0 && c <= 0xF4 ? 4
                                        : 0;
    if (n == 0 || i + n > s.size()) std::abort();
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) std::abort();
    }
    i += n;
  }
}

ExtractOptions FuzzOptions() {
  ExtractOptions options;
  options.max_input_bytes = kMaxPageBytes;
  options.today = metadata::CivilDate{2026, 1, 1};
  options.time_limit = std::chrono::milliseconds(5000);
  return options;
}

void Consume(input::PageReader* reader) {
  input::SourcedPage page;
  // Every step consumes input or ends, so this terminates; the cap only
  // guards against a bug turning it into a hang the fuzzer would report
  // as a timeout anyway.
  for (int i = 0; i < 100000 && reader->Next(&page); ++i) {
    if (page.bytes.ok() && page.bytes.value().size() > kMaxPageBytes) std::abort();
  }
}

}  // namespace

void FuzzDecode(const uint8_t* data, size_t size) {
  if (size == 0) return;
  // The first byte picks a transport charset, as a container would give.
  static constexpr const char* kLabels[] = {
      nullptr,          "utf-8",       "windows-1252", "shift_jis", "gbk",      "big5",
      "euc-jp",         "euc-kr",      "koi8-r",       "utf-16le",  "utf-16be", "iso-2022-jp",
      "x-user-defined", "windows-874", "replacement",  "bogus"};
  input::DecodeOptions options;
  if (const char* label = kLabels[data[0] % std::size(kLabels)]) options.transport_label = label;
  const Result<input::Decoded> decoded = input::DecodeToUtf8(AsText(data + 1, size - 1), options);
  if (!decoded.ok()) std::abort();  // only an unknown override may fail
  CheckUtf8(decoded.value().utf8);
  // The mojibake repair keeps text valid UTF-8 and never makes it longer.
  std::string repaired = decoded.value().utf8;
  input::RepairMojibake(&repaired);
  CheckUtf8(repaired);
  if (repaired.size() > decoded.value().utf8.size()) std::abort();
}

void FuzzExtract(const uint8_t* data, size_t size) {
  PageInput page;
  page.bytes = AsText(data, size);
  page.source = "fuzz.html";
  const ExtractOptions options = FuzzOptions();
  const Result<Article> article = ExtractPage(page, options);
  if (article.ok()) {
    const std::string json = output::RenderJson(article.value(), {.pretty = false});
    const std::string text = output::RenderText(article.value());
    CheckUtf8(article.value().BodyText());
    if (json.empty() || text.empty()) std::abort();
  }
  if (size > 0 && data[size - 1] % 4 == 0) {
    const Result<std::string> explained = ExplainPage(page, options);
    (void)explained;
  }
}

void FuzzGzip(const uint8_t* data, size_t size) {
  auto source = input::NewGzipSource(input::NewMemorySource(std::string(AsText(data, size))));
  char buffer[4096];
  size_t total = 0;
  for (int recoveries = 0; recoveries < 1000;) {
    const size_t n = source->Read(buffer, sizeof(buffer));
    total += n;
    if (total > (64u << 20)) break;  // a bomb: callers stop at their limit
    if (n > 0) continue;
    if (!source->error() || !source->Recover()) break;
    ++recoveries;
  }
  // The same bytes as a .zst file.
  auto zstd = input::NewZstdSource(input::NewMemorySource(std::string(AsText(data, size))));
  for (size_t zstd_total = 0;;) {
    const size_t n = zstd->Read(buffer, sizeof(buffer));
    zstd_total += n;
    if (n == 0 || zstd_total > (64u << 20)) break;
  }
  for (const auto encoding : {input::ContentEncoding::kGzip, input::ContentEncoding::kDeflate,
                              input::ContentEncoding::kBrotli, input::ContentEncoding::kZstd}) {
    const Result<std::string> body = input::Decompress(AsText(data, size), encoding, kMaxPageBytes);
    if (body.ok() && body.value().size() > kMaxPageBytes) std::abort();
  }
  // The same bytes as an HTTP response with every coding.
  const std::string response =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" +
      std::string(AsText(data, size));
  if (const std::optional<input::HttpHead> head = input::ParseHttpHead(response)) {
    const Result<std::string> body =
        input::DecodeHttpBody(response.substr(head->body_offset), *head, kMaxPageBytes);
    if (body.ok() && body.value().size() > kMaxPageBytes) std::abort();
  }
}

void FuzzMhtml(const uint8_t* data, size_t size) {
  input::ReadLimits limits;
  limits.max_page_bytes = kMaxPageBytes;
  auto in = std::make_unique<input::BufferedReader>(
      input::NewMemorySource(std::string(AsText(data, size))));
  auto reader = input::NewMhtmlReader(std::move(in), "fuzz.mhtml", limits);
  Consume(reader.get());
}

void FuzzWarc(const uint8_t* data, size_t size) {
  input::ReadLimits limits;
  limits.max_page_bytes = kMaxPageBytes;
  if (input::IsGzip(AsText(data, size))) {
    // A .warc.gz: through the CLI's content sniffing.
    Result<std::unique_ptr<input::PageReader>> reader =
        input::OpenPages(input::NewMemorySource(std::string(AsText(data, size))), "fuzz", limits);
    if (reader.ok()) Consume(reader.value().get());
    return;
  }
  auto in = std::make_unique<input::BufferedReader>(
      input::NewMemorySource(std::string(AsText(data, size))));
  auto reader = input::NewWarcReader(std::move(in), "fuzz.warc", limits);
  Consume(reader.get());
}

FuzzTarget FindTarget(std::string_view name) {
  if (name == "decode") return FuzzDecode;
  if (name == "extract") return FuzzExtract;
  if (name == "gzip") return FuzzGzip;
  if (name == "mhtml") return FuzzMhtml;
  if (name == "warc") return FuzzWarc;
  return nullptr;
}

}  // namespace newsift::fuzz
