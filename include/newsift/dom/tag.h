// HTML element names as a small enum, so the classifier compares integers
// instead of strings. Names the classifier or metadata never ask about are
// kUnknown; Document::tag_name() still has their spelling.
#ifndef NEWSIFT_DOM_TAG_H_
#define NEWSIFT_DOM_TAG_H_

#include <cstdint>
#include <string_view>

namespace newsift::dom {

// Keep sorted by name: LookupTag() binary-searches the matching table.
enum class Tag : uint8_t {
  kUnknown,
  kA,
  kAbbr,
  kAddress,
  kAmpImg,
  kArticle,
  kAside,
  kAudio,
  kB,
  kBase,
  kBlockquote,
  kBody,
  kBr,
  kButton,
  kCanvas,
  kCaption,
  kCenter,
  kCite,
  kCode,
  kDd,
  kDel,
  kDetails,
  kDialog,
  kDiv,
  kDl,
  kDt,
  kEm,
  kEmbed,
  kFieldset,
  kFigcaption,
  kFigure,
  kFont,
  kFooter,
  kForm,
  kFrame,
  kH1,
  kH2,
  kH3,
  kH4,
  kH5,
  kH6,
  kHead,
  kHeader,
  kHgroup,
  kHr,
  kHtml,
  kI,
  kIframe,
  kImg,
  kInput,
  kIns,
  kLabel,
  kLegend,
  kLi,
  kLink,
  kMain,
  kMark,
  kMenu,
  kMeta,
  kNav,
  kNoscript,
  kObject,
  kOl,
  kOption,
  kP,
  kPicture,
  kPre,
  kQ,
  kS,
  kScript,
  kSection,
  kSelect,
  kSmall,
  kSource,
  kSpan,
  kStrong,
  kStyle,
  kSub,
  kSummary,
  kSup,
  kSvg,
  kTable,
  kTbody,
  kTd,
  kTemplate,
  kTextarea,
  kTfoot,
  kTh,
  kThead,
  kTime,
  kTitle,
  kTr,
  kU,
  kUl,
  kVideo,
  kCount,  // not a tag: the number of enumerators
};

// `name` must be lower case, as libxml2's HTML parser reports it.
Tag LookupTag(std::string_view name);
std::string_view ToString(Tag tag);

// h1..h6 -> 1..6, anything else -> 0.
inline int HeadingLevel(Tag tag) {
  const int level = static_cast<int>(tag) - static_cast<int>(Tag::kH1) + 1;
  return level >= 1 && level <= 6 ? level : 0;
}

}  // namespace newsift::dom

#endif  // NEWSIFT_DOM_TAG_H_
