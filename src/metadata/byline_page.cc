// Where on the page a byline candidate stands, relative to the headline
// and the body (BylinePage of byline_candidates_internal.h).
#include "byline_candidates_internal.h"

namespace newsift::metadata {

using dom::kNoNode;
using dom::NodeId;

bool BylinePage::NearHeadline(NodeId id) const {
  const bool after_headline = headline != kNoNode && id > headline;
  const bool before_body = body_start == kNoNode || id < body_start;
  return after_headline && before_body && (id - headline) < 400;
}

bool BylinePage::BelowStandfirst(NodeId id) const {
  if (headline == kNoNode || id <= headline || id - headline >= 400) return false;
  int paragraphs = 0;
  for (const classify::ScoredBlock& b : content.blocks) {
    if (b.block.first_node >= id) break;
    if (b.keep && b.block.kind == BlockKind::kParagraph && b.block.length >= 120) ++paragraphs;
  }
  return paragraphs <= 1;
}

bool BylinePage::StandfirstOnlyBefore(NodeId id) const {
  if (headline == kNoNode || id <= headline || id - headline >= 400) return false;
  int kept = 0;
  for (const classify::ScoredBlock& b : content.blocks) {
    if (b.block.first_node >= id) break;
    if (!b.keep || b.block.first_node < doc.node(headline).end) continue;
    if (++kept > 1 || b.block.kind != BlockKind::kParagraph) return false;
  }
  return kept == 1;
}

}  // namespace newsift::metadata
