#include "newsift/metadata/headline.h"

#include <vector>

#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;

constexpr std::string_view kSeparators[] = {
    " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / "};

// True when `candidate` (folded) is `evidence` (folded) or its first part
// before a site suffix.
bool MatchesEvidence(const std::string& candidate, const std::string& evidence) {
  if (candidate.empty() || evidence.empty()) return false;
  if (candidate == evidence) return true;
  if (evidence.size() > candidate.size() && evidence.starts_with(candidate)) {
    const std::string_view rest = std::string_view(evidence).substr(candidate.size());
    for (std::string_view sep : kSeparators) {
      if (rest.starts_with(sep)) return true;
    }
  }
  if (candidate.size() > evidence.size() && candidate.starts_with(evidence)) return false;
  // The title may lead with the site: "Site | Headline".
  if (evidence.size() > candidate.size() && evidence.ends_with(candidate)) {
    const std::string_view head =
        std::string_view(evidence).substr(0, evidence.size() - candidate.size());
    for (std::string_view sep : kSeparators) {
      if (head.ends_with(sep)) return true;
    }
  }
  return false;
}

}  // namespace

std::string StripSiteSuffix(std::string_view title, std::string_view site_name) {
  std::string t = text::CollapseWhitespace(title);
  const std::string site = text::FoldForComparison(site_name);
  for (std::string_view sep : kSeparators) {
    const size_t at = t.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string left = t.substr(0, at);
    const std::string right = t.substr(at + sep.size());
    if (!site.empty()) {
      if (text::FoldForComparison(right) == site) return left;
      if (text::FoldForComparison(left) == site) return right;
      continue;
    }
    // Without a site name, the site is the short side at the end: a few
    // words, shorter than the headline.
    size_t words = 1;
    for (char c : right) words += c == ' ';
    if (words <= 4 && text::CountCodePoints(right) < text::CountCodePoints(left)) return left;
  }
  return t;
}

Headline FindHeadline(const dom::Document& doc, const classify::Content& content,
                      const PageMeta& meta, const JsonLd& json_ld) {
  Headline result;
  const std::string site_name(meta.Get("og:site_name").value_or(""));
  std::vector<std::string> evidence;
  auto add_evidence = [&evidence](std::optional<std::string_view> s) {
    if (s && !s->empty()) evidence.push_back(text::FoldForComparison(*s));
  };
  const JsonLdArticle* article = json_ld.Main();
  if (article && article->headline) add_evidence(*article->headline);
  add_evidence(meta.Get("og:title"));
  add_evidence(meta.Get("twitter:title"));
  add_evidence(meta.title);

  // Score every visible h1; the best confirmed or well-placed one wins.
  NodeId best = kNoNode;
  int best_score = 0;
  std::string best_text;
  int h1_count = 0;
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element() || node.tag != dom::Tag::kH1) continue;
    const classify::Removal removal = content.removal[id];
    if (removal == classify::Removal::kHidden || removal == classify::Removal::kNonText) continue;
    std::string h1 = doc.Text(id);
    if (h1.empty() || h1.size() > 600) continue;
    ++h1_count;
    const std::string folded = text::FoldForComparison(h1);
    int score = 1;
    for (const std::string& e : evidence) {
      if (MatchesEvidence(folded, e)) {
        score += 4;
        break;
      }
    }
    if (content.region != kNoNode) {
      // Inside or just before the main content, not in a far sidebar.
      if (doc.Contains(content.region, id))
        score += 2;
      else if (id < content.region)
        score += 1;
    }
    if (removal == classify::Removal::kHint) score -= 1;
    if (!site_name.empty() && folded == text::FoldForComparison(site_name)) score -= 10;
    if (text::CountCodePoints(h1) < 4) score -= 2;
    if (score > best_score) {
      best_score = score;
      best = id;
      best_text = std::move(h1);
    }
  }
  // A lone h1 that no evidence confirms may still be the logo: require
  // placement or confirmation.
  if (best != kNoNode && (best_score >= 3 || (h1_count == 1 && best_score >= 2))) {
    result.text = best_text;
    result.node = best;
    return result;
  }
  if (article && article->headline) {
    result.text = StripSiteSuffix(*article->headline, site_name);
  } else if (auto og = meta.Get("og:title")) {
    result.text = StripSiteSuffix(*og, site_name);
  } else if (auto tw = meta.Get("twitter:title")) {
    result.text = StripSiteSuffix(*tw, site_name);
  } else if (!meta.title.empty()) {
    result.text = StripSiteSuffix(meta.title, site_name);
  }
  if (result.text && result.text->empty()) result.text.reset();
  return result;
}

}  // namespace newsift::metadata
