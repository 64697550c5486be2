#include "newsift/classify/index_page.h"

#include <algorithm>

#include <fmt/format.h>

#include "newsift/classify/labels.h"

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

}  // namespace newsift::classify
