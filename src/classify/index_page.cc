#include "newsift/classify/index_page.h"

#include <algorithm>

#include <fmt/format.h>

#include "newsift/classify/content.h"
#include "newsift/classify/labels.h"
#include "newsift/text/utf8.h"

namespace newsift::classify {
namespace {

// A linked line long enough to be a headline: "<h3><a>Council votes to
// rebuild the harbour wall</a></h3>" or the same in a <div>.
bool IsTeaser(const TextBlock& block) {
  if (block.link_density() < 0.8) return false;
  if (block.kind == BlockKind::kHeading) return block.length >= 15;
  return block.words >= 4 && block.length >= 25;
}

// Text a reader reads: unlinked, punctuated, not a label.
bool IsProse(const TextBlock& block) {
  return block.link_density() < 0.3 && block.length >= 40 && block.punctuation > 0 &&
         block.kind != BlockKind::kHeading && block.label == LabelKind::kNone;
}

// Thresholds checked against the development corpus: its two section
// fronts have 30+ teasers and no prose run over 170 weighted characters;
// its articles with five or more teasers in the region have a run of at
// least 350 (a short article above a "related" list the pruning missed).
constexpr size_t kMinTeasers = 5;
constexpr size_t kRunPerTeaser = 20;
constexpr size_t kMinArticleRun = 600;

// The story of an aggregator's page (FindTitledStory): a headline of a few
// words, then an excerpt of a few sentences. A section front's heading is
// its section's name, and its intro one line: on the development corpus,
// the story excerpts run 280-360 weighted characters.
constexpr size_t kMinTitledHeadingWords = 4;
constexpr size_t kMinTitledStoryRun = 200;
// Before the excerpt, lines shorter than this are its dateline or source.
constexpr size_t kMaxLineBeforeStory = 40;

// Whether `heading`, folded, is one of the titles minus its site parts:
// the title begins or ends with it, and it is at least half the title.
bool TitleNames(const std::vector<std::string>& folded_titles, const TextBlock& heading) {
  const std::string folded = text::FoldForComparison(heading.text);
  if (folded.empty()) return false;
  for (const std::string& title : folded_titles) {
    if (2 * folded.size() < title.size()) continue;
    if (title.starts_with(folded) || title.ends_with(folded)) return true;
  }
  return false;
}

}  // namespace

bool IndexPageStats::IsIndexPage() const {
  return teasers >= kMinTeasers && longest_run < std::min(kMinArticleRun, kRunPerTeaser * teasers);
}

std::string IndexPageStats::ToString() const {
  return fmt::format("{} teasers, longest prose run {}, {} prose blocks", teasers, longest_run,
                     prose_blocks);
}

IndexPageStats MeasureIndexPage(const std::vector<const TextBlock*>& region_blocks) {
  IndexPageStats stats;
  size_t run = 0;
  for (const TextBlock* b : region_blocks) {
    const TextBlock& block = *b;
    if (IsTeaser(block)) {
      ++stats.teasers;
      run = 0;
      continue;
    }
    if (!IsProse(block)) continue;
    ++stats.prose_blocks;
    run += block.length;
    stats.longest_run = std::max(stats.longest_run, run);
  }
  return stats;
}

std::vector<std::string> FoldedPageTitles(const dom::Document& doc) {
  std::vector<std::string> titles;
  const dom::NodeId head = doc.head();
  if (head == dom::kNoNode) return titles;
  bool have_title = false;
  for (dom::NodeId id = head; id < doc.node(head).end; ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element()) continue;
    std::string text;
    if (node.tag == dom::Tag::kTitle && !have_title) {
      have_title = true;
      text = doc.Text(id);
    } else if (node.tag == dom::Tag::kMeta &&
               (doc.attr(id, "property") == "og:title" || doc.attr(id, "name") == "og:title")) {
      // Some pages carry the value in value= rather than content=.
      std::string_view value = doc.attr(id, "content");
      if (value.empty()) value = doc.attr(id, "value");
      text = std::string(value);
    }
    if (text.empty()) continue;
    std::string folded = text::FoldForComparison(text::CollapseWhitespace(text));
    if (!folded.empty()) titles.push_back(std::move(folded));
  }
  return titles;
}

bool IsSingleLinkPost(const dom::Document& doc, dom::NodeId region) {
  bool declared = false;
  const dom::NodeId head = doc.head();
  if (head != dom::kNoNode) {
    for (dom::NodeId id = head; id < doc.node(head).end && !declared; ++id) {
      const dom::Node& node = doc.node(id);
      declared = node.is_element() && node.tag == dom::Tag::kMeta &&
                 doc.attr(id, "property") == "og:type" && doc.attr(id, "content") == "article";
    }
  }
  if (!declared) return false;
  dom::NodeId article = dom::kNoNode;
  for (dom::NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element() || node.tag != dom::Tag::kArticle) continue;
    if (article != dom::kNoNode) return false;  // a second article: a list of them
    article = id;
  }
  if (article == dom::kNoNode || !doc.Contains(article, region)) return false;
  for (dom::NodeId id = article; id < region; ++id) {
    if (doc.node(id).is_element() && doc.node(id).tag == dom::Tag::kH1) return true;
  }
  return false;
}

std::vector<size_t> FindTitledStory(const std::vector<const TextBlock*>& region_blocks,
                                    const std::vector<std::string>& folded_titles) {
  if (folded_titles.empty()) return {};
  for (size_t i = 0; i < region_blocks.size(); ++i) {
    const TextBlock& heading = *region_blocks[i];
    if (IsTeaser(heading)) return {};  // the story comes before any teaser
    if (heading.kind != BlockKind::kHeading || heading.link_density() >= 0.3 ||
        heading.words < kMinTitledHeadingWords || !TitleNames(folded_titles, heading)) {
      continue;
    }
    std::vector<size_t> story;
    size_t run = 0;
    for (size_t j = i + 1; j < region_blocks.size(); ++j) {
      const TextBlock& block = *region_blocks[j];
      if (IsProse(block)) {
        story.push_back(j);
        run += block.length;
        continue;
      }
      const bool short_line = block.kind != BlockKind::kHeading && !IsTeaser(block) &&
                              block.link_density() < 0.3 && block.length < kMaxLineBeforeStory;
      if (!story.empty() || !short_line) break;
    }
    if (run >= kMinTitledStoryRun) return story;
    return {};
  }
  return {};
}

void ApplyIndexPageRule(const dom::Document& doc, Content* content) {
  using dom::kNoNode;
  using dom::NodeId;
  // The region's parent: on a section front the best-scoring element can
  // be one teaser's blurb, with its siblings beside it.
  if (content->region == kNoNode) return;
  NodeId scope = content->region;
  if (doc.node(scope).parent != kNoNode) scope = doc.node(scope).parent;
  std::vector<const TextBlock*> region_blocks;
  std::vector<size_t> positions;  // of region_blocks in content->blocks
  for (size_t i = 0; i < content->blocks.size(); ++i) {
    const TextBlock& b = content->blocks[i].block;
    const NodeId at = b.anchor != kNoNode ? b.anchor : b.first_node;
    if (!doc.Contains(scope, at)) continue;
    region_blocks.push_back(&b);
    positions.push_back(i);
  }
  content->index_stats = MeasureIndexPage(region_blocks);
  if (!content->index_stats.IsIndexPage()) return;
  // A post of links: they are its content.
  if (IsSingleLinkPost(doc, scope)) {
    for (size_t k : positions) {
      ScoredBlock& scored = content->blocks[k];
      if (scored.keep) continue;
      scored.keep = true;
      scored.reason = "a post of links: the page is one article";
    }
    return;
  }
  // An aggregator's story page: the story the title names, then others.
  const std::vector<size_t> story = FindTitledStory(region_blocks, FoldedPageTitles(doc));
  content->is_index_page = story.empty();
  for (ScoredBlock& scored : content->blocks) {
    if (!scored.keep) continue;
    scored.keep = false;
    scored.reason = story.empty() ? "index page: many teasers, no single article"
                                  : "index page: not the story the title names";
  }
  for (size_t k : story) {
    ScoredBlock& scored = content->blocks[positions[k]];
    scored.keep = true;
    scored.reason = "the story the page's title names, above other stories";
  }
}

}  // namespace newsift::classify
