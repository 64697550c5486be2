#include "newsift/cli/writer.h"

#include <utility>

#include "newsift/output/json_writer.h"
#include "newsift/output/text_writer.h"

namespace newsift::cli {
namespace {

// A source for a "==> SOURCE <==" line: a container's record names
// (WARC URIs) are not trusted to be free of newlines or escape sequences.
std::string HeaderName(std::string_view source) {
  std::string name(source);
  for (char& c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  }
  return name;
}

}  // namespace

Writer::Writer(Format format, bool body_only, Several several)
    : format_(format), body_only_(body_only), several_(several) {}

std::string Writer::Write(Article article) {
  if (several_ == Several::kUnknown) {
    if (!held_) {
      held_ = std::move(article);
      return std::string();
    }
    several_ = Several::kYes;
    Article first = std::move(*held_);
    held_.reset();
    std::string text = Render(first);  // first: Render() numbers the articles
    return text + Render(article);
  }
  return Render(article);
}

std::string Writer::Finish() {
  std::string text;
  if (held_) {
    several_ = Several::kNo;
    text = Render(*held_);
    held_.reset();
  }
  if (format_ == Format::kJson && several_ == Several::kYes) {
    text += count_ == 0 ? "[]\n" : "\n]\n";
  }
  return text;
}

std::string Writer::Render(const Article& article) {
  const bool several = several_ == Several::kYes;
  Format format = format_;
  if (format == Format::kAuto) format = several ? Format::kJsonl : Format::kText;
  std::string text;
  switch (format) {
    case Format::kAuto:
    case Format::kText:
      if (several) text = (count_ > 0 ? "\n==> " : "==> ") + HeaderName(article.source) + " <==\n";
      text += body_only_ ? output::RenderBodyText(article) : output::RenderText(article);
      break;
    case Format::kJson:
      if (several) text = count_ == 0 ? "[\n" : ",\n";
      text += output::RenderJson(article, {.pretty = true, .body_only = body_only_});
      if (several) text.pop_back();  // the separator or "]" follows
      break;
    case Format::kJsonl:
      text = output::RenderJson(article, {.pretty = false, .body_only = body_only_});
      break;
  }
  ++count_;
  return text;
}

}  // namespace newsift::cli
