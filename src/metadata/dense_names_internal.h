// Person names in bylines written in scripts without spaces between
// words: Chinese, Japanese, Korean and Thai. There a space does different
// work in each language: in Chinese it separates people ("记者 李䶮
// 王晓梅" is two reporters), in Japanese and Thai it separates a family
// name from a given name ("山田 太郎", "สมชาย ใจดี" are one person each),
// and in Korean it puts the role after the name ("김지현 기자").
// Private to metadata/ (byline.cc).
#ifndef NEWSIFT_METADATA_DENSE_NAMES_INTERNAL_H_
#define NEWSIFT_METADATA_DENSE_NAMES_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsift::metadata {

// True when `s` holds a character of a script written without spaces
// (text::IsDenseScript).
bool HasDenseScript(std::string_view s);

// The names in one segment of a byline (already cut at commas, "、" and
// conjunctions) that holds dense script: reporter labels ("记者",
// "本报记者", "通讯员", "記者", "기자"...) dropped wherever they stand, and
// each group of words between them read by its script. Han names are
// split at spaces when the page is Chinese: `language` ("zh-CN") says so,
// or a simplified-Chinese label ("记者") does; otherwise (Japanese, or
// unknown) a group is one name. The names are not yet checked with
// LooksLikePersonName.
std::vector<std::string> DenseNames(std::string_view segment, std::string_view language);

// True when `text` holds a simplified-Chinese reporter label ("记者",
// "通讯员"): the byline is Chinese, whatever the page declares.
bool HasChineseReporterLabel(std::string_view text);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_DENSE_NAMES_INTERNAL_H_
