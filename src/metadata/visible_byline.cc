#include <algorithm>
#include <map>

#include "newsift/metadata/byline.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"
#include "visible_byline_internal.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

// Least score of a byline candidate taken on its own; below it, one
// naming the same person as every other candidate down to kMinWeakScore
// (an author box below the article, a footer's "Posted by").
constexpr int kMinScore = 2;
constexpr int kMinWeakScore = -4;
// Failing that, the same down to kMinFarScore: an author box below the
// article and outside its region ("<div class=blog_author-box><div>Jane
// Doe</div><p>Jane Doe is a ...</p></div>" after the last paragraph).
constexpr int kMinFarScore = -7;

class BylineChooser {
 public:
  BylineChooser(const BylinePage& page, const std::vector<BylineCandidate>& candidates)
      : page_(page), doc_(page.doc), candidates_(candidates) {}

  VisibleByline Run() const {
    VisibleByline result;
    if (candidates_.empty()) return result;
    const BylineCandidate* best = &candidates_.front();
    for (const BylineCandidate& c : candidates_) {
      if (c.score > best->score) best = &c;
    }
    best = Innermost(best);
    if (best->score < kMinScore || InBylineList(*best)) {
      best = LoneWeakCandidate(kMinWeakScore);
      if (best == nullptr) best = LoneWeakCandidate(kMinFarScore);
      if (best == nullptr) return result;
    }
    result.names = Unglued(*best);
    AddLinkedNames(*best, &result.names);
    result.prefixed_near_headline =
        (page_.NearHeadline(best->id) || page_.BelowStandfirst(best->id)) &&
        HasBylinePrefix(BylineText(doc_, best->id));
    // Several author links side by side ("<a rel=author>A</a> and <a
    // rel=author>B</a>"): the names of the best one's siblings.
    // Not names inside the best one: its own text says what they are
    // ("By Jane Doe | Fact-checked by John Roe").
    const NodeId parent = doc_.node(best->id).parent;
    for (const BylineCandidate& c : candidates_) {
      if (c.id == best->id || c.score < best->score - 1 || parent == kNoNode) continue;
      // (Of the same class too: "<span class=author>Paul</span><span
      // class=category>Science</span>".)
      if (doc_.node(c.id).parent != parent || doc_.node(c.id).tag != doc_.node(best->id).tag ||
          doc_.attr(c.id, "class") != doc_.attr(best->id, "class")) {
        continue;
      }
      for (const std::string& name : c.names) AddUnique(&result.names, name);
    }
    const NodeId region = page_.content.region;
    if (doc_.TextUpTo(best->id, kMaxBylineBytes).size() <= kMaxBylineBytes && best->id != region) {
      result.byline = best->id;
    }
    return result;
  }

 private:
  // True when `best`, outside the article or inside it after its last
  // kept text, is one of a list of bylines: another element of the same
  // kind and class names someone else (a sidebar's "Roads plan / By Mia
  // Berg", "Park fees / By Leo Marsh").
  bool InBylineList(const BylineCandidate& best) const {
    const NodeId region = page_.content.region;
    if (page_.NearHeadline(best.id) || region == kNoNode ||
        (doc_.Contains(region, best.id) && best.id < LastKeptNode())) {
      return false;
    }
    // LoneWeakCandidate() asks this of every candidate: looking at every
    // other candidate each time made a page of 20,000 author links
    // quadratic. Candidates of one tag, class and names give the same
    // answer (Covers() reads only the names), so each such set is looked
    // at once per set of `best`'s kind.
    if (sets_.empty()) GroupCandidates();
    const size_t mine = set_of_[static_cast<size_t>(&best - candidates_.data())];
    CandidateSet& set = sets_[mine];
    if (!set.others_known) {
      set.others_known = true;
      for (const size_t other : kinds_[set.kind]) {
        const CandidateSet& o = sets_[other];
        if (Covers(o.first->names, best.names)) continue;
        for (const NodeId parent : o.parents) {
          if (set.other_parents.size() < 2 &&
              std::find(set.other_parents.begin(), set.other_parents.end(), parent) ==
                  set.other_parents.end()) {
            set.other_parents.push_back(parent);
          }
        }
        if (set.other_parents.size() == 2) break;
      }
    }
    // One naming someone else under another parent.
    const NodeId parent = doc_.node(best.id).parent;
    return std::any_of(set.other_parents.begin(), set.other_parents.end(),
                       [parent](NodeId p) { return p != parent; });
  }

  // The first node of the last kept block: after it, inside the region
  // too, come the lists of other stories ("More news / Park fees / by
  // Leo Marsh"). kNoNode (after everything) when nothing is kept.
  NodeId LastKeptNode() const {
    if (!last_kept_known_) {
      last_kept_known_ = true;
      for (const classify::ScoredBlock& b : page_.content.blocks) {
        if (b.keep && b.block.first_node != kNoNode) last_kept_ = b.block.first_node;
      }
    }
    return last_kept_;
  }

  // Candidates of the same tag, class names and names: one set.
  struct CandidateSet {
    const BylineCandidate* first = nullptr;  // its tag, class and names
    size_t kind = 0;                         // index into kinds_
    std::vector<NodeId> parents;             // the first two distinct ones
    // For InBylineList(): the first two distinct parents of the sets of
    // the same kind whose names do not cover this set's names.
    bool others_known = false;
    std::vector<NodeId> other_parents;
  };

  void GroupCandidates() const {
    // Ordered by tag, class and names; kinds by tag and class.
    auto same_kind_less = [this](const BylineCandidate* a, const BylineCandidate* b) {
      const dom::Tag ta = doc_.node(a->id).tag;
      const dom::Tag tb = doc_.node(b->id).tag;
      if (ta != tb) return ta < tb;
      return doc_.attr(a->id, "class") < doc_.attr(b->id, "class");
    };
    auto set_less = [&same_kind_less](const BylineCandidate* a, const BylineCandidate* b) {
      if (same_kind_less(a, b)) return true;
      if (same_kind_less(b, a)) return false;
      return a->names < b->names;
    };
    std::map<const BylineCandidate*, size_t, decltype(set_less)> set_index(set_less);
    std::map<const BylineCandidate*, size_t, decltype(same_kind_less)> kind_index(same_kind_less);
    set_of_.resize(candidates_.size());
    for (size_t i = 0; i < candidates_.size(); ++i) {
      const BylineCandidate* c = &candidates_[i];
      auto [at, added] = set_index.emplace(c, sets_.size());
      if (added) {
        auto [kind_at, new_kind] = kind_index.emplace(c, kinds_.size());
        if (new_kind) kinds_.emplace_back();
        kinds_[kind_at->second].push_back(sets_.size());
        sets_.emplace_back();
        sets_.back().first = c;
        sets_.back().kind = kind_at->second;
      }
      CandidateSet& set = sets_[at->second];
      const NodeId parent = doc_.node(c->id).parent;
      if (set.parents.size() < 2 &&
          std::find(set.parents.begin(), set.parents.end(), parent) == set.parents.end()) {
        set.parents.push_back(parent);
      }
      set_of_[i] = at->second;
    }
  }

  // The names of `best`, with a name read across elements ("<p>Written
  // by: <span>Emily Walker</span><span>Casey McDevitt</span></p>" read as
  // "Emily Walker Casey McDevitt", "<span>Jane Doe</span><span>Gardener
  // &amp; Astrologer</span>" as "Jane Doe Gardener") replaced by the
  // names of the tight candidates inside `best` that it holds with more
  // words. The other names read with them are then the rest of the glued
  // text ("Astrologer") and go, unless an element of their own holds them.
  std::vector<std::string> Unglued(const BylineCandidate& best) const {
    std::vector<std::string> names;  // the glued ones split
    std::vector<std::string> shown;  // names an element of their own holds
    bool unglued = false;
    for (const std::string& name : best.names) {
      const std::string key = MatchKey(name);
      std::vector<std::string> parts;
      for (const BylineCandidate& c : candidates_) {
        if (c.id <= best.id || c.id >= best.end || !c.tight || c.names.size() != 1) continue;
        const std::string part = MatchKey(c.names.front());
        size_t before = 0;
        size_t after = 0;
        if (part == key) {
          shown.push_back(name);
        } else if (KeyContains(key, part, &before, &after)) {
          AddUnique(&parts, c.names.front());
        }
      }
      if (parts.empty()) {
        AddUnique(&names, name);
        continue;
      }
      unglued = true;
      for (std::string& part : parts) {
        shown.push_back(part);
        AddUnique(&names, std::move(part));
      }
    }
    if (!unglued) return best.names;
    std::erase_if(names, [&](const std::string& n) {
      return std::find(shown.begin(), shown.end(), n) == shown.end();
    });
    return names;
  }

  // Several authors, each with a description: "Written by <a>Adrien
  // Ramirez</a>, 4+ years covering hardware<br><a>Joanna Nelius</a>,
  // senior editor" reads as the first only (what follows a name and is
  // none describes that person, and so does the rest). The author links
  // inside the byline name the others, unless the text since the name
  // before says its person did something else ("Data Analysis By",
  // "Reviewed by", "Photos:").
  void AddLinkedNames(const BylineCandidate& best, std::vector<std::string>* names) const {
    if (names->empty()) return;
    std::string text;  // `best`'s text, lower case, read once when needed
    size_t from = std::string::npos;
    for (const BylineCandidate& c : candidates_) {
      if (c.id <= best.id || c.id >= best.end || !c.linked || !c.tight || c.names.size() != 1 ||
          Covers(*names, c.names)) {
        continue;
      }
      if (text.empty()) {
        text = text::AsciiLower(BylineText(doc_, best.id));
        const size_t first = text.find(text::AsciiLower(names->front()));
        if (first == std::string::npos) return;
        from = first + names->front().size();
      }
      const size_t at = text.find(text::AsciiLower(c.names.front()), from);
      if (at == std::string::npos) continue;
      std::string between(1, ' ');
      between.append(text, from, at - from);
      between.push_back(' ');
      for (std::string_view label :
           {" by ", " by:", ":", "review", "edit", "fact", "check", "photo", "illustrat",
            "translat", "produc", "video", "graphic", "design", "analys", " von ", " par "}) {
        if (between.find(label) != std::string::npos) return;
      }
      AddUnique(names, c.names.front());
      from = at + c.names.front().size();
    }
  }

  // An equally placed candidate inside `best` that holds only a name,
  // shorter than the one read from all of `best` ("<div
  // class=author-box><span class=name>Liz Kenny</span> Former
  // Consultant</div>"): its element says where the name ends. Not when
  // `best` names more people ("By <a>A</a> and <a>B</a>").
  const BylineCandidate* Innermost(const BylineCandidate* best) const {
    for (const BylineCandidate& c : candidates_) {
      if (c.id > best->id && c.id < best->end && c.score == best->score && c.tight &&
          c.names.size() >= best->names.size() &&
          (!best->tight || NameBytes(c.names) < NameBytes(best->names))) {
        best = &c;
      }
    }
    return best;
  }

  // The one person the weakly placed candidates name, when they name one
  // ("<p class=name><a rel=author>Jane Doe</a></p>" in a post's footer,
  // "Written by Jane Doe" in an author box below the article), or null.
  // Several people down there are a list of other stories' bylines; one
  // word or a name in a box of other text is a menu or a category, not
  // a person ("Careers", "Lifestyle March 12"). Candidates below
  // `min_score` are not counted.
  const BylineCandidate* LoneWeakCandidate(int min_score) const {
    // The bylines of a list of stories, and the author links inside them
    // ("<span class=author>Par <a>Jane Doe</a></span>" of one story among
    // others): a link is of another kind than its byline.
    std::vector<NodeId> listed;
    for (const BylineCandidate& c : candidates_) {
      if (InBylineList(c)) listed.push_back(c.id);
    }
    std::sort(listed.begin(), listed.end());
    auto in_listed = [&](NodeId id) {
      NodeId up = id;
      for (int steps = 0; up != kNoNode && steps < 3; ++steps, up = doc_.node(up).parent) {
        if (std::binary_search(listed.begin(), listed.end(), up)) return true;
      }
      return false;
    };
    const BylineCandidate* lone = nullptr;
    for (const BylineCandidate& c : candidates_) {
      if (c.score < min_score || in_listed(c.id)) continue;
      if (lone != nullptr &&
          !(c.names.size() == lone->names.size() && Covers(c.names, lone->names))) {
        return nullptr;
      }
      // The tightest and shortest of them: "Martin Junker" before "Alles
      // von Martin Junker" ("all posts by").
      if (lone == nullptr || (c.tight && !lone->tight) ||
          (c.tight == lone->tight && NameBytes(c.names) < NameBytes(lone->names))) {
        lone = &c;
      }
    }
    if (lone == nullptr || !lone->tight) return nullptr;
    for (const std::string& name : lone->names) {
      // Written like a name, without the leeway for user names.
      const text::TextStats stats = text::MeasureText(name);
      if (stats.dense > 0 || stats.words < 2 || stats.words > 4 || !LooksLikePersonName(name)) {
        return nullptr;
      }
    }
    return lone;
  }

  const BylinePage& page_;
  const dom::Document& doc_;
  const std::vector<BylineCandidate>& candidates_;
  mutable bool last_kept_known_ = false;
  mutable NodeId last_kept_ = kNoNode;
  // InBylineList()'s grouping, built on its first use.
  mutable std::vector<CandidateSet> sets_;
  mutable std::vector<std::vector<size_t>> kinds_;  // sets of one tag and class
  mutable std::vector<size_t> set_of_;              // per candidate
};

}  // namespace

VisibleByline FindVisibleByline(const BylinePage& page) {
  const std::vector<BylineCandidate> candidates = FindBylineCandidates(page);
  return BylineChooser(page, candidates).Run();
}

}  // namespace newsift::metadata
