#include "newsift/classify/between_prose.h"

#include <string_view>

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// A subheading asking a question of this many words heads the text under it.
constexpr size_t kMinQuestionHeadingWords = 4;

NodeId At(const TextBlock& block) {
  return block.anchor != kNoNode ? block.anchor : block.first_node;
}

// The nearest kept block before (step -1) or after (+1) block `i`,
// across other short lines only; kNoNode when there is none.
NodeId KeptNeighbour(const std::vector<ScoredBlock>& blocks, size_t i, int step) {
  for (size_t j = i + step; j < blocks.size(); j += step) {
    const ScoredBlock& other = blocks[j];
    if (other.keep) return At(other.block);
    if (other.reason != kShortBesideCore) return kNoNode;
  }
  return kNoNode;
}

// Whether `text` ends with a full stop, "!", "?" or an ellipsis, before
// any closing quotes or brackets.
bool EndsSentence(std::string_view text) {
  while (!text.empty()) {
    const char c = text.back();
    if (c == '"' || c == '\'' || c == ')' || c == ' ') {
      text.remove_suffix(1);
      continue;
    }
    // Closing quotes: ’ ” » (UTF-8).
    if (text.ends_with("\u2019") || text.ends_with("\u201D") || text.ends_with("\u00BB")) {
      text.remove_suffix(text.ends_with("\u00BB") ? 2 : 3);
      continue;
    }
    break;
  }
  if (text.empty()) return false;
  const char c = text.back();
  return c == '.' || c == '!' || c == '?' || text.ends_with("\u2026") || text.ends_with("\u3002") ||
         text.ends_with("\uFF01") || text.ends_with("\uFF1F");
}

// A subheading beside the core over kept text of its own section, after
// some kept text: the article goes on past its core (sections of one
// post in separate containers).
void KeepSubheading(const dom::Document& doc, std::vector<ScoredBlock>& blocks, size_t i) {
  const NodeId at = At(blocks[i].block);
  const NodeId parent = doc.node(at).parent;
  if (parent == kNoNode || i + 1 >= blocks.size() || !blocks[i + 1].keep) return;
  if (!doc.Contains(parent, At(blocks[i + 1].block))) return;
  // A question of several words heads the text under it wherever the
  // text before it went ("How long before your services are booked
  // out?" after a dropped promo link).
  const TextBlock& heading = blocks[i].block;
  const bool question = heading.words >= kMinQuestionHeadingWords && heading.text.ends_with('?');
  const NodeId before = KeptNeighbour(blocks, i, -1);
  if (!question && (before == kNoNode || !doc.Contains(parent, before))) return;
  blocks[i].keep = true;
  blocks[i].reason = "a subheading over kept text beside the core";
}

}  // namespace

// Short <p> sentences between kept blocks of their container ("Nothing
// here can go wrong.", "Totally clever!" between the photos of a blog
// post) are the story's, not furniture: furniture (kickers, datelines,
// credits, section titles) sits at the edge of the text or in a box of
// its own, and rarely ends a sentence.
void KeepSentencesBetweenProse(const dom::Document& doc, std::vector<ScoredBlock>* out) {
  std::vector<ScoredBlock>& blocks = *out;
  for (size_t i = 0; i < blocks.size(); ++i) {
    ScoredBlock& scored = blocks[i];
    const TextBlock& block = scored.block;
    if (scored.keep || scored.reason != kShortBesideCore) continue;
    if (block.kind == BlockKind::kHeading) {
      KeepSubheading(doc, blocks, i);
      continue;
    }
    // A lead-in to a list ("Here is a list of the principles:") is a
    // sentence too.
    if (block.kind != BlockKind::kParagraph || block.words < 2 ||
        !(EndsSentence(block.text) || (block.words >= 4 && block.text.ends_with(':')))) {
      continue;
    }
    const dom::Node& node = doc.node(At(block));
    const NodeId parent = node.parent;
    if (node.tag != Tag::kP || parent == kNoNode) continue;
    const NodeId before = KeptNeighbour(blocks, i, -1);
    const NodeId after = KeptNeighbour(blocks, i, 1);
    if (before != kNoNode && after != kNoNode && doc.Contains(parent, before) &&
        doc.Contains(parent, after)) {
      scored.keep = true;
      scored.reason = "a sentence between paragraphs beside the core";
    }
  }
}

}  // namespace newsift::classify
