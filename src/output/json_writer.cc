#include "newsift/output/json_writer.h"

#include <nlohmann/json.hpp>

namespace newsift::output {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

}  // namespace

std::string RenderJson(const Article& article, const JsonStyle& style) {
  Json json;
  json["source"] = article.source;
  if (!style.body_only) {
    json["url"] = OrNull(article.url);
    json["headline"] = OrNull(article.headline);
    json["date"] = OrNull(article.date);
    json["modified"] = OrNull(article.modified);
    json["authors"] = article.authors;
    json["language"] = OrNull(article.language);
    json["site_name"] = OrNull(article.site_name);
    json["description"] = OrNull(article.description);
    json["bullets"] = article.bullets;
  }
  json["body"] = article.BodyText();
  if (!style.body_only) {
    Json captions = Json::array();
    for (const Caption& caption : article.captions) {
      captions.push_back(Json{{"text", caption.text}, {"credit", OrNull(caption.credit)}});
    }
    json["captions"] = std::move(captions);
  }
  // Strings are valid UTF-8 by construction; `replace` guards the output
  // even if a bug let a bad byte through.
  std::string out =
      json.dump(style.pretty ? 2 : -1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
  out.push_back('\n');
  return out;
}

}  // namespace newsift::output
