#include "newsift/classify/content.h"

#include "newsift/classify/hints.h"
#include "newsift/classify/labels.h"
#include "newsift/classify/scorer.h"

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Elements whose text is never article text.
bool IsNonText(Tag tag) {
  switch (tag) {
    case Tag::kScript:
    case Tag::kStyle:
    case Tag::kNoscript:
    case Tag::kTemplate:
    case Tag::kSvg:
    case Tag::kCanvas:
    case Tag::kButton:
    case Tag::kSelect:
    case Tag::kOption:
    case Tag::kTextarea:
    case Tag::kInput:
    case Tag::kLabel:
    case Tag::kIframe:
    case Tag::kObject:
    case Tag::kEmbed:
    case Tag::kAudio:
    case Tag::kVideo:
    case Tag::kHead:
    case Tag::kTitle:
    case Tag::kMeta:
    case Tag::kLink:
    case Tag::kBase:
    case Tag::kFrame:
      return true;
    default:
      return false;
  }
}

bool IsStructuralBoilerplate(Tag tag) {
  switch (tag) {
    case Tag::kNav:
    case Tag::kAside:
    case Tag::kHeader:
    case Tag::kFooter:
    case Tag::kMenu:
    case Tag::kForm:
    case Tag::kDialog:
      return true;
    default:
      return false;
  }
}

// Containers a page's own class names never remove ("<body
// class='cookie-consent-given'>").
bool IsProtected(Tag tag) {
  return tag == Tag::kHtml || tag == Tag::kBody || tag == Tag::kMain || tag == Tag::kArticle;
}

// Hints that remove an element whatever its size.
constexpr uint32_t kStrongHints =
    kHintConsent | kHintAd | kHintComments | kHintShare | kHintPaywall | kHintPromo;
// Hints that remove an element only when it holds a minor part of the text.
constexpr uint32_t kWeakHints = kHintBoilerplate | kHintNavigation | kHintTags;

// Bylines and datelines are short; a long "meta" area is something else.
constexpr size_t kMaxBylineBytes = 300;
constexpr size_t kMaxCaptionBytes = 600;

class Classifier {
 public:
  explicit Classifier(const dom::Document& doc) : doc_(doc) {}

  Content Run() {
    Content content;
    const NodeId scope = doc_.body() != kNoNode ? doc_.body() : doc_.root();
    content.removal.assign(doc_.size(), Removal::kKept);
    content.hints.assign(doc_.size(), kHintNone);
    if (scope == kNoNode) return content;
    const NodeId end = doc_.node(scope).end;
    for (NodeId id = scope; id < end; ++id) {
      if (doc_.node(id).is_element()) content.hints[id] = ElementHints(doc_, id);
    }
    ComputeTextSizes(scope);
    MarkRemovals(scope, &content);

    std::vector<uint8_t> skip(doc_.size(), 0);
    for (NodeId id = 0; id < doc_.size(); ++id) {
      skip[id] = content.removal[id] != Removal::kKept;
    }
    std::vector<TextBlock> blocks = CollectBlocks(doc_, scope, skip);
    std::vector<double> weights;
    weights.reserve(blocks.size());
    for (const TextBlock& block : blocks) weights.push_back(BlockWeight(block));
    const Region region = FindMainRegion(doc_, scope, blocks, weights);
    content.region = region.root;
    content.region_score = region.score;

    content.blocks.reserve(blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
      ScoredBlock scored;
      scored.weight = weights[i];
      scored.block = std::move(blocks[i]);
      Decide(content, &scored);
      content.blocks.push_back(std::move(scored));
    }
    DetectIndexPage(&content);
    return content;
  }

 private:
  // Non-link text bytes per subtree: the "how much of the page is this"
  // measure behind the size guard.
  void ComputeTextSizes(NodeId scope) {
    const NodeId end = doc_.node(scope).end;
    plain_text_.assign(doc_.size(), 0);
    std::vector<uint8_t> in_link(doc_.size(), 0);
    for (NodeId id = scope; id < end; ++id) {
      const dom::Node& node = doc_.node(id);
      const bool parent_link =
          node.parent != kNoNode && node.parent >= scope && in_link[node.parent];
      in_link[id] = parent_link || node.tag == Tag::kA;
      if (node.is_element() && IsNonText(node.tag)) {
        id = node.end - 1;  // leave their text uncounted
        continue;
      }
      if (node.is_text() && !in_link[id]) plain_text_[id] = doc_.text(id).size();
    }
    for (NodeId id = end; id-- > scope + 1;) {
      const NodeId parent = doc_.node(id).parent;
      if (parent != kNoNode) plain_text_[parent] += plain_text_[id];
    }
    total_text_ = plain_text_[scope];
  }

  bool IsMinor(NodeId id) const { return plain_text_[id] * 2 <= total_text_; }

  Removal Judge(NodeId id, uint32_t hints) const {
    const Tag tag = doc_.node(id).tag;
    if (IsNonText(tag)) return Removal::kNonText;
    if (tag == Tag::kFigcaption) return Removal::kCaption;
    if (IsProtected(tag) && tag != Tag::kArticle) return Removal::kKept;
    if ((hints & kHintHidden) != 0 && IsMinor(id)) return Removal::kHidden;
    if (IsStructuralBoilerplate(tag) && IsMinor(id)) return Removal::kStructure;
    if ((hints & kStrongHints) != 0 && !IsProtected(tag)) return Removal::kHint;
    if ((hints & kWeakHints) != 0 && (hints & kHintContent) == 0 && IsMinor(id)) {
      return Removal::kHint;
    }
    if ((hints & kHintCaption) != 0 && (hints & kHintContent) == 0 &&
        plain_text_[id] <= kMaxCaptionBytes) {
      return Removal::kCaption;
    }
    if ((hints & kHintByline) != 0 && (hints & kHintContent) == 0 &&
        plain_text_[id] <= kMaxBylineBytes) {
      return Removal::kHint;
    }
    return Removal::kKept;
  }

  void MarkRemovals(NodeId scope, Content* content) const {
    const NodeId end = doc_.node(scope).end;
    for (NodeId id = scope; id < end; ++id) {
      const dom::Node& node = doc_.node(id);
      if (!node.is_element()) continue;
      const Removal removal = Judge(id, content->hints[id]);
      if (removal == Removal::kKept) continue;
      for (NodeId d = id; d < node.end; ++d) content->removal[d] = removal;
      id = node.end - 1;
    }
  }

  void Decide(const Content& content, ScoredBlock* scored) const {
    const TextBlock& block = scored->block;
    const NodeId at = block.anchor != kNoNode ? block.anchor : block.first_node;
    if (content.region == kNoNode || !doc_.Contains(content.region, at)) {
      scored->reason = "outside the main content";
      return;
    }
    const LabelKind label = ClassifyLabel(block.text);
    if (label != LabelKind::kNone) {
      scored->reason = std::string("boilerplate text: ") + std::string(ToString(label));
      return;
    }
    if (block.link_density() > 0.5) {
      scored->reason = "mostly links";
      return;
    }
    scored->keep = true;
    scored->reason = "in the main content";
  }

  // A section front: the region is a run of linked headlines with blurbs.
  static void DetectIndexPage(Content* content) {
    size_t teasers = 0;
    size_t long_paragraphs = 0;
    for (const ScoredBlock& scored : content->blocks) {
      const TextBlock& b = scored.block;
      if (b.kind == BlockKind::kHeading && b.link_density() > 0.8) ++teasers;
      if (scored.keep && b.kind == BlockKind::kParagraph && b.length >= 300) ++long_paragraphs;
    }
    if (teasers >= 5 && long_paragraphs * 2 < teasers) {
      content->is_index_page = true;
      for (ScoredBlock& scored : content->blocks) {
        if (!scored.keep) continue;
        scored.keep = false;
        scored.reason = "index page: many teasers, no single article";
      }
    }
  }

  const dom::Document& doc_;
  std::vector<size_t> plain_text_;
  size_t total_text_ = 0;
};

}  // namespace

std::string_view ToString(Removal removal) {
  switch (removal) {
    case Removal::kKept:
      return "kept";
    case Removal::kNonText:
      return "not text";
    case Removal::kHidden:
      return "hidden";
    case Removal::kStructure:
      return "page structure";
    case Removal::kHint:
      return "class/id hint";
    case Removal::kCaption:
      return "caption";
  }
  return "";
}

std::vector<const ScoredBlock*> Content::Kept() const {
  std::vector<const ScoredBlock*> kept;
  for (const ScoredBlock& b : blocks) {
    if (b.keep) kept.push_back(&b);
  }
  return kept;
}

Content ClassifyContent(const dom::Document& doc) { return Classifier(doc).Run(); }

}  // namespace newsift::classify
