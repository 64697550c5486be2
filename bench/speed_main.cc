// newsift_speed: end-to-end extraction speed beside the libxml2
// parse-only floor, over pages held in memory, one thread.
//
//   newsift_speed [--repeat N] [--only-set NAME] CORPUS_DIR
//
// Loads every <set>/pages/* file, then times, alternately and N times
// each, (a) ParseOnly() on every page and (b) newsift::ExtractPage() on
// every page, and reports the best round of each: pages/s, MB/s and the
// ratio (b)/(a) of pages per second. A last line times the decoding step
// alone (input::DecodeToUtf8, bytes to UTF-8), part of (b).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <libxml/parser.h>

#include "newsift/extract.h"
#include "newsift/input/encoding.h"
#include "parse_only.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Page {
  std::string name;
  std::string bytes;
};

std::vector<Page> LoadPages(const fs::path& corpus, const std::string& only_set) {
  std::vector<Page> pages;
  std::vector<fs::path> sets;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (fs::is_directory(entry.path() / "pages")) sets.push_back(entry.path());
  }
  std::sort(sets.begin(), sets.end());
  for (const fs::path& set : sets) {
    if (!only_set.empty() && set.filename() != only_set) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(set / "pages")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      pages.push_back({(set.filename() / file.filename()).string(), s.str()});
    }
  }
  return pages;
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// The parse-only baseline lets libxml2 detect encodings itself, and it
// reports every bad byte on stderr; newsift's own parse is silent.
void IgnoreGenericError(void* /*context*/, const char* /*message*/, ...) {}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 3;
  std::string only_set;
  std::string corpus;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--only-set") == 0 && i + 1 < argc) {
      only_set = argv[++i];
    } else {
      corpus = argv[i];
    }
  }
  if (corpus.empty() || !fs::is_directory(corpus)) {
    std::fprintf(stderr, "usage: newsift_speed [--repeat N] [--only-set NAME] CORPUS_DIR\n");
    return 2;
  }
  xmlInitParser();
  xmlSetGenericErrorFunc(nullptr, IgnoreGenericError);
  const std::vector<Page> pages = LoadPages(corpus, only_set);
  size_t bytes = 0;
  for (const Page& p : pages) bytes += p.bytes.size();
  if (pages.empty()) {
    std::fprintf(stderr, "newsift_speed: no pages under %s\n", corpus.c_str());
    return 2;
  }

  newsift::ExtractOptions options;
  options.today = newsift::metadata::CivilDate{2026, 1, 1};
  double best_parse = 1e30;
  double best_extract = 1e30;
  double best_decode = 1e30;
  size_t sink = 0;
  size_t extracted = 0;
  for (int round = 0; round < repeat; ++round) {
    Clock::time_point start = Clock::now();
    for (const Page& p : pages) sink += newsift::bench::ParseOnly(p.bytes);
    best_parse = std::min(best_parse, Seconds(Clock::now() - start));

    start = Clock::now();
    size_t ok = 0;
    for (const Page& p : pages) {
      newsift::PageInput input;
      input.bytes = p.bytes;
      input.source = p.name;
      const newsift::Result<newsift::Article> article = newsift::ExtractPage(input, options);
      if (article.ok()) {
        ++ok;
        sink += article.value().body.size();
      }
    }
    best_extract = std::min(best_extract, Seconds(Clock::now() - start));
    extracted = ok;

    start = Clock::now();
    for (const Page& p : pages) sink += newsift::input::DecodeToUtf8(p.bytes).value().utf8.size();
    best_decode = std::min(best_decode, Seconds(Clock::now() - start));
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  const double n = static_cast<double>(pages.size());
  std::printf("pages %zu, %.1f MB, best of %d rounds, one thread\n", pages.size(), mb, repeat);
  std::printf("%-26s %9.1f pages/s %8.1f MB/s\n", "libxml2 parse only", n / best_parse,
              mb / best_parse);
  std::printf("%-26s %9.1f pages/s %8.1f MB/s  (%zu extracted)\n", "newsift extract",
              n / best_extract, mb / best_extract, extracted);
  std::printf("ratio newsift / parse-only: %.2f\n", best_parse / best_extract);
  std::printf("%-26s %9.1f pages/s %8.1f MB/s\n", "decode only (input/)", n / best_decode,
              mb / best_decode);
  xmlCleanupParser();
  return sink == 0 ? 1 : 0;
}
