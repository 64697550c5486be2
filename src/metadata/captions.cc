#include "newsift/metadata/captions.h"

#include "newsift/classify/hints.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

constexpr std::string_view kCreditLabels[] = {
    "photograph:", "photographs:", "photo:",        "photos:", "image:",  "images:",
    "picture:",    "foto:",        "fotos:",        "bild:",   "credit:", "credits:",
    "source:",     "quelle:",      "illustration:", "video:",  "©",       "(c)"};

// Removes a leading credit label; true when one was there.
bool StripLabel(std::string_view* s) {
  for (std::string_view label : kCreditLabels) {
    if (text::StartsWithIgnoringAsciiCase(*s, label)) {
      *s = text::Trim(s->substr(label.size()));
      return true;
    }
  }
  return false;
}

bool InBoilerplate(const classify::Content& content, NodeId id) {
  const classify::Removal r = content.removal[id];
  return r == classify::Removal::kNonText || r == classify::Removal::kHidden ||
         r == classify::Removal::kStructure || r == classify::Removal::kHint;
}

}  // namespace

Caption SplitCredit(std::string_view raw) {
  Caption caption;
  std::string_view s = text::Trim(raw);
  // A trailing "(Photo: X)" or "Photo: X".
  for (std::string_view label : kCreditLabels) {
    for (size_t at = s.size(); at-- > 0;) {
      if (s.size() - at < label.size()) continue;
      if (!text::EqualsIgnoringAsciiCase(s.substr(at, label.size()), label)) continue;
      const bool boundary = at == 0 || s[at - 1] == ' ' || s[at - 1] == '(' || s[at - 1] == '|';
      if (!boundary) continue;
      std::string_view credit = text::Trim(s.substr(at + label.size()));
      std::string_view body = text::Trim(s.substr(0, at));
      if (!body.empty() && body.back() == '(' && !credit.empty() && credit.back() == ')') {
        body = text::Trim(body.substr(0, body.size() - 1));
        credit = text::Trim(credit.substr(0, credit.size() - 1));
      }
      while (!body.empty() && (body.back() == '|' || body.back() == '-')) {
        body = text::Trim(body.substr(0, body.size() - 1));
      }
      if (credit.empty()) continue;
      caption.text = std::string(body);
      caption.credit = std::string(credit);
      return caption;
    }
  }
  caption.text = std::string(s);
  return caption;
}

std::vector<Caption> FindCaptions(const dom::Document& doc, const classify::Content& content) {
  std::vector<Caption> captions;
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element()) continue;
    const bool is_caption =
        node.tag == Tag::kFigcaption || ((content.hints[id] & classify::kHintCaption) != 0 &&
                                         (content.hints[id] & classify::kHintContent) == 0);
    if (!is_caption) continue;
    if (InBoilerplate(content, id)) {
      id = node.end - 1;
      continue;
    }
    // A credit element inside the caption.
    std::string credit;
    for (NodeId d = id + 1; d < node.end; ++d) {
      const dom::Node& inner = doc.node(d);
      if (!inner.is_element()) continue;
      const bool credit_like = (content.hints[d] & classify::kHintCredit) != 0 ||
                               inner.tag == Tag::kSmall || inner.tag == Tag::kCite;
      if (!credit_like) continue;
      credit = doc.Text(d);
      break;
    }
    std::string full = doc.Text(id);
    id = node.end - 1;
    if (full.empty()) continue;
    Caption caption;
    if (!credit.empty() && full.ends_with(credit)) {
      std::string_view body =
          text::Trim(std::string_view(full).substr(0, full.size() - credit.size()));
      std::string_view c = credit;
      StripLabel(&c);
      caption.text = std::string(body);
      caption.credit = std::string(c);
      // "Photo:" left at the end of the text when the label sat outside.
      std::string_view t = caption.text;
      for (std::string_view label : kCreditLabels) {
        if (t.size() >= label.size() &&
            text::EqualsIgnoringAsciiCase(t.substr(t.size() - label.size()), label)) {
          caption.text = std::string(text::Trim(t.substr(0, t.size() - label.size())));
          break;
        }
      }
    } else {
      caption = SplitCredit(full);
    }
    if (caption.text.empty() && caption.credit) {
      caption.text = *caption.credit;
      caption.credit.reset();
    }
    if (caption.credit && caption.credit->empty()) caption.credit.reset();
    if (caption.text.empty()) continue;
    bool duplicate = false;
    for (const Caption& c : captions) duplicate = duplicate || c == caption;
    if (!duplicate) captions.push_back(std::move(caption));
  }
  return captions;
}

}  // namespace newsift::metadata
