// What one page yields: plain UTF-8 data with no pointers into the parse
// tree, so it outlives it. Writers emit the fields in this order.
#ifndef NEWSIFT_ARTICLE_H_
#define NEWSIFT_ARTICLE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsift {

enum class BlockKind {
  kParagraph,
  kHeading,   // a subheading inside the body (h2-h6)
  kListItem,  // rendered with a leading "- "
  kQuote,     // blockquote text
  kTableRow,  // cells separated by a tab
  kCode,      // <pre> text, line breaks kept
};

std::string_view ToString(BlockKind kind);

// One block of the article body: whitespace collapsed (except kCode),
// inline markup flattened to text.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;

  friend bool operator==(const Block&, const Block&) = default;
};

struct Caption {
  std::string text;
  std::optional<std::string> credit;  // "Photo: X" -> "X"

  friend bool operator==(const Caption&, const Caption&) = default;
};

struct Article {
  std::string source;                      // file path, "-" or FILE#record
  std::optional<std::string> url;          // canonical, og:url or --url
  std::optional<std::string> headline;     // the visible headline
  std::optional<std::string> date;         // ISO 8601, as precise as stated
  std::optional<std::string> modified;     // ISO 8601, last update
  std::vector<std::string> authors;        // person names only
  std::optional<std::string> language;     // BCP 47 tag, "en", "de-AT"
  std::optional<std::string> site_name;    // og:site_name, publisher
  std::optional<std::string> description;  // meta / og description
  std::vector<std::string> bullets;        // "key points" above the body
  std::vector<Block> body;                 // in reading order
  std::vector<Caption> captions;           // image captions in page order

  // The body as users see it: blocks separated by one blank line, list
  // items with a leading "- ".
  std::string BodyText() const;

  friend bool operator==(const Article&, const Article&) = default;
};

}  // namespace newsift

#endif  // NEWSIFT_ARTICLE_H_
