#include "newsift/dom/tag.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace newsift::dom {
namespace {

struct TagName {
  std::string_view name;
  Tag tag;
};

// Sorted by name, as the enum is; checked by tests/dom/tag_test.cc.
constexpr std::array<TagName, static_cast<size_t>(Tag::kCount) - 1> kTags = {{
    {"a", Tag::kA},
    {"abbr", Tag::kAbbr},
    {"address", Tag::kAddress},
    {"amp-img", Tag::kAmpImg},
    {"article", Tag::kArticle},
    {"aside", Tag::kAside},
    {"audio", Tag::kAudio},
    {"b", Tag::kB},
    {"base", Tag::kBase},
    {"blockquote", Tag::kBlockquote},
    {"body", Tag::kBody},
    {"br", Tag::kBr},
    {"button", Tag::kButton},
    {"canvas", Tag::kCanvas},
    {"caption", Tag::kCaption},
    {"center", Tag::kCenter},
    {"cite", Tag::kCite},
    {"code", Tag::kCode},
    {"dd", Tag::kDd},
    {"del", Tag::kDel},
    {"details", Tag::kDetails},
    {"dialog", Tag::kDialog},
    {"div", Tag::kDiv},
    {"dl", Tag::kDl},
    {"dt", Tag::kDt},
    {"em", Tag::kEm},
    {"embed", Tag::kEmbed},
    {"fieldset", Tag::kFieldset},
    {"figcaption", Tag::kFigcaption},
    {"figure", Tag::kFigure},
    {"font", Tag::kFont},
    {"footer", Tag::kFooter},
    {"form", Tag::kForm},
    {"frame", Tag::kFrame},
    {"h1", Tag::kH1},
    {"h2", Tag::kH2},
    {"h3", Tag::kH3},
    {"h4", Tag::kH4},
    {"h5", Tag::kH5},
    {"h6", Tag::kH6},
    {"head", Tag::kHead},
    {"header", Tag::kHeader},
    {"hgroup", Tag::kHgroup},
    {"hr", Tag::kHr},
    {"html", Tag::kHtml},
    {"i", Tag::kI},
    {"iframe", Tag::kIframe},
    {"img", Tag::kImg},
    {"input", Tag::kInput},
    {"ins", Tag::kIns},
    {"label", Tag::kLabel},
    {"legend", Tag::kLegend},
    {"li", Tag::kLi},
    {"link", Tag::kLink},
    {"main", Tag::kMain},
    {"mark", Tag::kMark},
    {"menu", Tag::kMenu},
    {"meta", Tag::kMeta},
    {"nav", Tag::kNav},
    {"noscript", Tag::kNoscript},
    {"object", Tag::kObject},
    {"ol", Tag::kOl},
    {"option", Tag::kOption},
    {"p", Tag::kP},
    {"picture", Tag::kPicture},
    {"pre", Tag::kPre},
    {"q", Tag::kQ},
    {"s", Tag::kS},
    {"script", Tag::kScript},
    {"section", Tag::kSection},
    {"select", Tag::kSelect},
    {"small", Tag::kSmall},
    {"source", Tag::kSource},
    {"span", Tag::kSpan},
    {"strong", Tag::kStrong},
    {"style", Tag::kStyle},
    {"sub", Tag::kSub},
    {"summary", Tag::kSummary},
    {"sup", Tag::kSup},
    {"svg", Tag::kSvg},
    {"table", Tag::kTable},
    {"tbody", Tag::kTbody},
    {"td", Tag::kTd},
    {"template", Tag::kTemplate},
    {"textarea", Tag::kTextarea},
    {"tfoot", Tag::kTfoot},
    {"th", Tag::kTh},
    {"thead", Tag::kThead},
    {"time", Tag::kTime},
    {"title", Tag::kTitle},
    {"tr", Tag::kTr},
    {"u", Tag::kU},
    {"ul", Tag::kUl},
    {"video", Tag::kVideo},
}};

}  // namespace

Tag LookupTag(std::string_view name) {
  const auto it =
      std::lower_bound(kTags.begin(), kTags.end(), name,
                       [](const TagName& entry, std::string_view key) { return entry.name < key; });
  return it != kTags.end() && it->name == name ? it->tag : Tag::kUnknown;
}

std::string_view ToString(Tag tag) {
  const auto index = static_cast<size_t>(tag);
  if (index == 0 || index >= static_cast<size_t>(Tag::kCount)) return "";
  return kTags[index - 1].name;
}

}  // namespace newsift::dom
