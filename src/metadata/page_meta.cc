#include "newsift/metadata/page_meta.h"

#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

// True when the nearest microdata item around `id` is another work that
// is a property of the page's item: "<li itemprop=citation itemscope
// itemtype=.../ScholarlyArticle><meta itemprop=author content='NH.
// Shear'>" names a cited paper's authors, not the page's. (A Person item
// holding the page's dates, as unclosed bylines make it, still counts.)
bool InNestedItem(const dom::Document& doc, dom::NodeId id) {
  for (dom::NodeId a = doc.node(id).parent; a != dom::kNoNode; a = doc.node(a).parent) {
    const std::string_view type = doc.attr(a, "itemtype");
    if (type.empty()) continue;
    if (doc.attr(a, "itemprop").empty()) return false;
    const std::string lower = text::AsciiLower(type);
    for (std::string_view work :
         {"article", "posting", "review", "comment", "creativework", "book"}) {
      if (lower.find(work) != std::string::npos) return true;
    }
    return false;
  }
  return false;
}

}  // namespace

std::optional<std::string_view> PageMeta::Get(std::string_view key) const {
  for (const auto& [k, v] : tags) {
    if (k == key && !v.empty()) return v;
  }
  return std::nullopt;
}

PageMeta CollectPageMeta(const dom::Document& doc) {
  PageMeta meta;
  const dom::NodeId root = doc.root();
  if (root == dom::kNoNode) return meta;
  for (std::string_view name : {"lang", "xml:lang"}) {
    const std::string_view lang = text::Trim(doc.attr(root, name));
    if (!lang.empty() && meta.html_lang.empty()) meta.html_lang = std::string(lang);
  }
  for (dom::NodeId id = root; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element()) continue;
    switch (node.tag) {
      case dom::Tag::kMeta: {
        std::string_view value = doc.attr(id, "content");
        if (value.empty()) value = doc.attr(id, "value");
        value = text::Trim(value);
        if (value.empty()) break;
        for (std::string_view key_attr : {"property", "name", "itemprop", "http-equiv"}) {
          const std::string_view key = text::Trim(doc.attr(id, key_attr));
          if (key.empty()) continue;
          if (key_attr == "itemprop" && InNestedItem(doc, id)) continue;
          // "og:title twitter:title" in one property attribute happens.
          size_t start = 0;
          while (start < key.size()) {
            size_t stop = key.find(' ', start);
            if (stop == std::string_view::npos) stop = key.size();
            if (stop > start) {
              std::string lower = text::AsciiLower(key.substr(start, stop - start));
              // JSON-LD kept in a meta tag, <meta name="script:ld+json"
              // content="{&quot;@type&quot;:...}">, as some React
              // frameworks render it: the attribute's entities are
              // already decoded.
              if (lower.ends_with("ld+json")) meta.json_ld.emplace_back(value);
              meta.tags.emplace_back(std::move(lower), std::string(value));
            }
            start = stop + 1;
          }
        }
        break;
      }
      case dom::Tag::kTitle:
        if (meta.title.empty()) meta.title = doc.Text(id);
        break;
      case dom::Tag::kLink: {
        const std::string rel = text::AsciiLower(doc.attr(id, "rel"));
        if (rel == "canonical" && meta.canonical.empty()) {
          meta.canonical = std::string(text::Trim(doc.attr(id, "href")));
        }
        break;
      }
      case dom::Tag::kScript:
        if (node.first_child != dom::kNoNode) {
          // The builder keeps the text of JSON-LD scripts only.
          std::string json;
          for (dom::NodeId c = node.first_child; c != dom::kNoNode; c = doc.node(c).next_sibling) {
            if (doc.node(c).is_text()) json.append(doc.text(c));
          }
          if (!json.empty()) meta.json_ld.push_back(std::move(json));
        }
        break;
      default:
        break;
    }
  }
  return meta;
}

}  // namespace newsift::metadata
