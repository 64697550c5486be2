// The bodies of newsift's fuzz targets, one per attack surface. The
// libFuzzer binaries (fuzz/*_fuzzer.cc) call them, and so does
// tests/fuzz_regression_test.cc, which replays every input kept in
// fuzz/regressions/<target>/ in the normal test run: an input that once
// crashed stays a test without needing clang.
#ifndef NEWSIFT_FUZZ_FUZZ_TARGETS_H_
#define NEWSIFT_FUZZ_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsift::fuzz {

// Bytes -> UTF-8 with every source of evidence: the output must be valid
// UTF-8 without NULs (checked; a violation aborts).
void FuzzDecode(const uint8_t* data, size_t size);

// The whole library path, as the CLI runs it on one page: ExtractPage()
// (decode, parse, classify, metadata), both writers, and --explain.
void FuzzExtract(const uint8_t* data, size_t size);

// A gzip stream (with recovery after damage), and one-shot decoding of
// HTTP bodies (gzip, deflate, chunked).
void FuzzGzip(const uint8_t* data, size_t size);

// MHTML: the root HTML part out of a MIME message.
void FuzzMhtml(const uint8_t* data, size_t size);

// WARC: every page of an archive; gzip data goes through the CLI's
// content sniffing (OpenPages), anything else straight to the WARC reader.
void FuzzWarc(const uint8_t* data, size_t size);

// The target called `name` ("decode", "extract", "gzip", "mhtml", "warc"),
// or nullptr.
using FuzzTarget = void (*)(const uint8_t*, size_t);
FuzzTarget FindTarget(std::string_view name);

}  // namespace newsift::fuzz

#endif  // NEWSIFT_FUZZ_FUZZ_TARGETS_H_
