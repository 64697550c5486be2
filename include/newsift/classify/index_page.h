// Section fronts, tag pages and search results: pages with no single
// article, whose main region is a run of teasers (a linked headline, maybe
// a blurb) rather than running prose. They yield no body ("no article
// content found"), not a pile of teasers.
//
// An article region may hold a few teasers too (a "related" list the
// boilerplate pass missed); what an index lacks is a stretch of prose
// that no teaser interrupts.
//
// An aggregator's story page looks like an index too: the story's
// headline, an excerpt and "read the whole story", then other stories'
// teasers. Its headline is what the page's title names, so the page is
// that story (FindTitledStory).
//
// A blog post that is a list of links ("Links of the week") looks like an
// index as well; the page says it is one article (IsSingleLinkPost).
#ifndef NEWSIFT_CLASSIFY_INDEX_PAGE_H_
#define NEWSIFT_CLASSIFY_INDEX_PAGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/classify/block.h"
#include "newsift/dom/document.h"

namespace newsift::classify {

struct Content;

struct IndexPageStats {
  size_t teasers = 0;       // linked headlines in the region
  size_t longest_run = 0;   // weighted length of the longest teaser-free prose run
  size_t prose_blocks = 0;  // prose blocks in the region

  bool IsIndexPage() const;
  std::string ToString() const;  // for --explain
};

// The blocks of the main content region, in document order.
IndexPageStats MeasureIndexPage(const std::vector<const TextBlock*>& region_blocks);

// The page's own titles, folded for comparison (text::FoldForComparison):
// the <title>'s text and og:title, each with its site parts still on
// ("Storm hits coast - Daily Planet"). Empty entries are left out.
std::vector<std::string> FoldedPageTitles(const dom::Document& doc);

// On a page of teasers, the story the page is nonetheless about: an
// unlinked heading of a few words that one of `folded_titles` begins or
// ends with and that is most of it, directly followed (past short lines,
// a dateline) by prose of at least a few sentences' length, before any
// teaser. Returns the positions in `region_blocks` of that prose run, or
// nothing. A section front's heading names its section ("Local news"),
// too short, or its intro is a line, too short.
std::vector<size_t> FindTitledStory(const std::vector<const TextBlock*>& region_blocks,
                                    const std::vector<std::string>& folded_titles);

// Whether the teasers around `region` are one post's list of links: the
// page declares itself an article (og:type "article") and has one
// <article> element, which holds `region` and, before it, an h1.
bool IsSingleLinkPost(const dom::Document& doc, dom::NodeId region);

// Decides whether the classified page is a section front (its region a
// run of teasers, not an article): sets `content->index_stats` and
// `is_index_page`, and drops every kept block of an index, keeps only the
// titled story of an aggregator's story page, or keeps every block of the
// region of a post of links.
void ApplyIndexPageRule(const dom::Document& doc, Content* content);

}  // namespace newsift::classify

#endif  // NEWSIFT_CLASSIFY_INDEX_PAGE_H_
