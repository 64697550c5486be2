#include "newsift/article.h"

namespace newsift {

std::string_view ToString(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kListItem:
      return "list-item";
    case BlockKind::kQuote:
      return "quote";
    case BlockKind::kTableRow:
      return "table-row";
    case BlockKind::kCode:
      return "code";
  }
  return "";
}

std::string Article::BodyText() const {
  std::string out;
  for (const Block& block : body) {
    if (!out.empty()) out += "\n\n";
    if (block.kind == BlockKind::kListItem) out += "- ";
    out += block.text;
  }
  return out;
}

}  // namespace newsift
