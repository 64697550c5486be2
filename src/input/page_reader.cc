#include "newsift/input/page_reader.h"

#include "newsift/input/read_file.h"

namespace newsift::input {
namespace {

// A file that is one page: yields its bytes once.
class SinglePageReader : public PageReader {
 public:
  SinglePageReader(std::string source, std::string bytes)
      : source_(std::move(source)), bytes_(std::move(bytes)) {}

  bool Next(SourcedPage* page) override {
    if (done_) return false;
    done_ = true;
    page->source = source_;
    page->url.reset();
    page->charset.reset();
    page->bytes = std::move(bytes_);
    return true;
  }

 private:
  std::string source_;
  std::string bytes_;
  bool done_ = false;
};

}  // namespace

Result<std::unique_ptr<PageReader>> OpenPages(const std::string& path, const ReadLimits& limits) {
  Result<std::string> bytes = ReadFile(path, limits.max_page_bytes);
  if (!bytes.ok()) return bytes.error();
  return std::unique_ptr<PageReader>(
      std::make_unique<SinglePageReader>(path, std::move(bytes).value()));
}

}  // namespace newsift::input
