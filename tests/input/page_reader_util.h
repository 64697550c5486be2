// Test helper: every page a PageReader yields, as plain values.
#ifndef NEWSIFT_TESTS_INPUT_PAGE_READER_UTIL_H_
#define NEWSIFT_TESTS_INPUT_PAGE_READER_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "newsift/input/page_reader.h"

namespace newsift::testing {

inline std::vector<input::SourcedPage> AllPages(input::PageReader* reader) {
  std::vector<input::SourcedPage> pages;
  input::SourcedPage page;
  while (reader->Next(&page)) pages.push_back(page);
  return pages;
}

inline std::vector<input::SourcedPage> AllPages(std::string bytes, const std::string& name,
                                                size_t max_page_bytes = 64u << 20) {
  input::ReadLimits limits;
  limits.max_page_bytes = max_page_bytes;
  Result<std::unique_ptr<input::PageReader>> reader =
      input::OpenPages(input::NewMemorySource(std::move(bytes)), name, limits);
  if (!reader.ok()) {
    input::SourcedPage failed;
    failed.source = name;
    failed.bytes = reader.error();
    return {failed};
  }
  return AllPages(reader.value().get());
}

// "ok" for a page, else its error message.
inline std::string Outcome(const input::SourcedPage& page) {
  return page.bytes.ok() ? "ok" : page.bytes.error().message;
}

}  // namespace newsift::testing

#endif  // NEWSIFT_TESTS_INPUT_PAGE_READER_UTIL_H_
