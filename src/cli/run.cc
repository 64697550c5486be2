#include "newsift/cli/run.h"

#include <string>

#include <fmt/format.h>

#include "newsift/input/page_reader.h"
#include "newsift/output/json_writer.h"
#include "newsift/output/text_writer.h"

namespace newsift::cli {
namespace {

// Writes results in the chosen format; several JSON objects become one
// array, several text articles get "==> FILE <==" headers (as head(1)).
class Writer {
 public:
  Writer(Format format, bool several, bool body_only, std::FILE* out)
      : format_(format), several_(several), body_only_(body_only), out_(out) {}

  void Write(const Article& article) {
    std::string text;
    switch (format_) {
      case Format::kText:
      case Format::kAuto:
        if (several_) text = fmt::format("{}==> {} <==\n", count_ > 0 ? "\n" : "", article.source);
        text += body_only_ ? output::RenderBodyText(article) : output::RenderText(article);
        break;
      case Format::kJson:
        if (several_) text.append(count_ == 0 ? "[\n" : ",\n");
        text += output::RenderJson(article, {.pretty = true, .body_only = body_only_});
        if (several_) text.pop_back();  // the separator or "]" follows
        break;
      case Format::kJsonl:
        text = output::RenderJson(article, {.pretty = false, .body_only = body_only_});
        break;
    }
    std::fwrite(text.data(), 1, text.size(), out_);
    std::fflush(out_);
    ++count_;
  }

  void Finish() {
    if (format_ != Format::kJson || !several_) return;
    std::fputs(count_ == 0 ? "[]\n" : "\n]\n", out_);
  }

 private:
  Format format_;
  bool several_;
  bool body_only_;
  std::FILE* out_;
  size_t count_ = 0;
};

}  // namespace

ExitStatus Run(const Options& options, std::FILE* out, std::FILE* err) {
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  input::ReadLimits limits;
  limits.max_page_bytes = options.extract.max_input_bytes;
  // One archive of many pages (a WARC) is written as several inputs are.
  Result<std::unique_ptr<input::PageReader>> first = input::OpenPages(inputs[0], limits);
  const bool several = inputs.size() > 1 || (first.ok() && first.value()->holds_many());
  Format format = options.format;
  if (format == Format::kAuto) format = several ? Format::kJsonl : Format::kText;
  Writer writer(format, several, options.body_only, out);

  size_t failures = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::string& path = inputs[i];
    Result<std::unique_ptr<input::PageReader>> reader =
        i == 0 ? std::move(first) : input::OpenPages(path, limits);
    if (!reader.ok()) {
      fmt::print(err, "newsift: {}: {}\n", path, reader.error().message);
      ++failures;
      continue;
    }
    input::SourcedPage sourced;
    while (reader.value()->Next(&sourced)) {
      if (!sourced.bytes.ok()) {
        fmt::print(err, "newsift: {}: {}\n", sourced.source, sourced.bytes.error().message);
        ++failures;
        continue;
      }
      PageInput page;
      page.bytes = sourced.bytes.value();
      page.source = sourced.source;
      page.url = sourced.url;
      page.charset = sourced.charset;
      if (options.explain) {
        Result<std::string> explanation = ExplainPage(page, options.extract);
        if (!explanation.ok()) {
          fmt::print(err, "newsift: {}: {}\n", page.source, explanation.error().message);
          ++failures;
          continue;
        }
        if (several) fmt::print(out, "==> {} <==\n", page.source);
        fmt::print(out, "{}", explanation.value());
        continue;
      }
      Result<Article> article = ExtractPage(page, options.extract);
      if (!article.ok()) {
        fmt::print(err, "newsift: {}: {}\n", page.source, article.error().message);
        ++failures;
        continue;  // One bad page does not stop the batch.
      }
      writer.Write(article.value());
    }
  }
  writer.Finish();
  std::fflush(out);
  return failures == 0 ? ExitStatus::kOk : ExitStatus::kSomeFailed;
}

}  // namespace newsift::cli
