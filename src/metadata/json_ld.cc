#include "newsift/metadata/json_ld.h"

#include <string_view>

#include <nlohmann/json.hpp>

#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using Json = nlohmann::json;

constexpr int kMaxDepth = 12;

bool IsArticleType(std::string_view type) {
  static constexpr std::string_view kTypes[] = {"Article",
                                                "NewsArticle",
                                                "BlogPosting",
                                                "ReportageNewsArticle",
                                                "LiveBlogPosting",
                                                "AnalysisNewsArticle",
                                                "OpinionNewsArticle",
                                                "ReviewNewsArticle",
                                                "BackgroundNewsArticle",
                                                "TechArticle",
                                                "ScholarlyArticle",
                                                "Report",
                                                "SocialMediaPosting",
                                                "AdvertiserContentArticle",
                                                "SatiricalArticle"};
  // "https://schema.org/NewsArticle" and "schema:NewsArticle" happen.
  const size_t slash = type.find_last_of("/:");
  if (slash != std::string_view::npos) type = type.substr(slash + 1);
  for (std::string_view t : kTypes) {
    if (type == t) return true;
  }
  return false;
}

std::vector<std::string> Types(const Json& object) {
  std::vector<std::string> types;
  const auto it = object.find("@type");
  if (it == object.end()) return types;
  if (it->is_string()) types.push_back(it->get<std::string>());
  if (it->is_array()) {
    for (const Json& t : *it) {
      if (t.is_string()) types.push_back(t.get<std::string>());
    }
  }
  return types;
}

std::optional<std::string> StringField(const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return std::nullopt;
  const Json* value = &*it;
  if (value->is_array() && !value->empty()) value = &(*value)[0];
  if (value->is_object()) {
    // {"@value": "..."} and {"name": "..."} wrappers.
    for (const char* inner : {"@value", "name", "@id"}) {
      const auto v = value->find(inner);
      if (v != value->end() && v->is_string()) {
        std::string s = text::CollapseWhitespace(v->get<std::string>());
        if (!s.empty()) return s;
      }
    }
    return std::nullopt;
  }
  if (!value->is_string()) return std::nullopt;
  std::string s = text::CollapseWhitespace(value->get<std::string>());
  if (s.empty()) return std::nullopt;
  return s;
}

// Objects by "@id", so that {"author": {"@id": "#/schema/person/1"}}
// finds its Person elsewhere in the @graph (Yoast SEO writes authors so).
using IdIndex = std::vector<std::pair<std::string, const Json*>>;

void IndexIds(const Json& value, IdIndex* index, int depth) {
  if (depth > kMaxDepth) return;
  if (value.is_array()) {
    for (const Json& v : value) IndexIds(v, index, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  const auto id = value.find("@id");
  if (id != value.end() && id->is_string() && value.size() > 1) {
    index->emplace_back(id->get<std::string>(), &value);
  }
  for (const auto& [key, child] : value.items()) {
    if (child.is_object() || child.is_array()) IndexIds(child, index, depth + 1);
  }
}

const Json* Resolve(const Json& value, const IdIndex& index) {
  if (!value.is_object() || value.size() != 1) return &value;
  const auto id = value.find("@id");
  if (id == value.end() || !id->is_string()) return &value;
  for (const auto& [key, object] : index) {
    if (key == id->get_ref<const std::string&>()) return object;
  }
  return &value;
}

void AddAuthors(const Json& raw, const IdIndex& index, std::vector<JsonLdAuthor>* out, int depth) {
  if (depth > 3) return;
  if (raw.is_array()) {
    for (const Json& v : raw) AddAuthors(v, index, out, depth + 1);
    return;
  }
  const Json& value = *Resolve(raw, index);
  if (value.is_string()) {
    std::string name = text::CollapseWhitespace(value.get<std::string>());
    if (!name.empty()) out->push_back({std::move(name), false});
    return;
  }
  if (!value.is_object()) return;
  JsonLdAuthor author;
  for (const std::string& type : Types(value)) {
    if (type == "Organization" || type == "NewsMediaOrganization" || type == "Corporation" ||
        type == "WebSite" || type == "Brand") {
      author.is_organization = true;
    }
  }
  if (auto name = StringField(value, "name")) {
    author.name = std::move(*name);
  } else {
    const auto given = StringField(value, "givenName");
    const auto family = StringField(value, "familyName");
    if (given && family) author.name = *given + " " + *family;
  }
  if (!author.name.empty()) out->push_back(std::move(author));
}

JsonLdArticle ReadArticle(const Json& object, std::string type, const IdIndex& index) {
  JsonLdArticle article;
  article.type = std::move(type);
  article.headline = StringField(object, "headline");
  if (!article.headline) article.headline = StringField(object, "name");
  article.date_published = StringField(object, "datePublished");
  if (!article.date_published) article.date_published = StringField(object, "dateCreated");
  article.date_modified = StringField(object, "dateModified");
  article.description = StringField(object, "description");
  article.url = StringField(object, "url");
  article.language = StringField(object, "inLanguage");
  const auto publisher = object.find("publisher");
  if (publisher != object.end()) {
    const Json& p = *Resolve(*publisher, index);
    if (p.is_object()) {
      article.publisher = StringField(p, "name");
    } else if (p.is_string()) {
      article.publisher = p.get<std::string>();
    }
  }
  for (const char* key : {"author", "creator"}) {
    const auto it = object.find(key);
    if (it != object.end()) AddAuthors(*it, index, &article.authors, 0);
    if (!article.authors.empty()) break;
  }
  return article;
}

void Walk(const Json& value, const IdIndex& index, JsonLd* out, int depth) {
  if (depth > kMaxDepth) return;
  if (value.is_array()) {
    for (const Json& v : value) Walk(v, index, out, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  for (const std::string& type : Types(value)) {
    if (IsArticleType(type)) {
      out->articles.push_back(ReadArticle(value, type, index));
      break;
    }
    if (type == "WebSite" && !out->site_name) out->site_name = StringField(value, "name");
    if ((type == "WebPage" || type == "ItemPage" || type == "AboutPage" ||
         type == "CollectionPage") &&
        !out->page_date_published && !out->page_date_modified) {
      out->page_date_published = StringField(value, "datePublished");
      out->page_date_modified = StringField(value, "dateModified");
    }
    if ((type == "WebPage" || type == "ItemPage") && out->page_authors.empty()) {
      for (const char* key : {"author", "creator"}) {
        const auto it = value.find(key);
        if (it != value.end()) AddAuthors(*it, index, &out->page_authors, 0);
        if (!out->page_authors.empty()) break;
      }
    }
  }
  for (const char* key :
       {"@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"}) {
    const auto it = value.find(key);
    if (it != value.end() && (it->is_object() || it->is_array())) {
      Walk(*it, index, out, depth + 1);
    }
  }
}

// Cheap repairs for what CMSs get wrong: control characters inside
// strings, "<!--" / "//<![CDATA[" wrappers, trailing ";".
std::string Repair(std::string_view raw) {
  std::string s;
  s.reserve(raw.size());
  for (char c : raw) s.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  auto strip = [&s](std::string_view prefix, std::string_view suffix) {
    std::string_view v = text::Trim(s);
    bool changed = false;
    if (v.starts_with(prefix)) {
      v.remove_prefix(prefix.size());
      changed = true;
    }
    v = text::Trim(v);
    if (v.ends_with(suffix)) {
      v.remove_suffix(suffix.size());
      changed = true;
    }
    if (changed) s = std::string(text::Trim(v));
  };
  strip("<!--", "-->");
  strip("//<![CDATA[", "//]]>");
  strip("<![CDATA[", "]]>");
  strip("", ";");
  return s;
}

}  // namespace

const JsonLdArticle* JsonLd::Main() const {
  for (const JsonLdArticle& a : articles) {
    if (a.headline) return &a;
  }
  return articles.empty() ? nullptr : &articles.front();
}

JsonLd ParseJsonLd(const std::vector<std::string>& scripts) {
  JsonLd out;
  std::vector<Json> parsed;
  parsed.reserve(scripts.size());
  for (const std::string& script : scripts) {
    Json json = Json::parse(script, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) json = Json::parse(Repair(script), nullptr, false);
    // Escaped once too often by the template: {&quot;@type&quot;:...}.
    if (json.is_discarded() && script.find("&quot;") != std::string::npos) {
      json = Json::parse(Repair(DecodeEntities(script)), nullptr, false);
    }
    if (!json.is_discarded()) parsed.push_back(std::move(json));
  }
  IdIndex index;
  for (const Json& json : parsed) IndexIds(json, &index, 0);
  for (const Json& json : parsed) Walk(json, index, &out, 0);
  return out;
}

}  // namespace newsift::metadata
