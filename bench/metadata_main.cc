// newsift_metadata: the metadata fields of every page, also of pages whose
// body extraction fails ("no article content found"), so that metadata
// accuracy can be measured apart from the body classifier.
//
//   newsift_metadata [--now YYYY-MM-DD] PAGE...
//
// Prints one JSON object per page: source, url, headline, date, modified,
// authors (the fields score.py reads).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "newsift/classify/content.h"
#include "newsift/dom/document.h"
#include "newsift/input/encoding.h"
#include "newsift/metadata/metadata.h"

namespace {

nlohmann::json Optional(const std::optional<std::string>& s) {
  return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsift;  // NOLINT(google-build-using-namespace): a small tool
  const dom::LibXmlScope libxml;
  metadata::MetadataOptions options;
  options.date_bounds.latest = metadata::TodayUtc();
  int first = 1;
  if (argc > 2 && std::string(argv[1]) == "--now") {
    options.date_bounds.latest = metadata::ParseCivilDate(argv[2]);
    first = 3;
  }
  for (int i = first; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    nlohmann::json out = {{"source", argv[i]}};
    Result<input::Decoded> decoded = input::DecodeToUtf8(bytes.str(), {});
    if (decoded.ok()) {
      Result<dom::Document> doc = dom::ParseHtml(decoded.value().utf8);
      if (doc.ok()) {
        const classify::Content content = classify::ClassifyContent(doc.value());
        const metadata::Metadata meta = metadata::ExtractMetadata(doc.value(), content, options);
        out["url"] = Optional(meta.url);
        out["headline"] = Optional(meta.headline);
        out["date"] = Optional(meta.date);
        out["modified"] = Optional(meta.modified);
        out["authors"] = meta.authors;
      }
    }
    std::printf("%s\n", out.dump().c_str());
  }
  return 0;
}
