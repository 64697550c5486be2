#include "newsift/output/text_writer.h"

namespace newsift::output {
namespace {

void AppendSection(const std::string& section, std::string* out) {
  if (section.empty()) return;
  if (!out->empty()) out->push_back('\n');
  out->append(section);
}

}  // namespace

std::string RenderText(const Article& article) {
  std::string header;
  if (article.headline) header += *article.headline + "\n";
  if (article.date) header += *article.date + "\n";
  if (!article.authors.empty()) {
    header += "By ";
    for (size_t i = 0; i < article.authors.size(); ++i) {
      if (i > 0) header += ", ";
      header += article.authors[i];
    }
    header += "\n";
  }
  std::string bullets;
  for (const std::string& bullet : article.bullets) bullets += "- " + bullet + "\n";
  std::string body = article.BodyText();
  if (!body.empty()) body += "\n";
  std::string captions;
  for (const Caption& caption : article.captions) {
    captions += "Caption: " + caption.text;
    if (caption.credit) captions += (caption.text.empty() ? "(" : " (") + *caption.credit + ")";
    captions += "\n";
  }
  std::string out;
  AppendSection(header, &out);
  AppendSection(bullets, &out);
  AppendSection(body, &out);
  AppendSection(captions, &out);
  return out;
}

std::string RenderBodyText(const Article& article) {
  std::string body = article.BodyText();
  body += "\n";
  return body;
}

}  // namespace newsift::output
