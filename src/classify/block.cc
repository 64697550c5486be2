#include "newsift/classify/block.h"

#include <algorithm>

#include "newsift/text/utf8.h"

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

bool IsCell(Tag tag) { return tag == Tag::kTd || tag == Tag::kTh; }

// A block this short whose every visible character is inside a <time>
// element is a timestamp line: the dateline of the article or of one
// update of a live blog ("<time>13:10</time>" above each entry), which
// belongs to the date field, not the body. Longer text in a <time> is
// prose that happens to be marked up ("<time>the winter of 1962</time>"
// is rarely a block on its own, but a sentence never is a dateline).
constexpr size_t kMaxTimestampBytes = 60;

// Whether a text is only pictographs: emoji (U+1F000 on), the
// miscellaneous symbols and dingbats (U+2600-U+27BF: "★★★★☆", "✓",
// "☼ ☼ ☼"), "⭐", with their joiners and variation selectors. A reader
// sees a rating or an icon ("💡" over a callout's tip), not text; no
// corpus truth has such a line. Arrows and geometric shapes ("↓", "▼")
// and ASCII art are left alone: truths keep them in code and diagrams.
bool IsPictographs(std::string_view s) {
  bool any = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = text::NextCodePoint(s, &pos);
    if (cp == U' ' || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) continue;
    if (cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50) {
      any = true;
      continue;
    }
    return false;
  }
  return any;
}

size_t VisibleBytes(std::string_view t) {
  size_t n = 0;
  for (char c : t) n += c != ' ' && c != '\n' && c != '\t' && c != '\r';
  return n;
}

class Collector {
 public:
  Collector(const dom::Document& doc, const std::vector<uint8_t>& skip) : doc_(doc), skip_(skip) {}

  std::vector<TextBlock> Run(NodeId root) {
    const NodeId end = doc_.node(root).end;
    for (NodeId id = root; id < end; ++id) {
      while (!anchors_.empty() && id >= doc_.node(anchors_.back()).end) {
        Flush();
        anchors_.pop_back();
      }
      const dom::Node& node = doc_.node(id);
      if (skip_[id]) {
        id = node.end - 1;
        continue;
      }
      if (node.is_text()) {
        AddText(id);
        continue;
      }
      if (node.tag == Tag::kBr) {
        Flush();
        continue;
      }
      if (node.tag == Tag::kA && node.end > link_end_) link_end_ = node.end;
      if (node.tag == Tag::kTime && node.end > time_end_) time_end_ = node.end;
      if (dom::BreaksText(node.tag)) {
        Flush();
        anchors_.push_back(id);
      }
    }
    while (!anchors_.empty()) {
      Flush();
      anchors_.pop_back();
    }
    Flush();
    return DropItemNumbers(MergeTableRows(std::move(blocks_)));
  }

 private:
  void AddText(NodeId id) {
    const std::string_view t = doc_.text(id);
    if (t.empty()) return;
    if (first_node_ == kNoNode) {
      // A block starts at its first non-blank text.
      if (t == " ") return;
      first_node_ = id;
    }
    preformatted_ = preformatted_ || doc_.node(id).preformatted;
    buffer_.append(t);
    if (id < link_end_) link_length_ += text::MeasureText(t).weighted_length;
    const size_t visible = VisibleBytes(t);
    visible_bytes_ += visible;
    if (id < time_end_) time_bytes_ += visible;
  }

  void Flush() {
    if (first_node_ == kNoNode) {
      buffer_.clear();
      time_bytes_ = 0;
      visible_bytes_ = 0;
      return;
    }
    TextBlock block;
    block.anchor = anchors_.empty() ? kNoNode : anchors_.back();
    block.first_node = first_node_;
    if (preformatted_) {
      std::string_view raw = buffer_;
      while (!raw.empty() && (raw.front() == '\n' || raw.front() == '\r')) raw.remove_prefix(1);
      while (!raw.empty() && (raw.back() == '\n' || raw.back() == ' ' || raw.back() == '\r')) {
        raw.remove_suffix(1);
      }
      block.text = std::string(raw);
    } else {
      block.text = text::CollapseWhitespace(buffer_);
    }
    buffer_.clear();
    first_node_ = kNoNode;
    const size_t link_length = link_length_;
    link_length_ = 0;
    const bool preformatted = preformatted_;
    preformatted_ = false;
    const bool all_time = time_bytes_ > 0 && time_bytes_ == visible_bytes_;
    time_bytes_ = 0;
    visible_bytes_ = 0;
    if (block.text.empty()) return;

    const text::TextStats stats = text::MeasureText(block.text);
    block.length = stats.weighted_length;
    block.link_length = std::min(link_length, block.length);
    block.words = stats.words;
    block.punctuation = stats.punctuation;
    block.label = ClassifyLabel(block.text);
    if (!preformatted && block.label == LabelKind::kNone && LooksLikeMarkup(block.text)) {
      block.label = LabelKind::kMarkup;
    }
    if (block.label == LabelKind::kNone && IsPictographs(block.text)) {
      block.label = LabelKind::kPictographs;
    }
    if (block.label == LabelKind::kNone && all_time && block.text.size() <= kMaxTimestampBytes) {
      block.label = LabelKind::kDateline;
    }
    block.kind = preformatted ? BlockKind::kCode : BlockKind::kParagraph;
    // The innermost heading, list item or quote around the text decides
    // its kind; a heading wins over the list item it sits in.
    for (size_t i = anchors_.size(); i-- > 0;) {
      const Tag tag = doc_.node(anchors_[i]).tag;
      const int level = dom::HeadingLevel(tag);
      if (level > 0) {
        block.kind = BlockKind::kHeading;
        block.heading_level = level;
        break;
      }
      if (block.kind == BlockKind::kCode) break;
      if (tag == Tag::kLi && block.kind == BlockKind::kParagraph) block.kind = BlockKind::kListItem;
      if (tag == Tag::kBlockquote) block.kind = BlockKind::kQuote;
    }
    blocks_.push_back(std::move(block));
  }

  // Consecutive blocks from different cells of one <tr> become one row,
  // cells separated by a tab. Text from a single cell (a layout table)
  // stays as paragraphs.
  std::vector<TextBlock> MergeTableRows(std::vector<TextBlock> blocks) const {
    std::vector<TextBlock> out;
    out.reserve(blocks.size());
    size_t i = 0;
    while (i < blocks.size()) {
      const NodeId row = RowOf(blocks[i]);
      size_t j = i + 1;
      bool several_cells = false;
      while (row != kNoNode && j < blocks.size() && RowOf(blocks[j]) == row) {
        if (blocks[j].anchor != blocks[i].anchor) several_cells = true;
        ++j;
      }
      if (!several_cells) {
        for (size_t k = i; k < j; ++k) out.push_back(std::move(blocks[k]));
        i = j;
        continue;
      }
      TextBlock merged = std::move(blocks[i]);
      merged.kind = BlockKind::kTableRow;
      merged.anchor = row;
      NodeId cell = blocks[i].anchor;
      for (size_t k = i + 1; k < j; ++k) {
        merged.text.push_back(blocks[k].anchor != cell ? '\t' : ' ');
        cell = blocks[k].anchor;
        merged.text.append(blocks[k].text);
        merged.length += blocks[k].length + 1;
        merged.link_length += blocks[k].link_length;
        merged.words += blocks[k].words;
        merged.punctuation += blocks[k].punctuation;
      }
      merged.label = ClassifyLabel(merged.text);
      out.push_back(std::move(merged));
      i = j;
    }
    return out;
  }

  // "<li><span class=step-number>2</span><div><p>Turn the pot ...": a
  // list item's number written as text of its own, before the item's
  // text in blocks below it, is the list's marker (an <ol> draws it; we
  // do not write markers), not a line of the article. A number that is
  // the item's only text stays (a list of scores).
  std::vector<TextBlock> DropItemNumbers(std::vector<TextBlock> blocks) const {
    std::vector<TextBlock> out;
    out.reserve(blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
      const TextBlock& block = blocks[i];
      const bool marker = block.kind == BlockKind::kListItem && block.anchor != kNoNode &&
                          doc_.node(block.anchor).tag == Tag::kLi && IsItemNumber(block.text) &&
                          i + 1 < blocks.size() &&
                          blocks[i + 1].first_node < doc_.node(block.anchor).end;
      if (!marker) out.push_back(std::move(blocks[i]));
    }
    return out;
  }

  // "2", "2.", "2)", "Step 2".
  static bool IsItemNumber(std::string_view s) {
    constexpr size_t kMaxDigits = 3;
    for (std::string_view step : {"Step ", "step ", "STEP "}) {
      if (s.starts_with(step)) s.remove_prefix(step.size());
    }
    if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
    if (s.empty() || s.size() > kMaxDigits) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // A cell holding paragraphs, lists or tables lays out a page; only cells
  // of inline text are data.
  bool IsDataCell(NodeId cell) const {
    const dom::Node& node = doc_.node(cell);
    for (NodeId d = cell + 1; d < node.end; ++d) {
      const dom::Node& inner = doc_.node(d);
      if (!inner.is_element()) continue;
      if (inner.tag != Tag::kBr && dom::BreaksText(inner.tag)) return false;
    }
    return true;
  }

  NodeId RowOf(const TextBlock& block) const {
    if (block.anchor == kNoNode || !IsCell(doc_.node(block.anchor).tag)) return kNoNode;
    if (!IsDataCell(block.anchor)) return kNoNode;
    const NodeId parent = doc_.node(block.anchor).parent;
    return parent != kNoNode && doc_.node(parent).tag == Tag::kTr ? parent : kNoNode;
  }

  const dom::Document& doc_;
  const std::vector<uint8_t>& skip_;
  std::vector<NodeId> anchors_;
  std::vector<TextBlock> blocks_;
  std::string buffer_;
  NodeId first_node_ = kNoNode;
  NodeId link_end_ = 0;
  size_t link_length_ = 0;
  NodeId time_end_ = 0;       // end of the open <time> element(s)
  size_t time_bytes_ = 0;     // the block's non-blank bytes inside <time>
  size_t visible_bytes_ = 0;  // all the block's non-blank bytes
  bool preformatted_ = false;
};

}  // namespace

std::vector<TextBlock> CollectBlocks(const dom::Document& doc, dom::NodeId root,
                                     const std::vector<uint8_t>& skip) {
  if (root == dom::kNoNode) return {};
  return Collector(doc, skip).Run(root);
}

}  // namespace newsift::classify
