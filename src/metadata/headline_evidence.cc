#include <algorithm>

#include "headline_evidence_internal.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

// The leading run of ASCII letters and digits of `text`, or "" when it
// starts with anything else.
std::string_view FirstAsciiWord(std::string_view text) {
  text = text::Trim(text);
  size_t n = 0;
  while (n < text.size()) {
    const char c = text[n];
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) break;
    ++n;
  }
  if (n == 0 || (n < text.size() && static_cast<unsigned char>(text[n]) >= 0x80)) return {};
  return text.substr(0, n);
}

}  // namespace

void EvidenceSet::Add(std::string_view raw, int score, const SiteNames& site, bool is_title) {
  const std::string cleaned = CleanFieldText(raw);
  if (cleaned.empty()) return;
  AddKey(MatchKey(cleaned), score, false);
  AddKey(MatchKey(StripSiteParts(cleaned, site)), score - 1, false);
  const std::vector<TitlePart> parts = SplitTitle(cleaned, site);
  if (parts.size() < 2 || parts.size() > 8) return;
  // The longest part not naming the site is the headline's part, however
  // short ("Vibe Coding | example.org"); other short parts name sections
  // ("Sports - Storm hits coast - Daily Planet").
  size_t main_part = parts.size();
  size_t main_words = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    const size_t words = text::MeasureText(parts[i].text).words;
    if (!parts[i].names_site && words > main_words) {
      main_part = i;
      main_words = words;
    }
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string run;
    size_t run_words = 0;
    for (size_t j = i; j < parts.size(); ++j) {
      if (parts[j].names_site) break;
      if (i == 0 && j + 1 == parts.size()) break;  // the whole title
      if (!run.empty()) run.push_back(' ');
      run += MatchKey(parts[j].text);
      run_words += text::MeasureText(parts[j].text).words;
      const bool headline_part = i == j && i == main_part;
      const int part_score = headline_part || run_words >= 3 ? kSegmentMatch
                             : is_title                      ? kSectionPart
                                                             : kNeutralPart;
      AddKey(run, part_score, true);
    }
  }
}

bool EvidenceSet::MayMatch(std::string_view text) const {
  const std::string_view word = FirstAsciiWord(text);
  if (word.empty()) return true;
  for (const Evidence& e : items_) {
    if (text::StartsWithIgnoringAsciiCase(e.key, word) &&
        (e.key.size() == word.size() || e.key[word.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

void EvidenceSet::AddKey(std::string key, int score, bool segment) {
  if (key.empty()) return;
  for (Evidence& e : items_) {
    if (e.key == key) {
      e.score = std::max(e.score, score);
      e.segment = e.segment && segment;
      return;
    }
  }
  items_.push_back({std::move(key), score, segment});
}

bool IsSeparatorGap(std::string_view gap) {
  static constexpr std::string_view kMarks[] = {"|", ":", "–", "—", " - ", "/",  "·",
                                                "•", "»", "›", "~", "｜",  "：", "_"};
  for (std::string_view mark : kMarks) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

Match MatchEvidence(const EvidenceSet& evidence, const std::string& key, const std::string& text,
                    const std::function<bool(size_t)>& element_boundary) {
  // Saying exactly what some evidence says is the most specific match.
  bool exact = false;
  Match best;
  for (const Evidence& e : evidence.items()) {
    if (key != e.key) continue;
    if (!exact || e.score > best.score) best = Match{e.score};
    exact = true;
  }
  if (exact) return best;
  auto is_cut = [&](size_t word) {
    const std::string_view gap = GapBeforeWord(text, word);
    if (IsSeparatorGap(gap)) return true;
    return gap.find(',') == std::string_view::npos && element_boundary(word);
  };
  const size_t words = KeyWords(key);
  for (const Evidence& e : evidence.items()) {
    if (e.segment) continue;
    size_t before = 0;
    size_t after = 0;
    const size_t evidence_words = KeyWords(e.key);
    if (KeyContains(key, e.key, &before, &after)) {
      if (evidence_words < 2 || before + after > 16) continue;
      const bool cut_before = before == 0 || is_cut(before);
      const bool cut_after = after == 0 || is_cut(before + evidence_words);
      if (cut_before && cut_after) {
        if (kSlicedMatch > best.score) best = Match{kSlicedMatch, true, before, evidence_words};
      } else if (kHoldsMatch > best.score) {
        best = Match{kHoldsMatch};
      }
      continue;
    }
    if (KeyContains(e.key, key, &before, &after) && words * 3 >= evidence_words * 2) {
      if (kInsideMatch > best.score) best = Match{kInsideMatch};
    }
  }
  return best;
}

}  // namespace newsift::metadata
