// What a page states about its headline (JSON-LD headline, og:title,
// twitter:title, <title> and their parts), and how well a candidate's text
// says the same: the evidence side of headline.cc. Private to metadata/.
#ifndef NEWSIFT_METADATA_HEADLINE_EVIDENCE_INTERNAL_H_
#define NEWSIFT_METADATA_HEADLINE_EVIDENCE_INTERNAL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/metadata/title_parts.h"

namespace newsift::metadata {

// What a candidate earns for saying what the page's evidence says.
inline constexpr int kFullMatch = 10;    // the JSON-LD headline or og:title itself
inline constexpr int kTitleMatch = 9;    // the <title> or twitter:title itself
inline constexpr int kSlicedMatch = 8;   // the evidence, plus a kicker we cut off
inline constexpr int kSegmentMatch = 7;  // one part of a "Headline | Site" title
inline constexpr int kInsideMatch = 5;   // most of the evidence's words
inline constexpr int kHoldsMatch = 4;    // the evidence plus words we keep
inline constexpr int kNeutralPart = 0;   // a short part of og:title: no evidence
inline constexpr int kSectionPart = -3;  // a short <title> part: a section's name
struct Evidence {
  std::string key;  // MatchKey
  int score;        // what a candidate saying exactly this earns
  bool segment;     // one part (or a run of parts) of a title
};

// Every statement the page makes about its headline, as MatchKeys.
class EvidenceSet {
 public:
  // `is_title`: a <title>, whose short parts name sections ("Sports -
  // Storm hits coast - Daily Planet"); og:title and JSON-LD parts are
  // rather "Artist – Song" pairs.
  void Add(std::string_view raw, int score, const SiteNames& site, bool is_title);

  bool empty() const { return items_.empty(); }
  const std::vector<Evidence>& items() const { return items_; }

  // True when some evidence starts with the word `text` starts with
  // (compared in ASCII lower case): a cheap test before a block's
  // MatchKey. Non-ASCII first words always pass.
  bool MayMatch(std::string_view text) const;

 private:
  void AddKey(std::string key, int score, bool segment);

  std::vector<Evidence> items_;
};

struct Match {
  int score = 0;
  // When the candidate holds the evidence plus words to cut off: the
  // evidence's words within the candidate's.
  bool sliced = false;
  size_t first = 0;
  size_t count = 0;
};

// True when the characters between two words hold a title separator.
bool IsSeparatorGap(std::string_view gap);

// How well a candidate (`key` = MatchKey(`text`)) says what the evidence
// says. `element_boundary(word)` tells whether word `word` of `text`
// starts in an element of its own: a candidate is cut to the evidence
// only at such a boundary or after a separator ("Storm hits coast,
// killing two" is not "Storm hits coast" with a kicker).
Match MatchEvidence(const EvidenceSet& evidence, const std::string& key, const std::string& text,
                    const std::function<bool(size_t)>& element_boundary);

}  // namespace newsift::metadata

#endif  // NEWSIFT_METADATA_HEADLINE_EVIDENCE_INTERNAL_H_
