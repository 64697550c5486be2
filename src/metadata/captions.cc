#include "newsift/metadata/captions.h"

#include <string>
#include <unordered_set>

#include "newsift/classify/hints.h"
#include "newsift/metadata/field_text.h"
#include "newsift/text/utf8.h"

namespace newsift::metadata {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Labels that introduce a credit, lower case, longest first where one is
// the start of another. "Photo: X", "(Photo by X)", "Image courtesy of X".
// clang-format off
constexpr std::string_view kCreditLabels[] = {
    "photograph by", "photographs by", "photography by", "photograph:", "photographs:",
    "photo courtesy of", "image courtesy of", "images courtesy of", "courtesy of",
    "photo credit:", "image credit:", "photo by", "photos by", "photo:", "photos:", "photo :",
    "image by", "images by", "image:", "images:", "picture by", "picture:", "pictures:",
    "illustration by", "illustration:", "graphic:", "credit:", "credits:", "source:",
    "foto von", "fotos von", "foto:", "fotos:", "foto :", "bild:", "bilder:", "quelle:",
    "bildquelle:", "crédit photo :", "crédit photo:", "crédit :", "crédit:", "fuente:",
    "摄影：", "图片来源：", "图：", "写真：", "撮影：", "©", "(c)",
    // The ordinary photo-credit words of other languages; case folding is
    // ASCII only, so capitalised Cyrillic and Vietnamese forms are listed.
    "supplied:", "fotoğraf:", "fotó:", "fot.", "fot:", "zdjęcie:", "foto di", "Фото:", "фото:",
    "צילום:", "تصوير:", "صورة:", "फोटो:", "फ़ोटो:", "Ảnh:", "ảnh:", "照片：", "图片：", "사진=",
    "사진:", "사진 =", "beeld:", "kuva:", "imagen:", "imagem:", "crédito:",
    "créditos:", "Φωτογραφία:", "φωτογραφία:", "credit...", "credit…"};
// clang-format on

// Class and id words of elements that hold a credit.
constexpr std::string_view kCreditNames[] = {
    "credit",   "copyright", "source",       "photographer", "courtesy", "attribution", "rights",
    "fotograf", "quelle",    "bildnachweis", "byline",       "author",   "agency"};

// Picture agencies whose name marks an unlabelled credit.
constexpr std::string_view kPictureAgencies[] = {
    "Getty Images", "Reuters", "AP Photo", "AFP",      "dpa",   "Shutterstock",     "iStock",
    "Unsplash",     "Alamy",   "EPA",      "Keystone", "imago", "picture alliance", "Courtesy"};

// Longest caption text we accept; longer "captions" are mislabelled boxes.
constexpr size_t kMaxCaptionBytes = 600;

// What makes two captions the same, as one string: a page may repeat a
// figure (a slideshow and its thumbnails), and may have 100,000 of them.
std::string DuplicateKey(const Caption& caption) {
  std::string key = caption.text;
  key.push_back('\0');
  if (caption.credit) {
    key.push_back('c');
    key += *caption.credit;
  }
  return key;
}

bool IsDash(std::string_view s) { return s == "-" || s == "–" || s == "—" || s == "|"; }

// Removes separators and brackets left around a credit that was cut off.
std::string_view TrimSeparators(std::string_view s) {
  s = text::Trim(s);
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view mark : {"-", "–", "—", "|", "/", "(", ":"}) {
      if (s.ends_with(mark)) {
        s = text::Trim(s.substr(0, s.size() - mark.size()));
        again = true;
      }
      if (s.starts_with(mark) && mark != "(") {
        s = text::Trim(s.substr(mark.size()));
        again = true;
      }
    }
  }
  return s;
}

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

bool IsCreditElement(const dom::Document& doc, const classify::Content& content, NodeId id) {
  const dom::Node& node = doc.node(id);
  if (!node.is_element()) return false;
  if (node.tag == Tag::kSmall || node.tag == Tag::kCite) return true;
  if ((content.hints[id] & classify::kHintCredit) != 0) return true;
  const std::string names =
      text::AsciiLower(doc.attr(id, "class")) + " " + text::AsciiLower(doc.attr(id, "id"));
  for (std::string_view word : kCreditNames) {
    if (names.find(word) != std::string::npos) return true;
  }
  return false;
}

// Captions of images that are not the article's: logos, ads, promos and
// author photos in bylines.
bool InBoilerplate(const dom::Document& doc, const classify::Content& content, NodeId id) {
  const classify::Removal r = content.removal[id];
  if (r == classify::Removal::kNonText || r == classify::Removal::kHidden ||
      r == classify::Removal::kStructure || r == classify::Removal::kHint) {
    return true;
  }
  for (NodeId a = id; a != kNoNode; a = doc.node(a).parent) {
    // Page-wide containers say nothing about one image ("<body
    // class='has-sidebar'>").
    const Tag tag = doc.node(a).tag;
    if (a == content.region || tag == Tag::kBody || tag == Tag::kMain || tag == Tag::kArticle) {
      break;
    }
    if ((content.hints[a] & (classify::kHintByline | classify::kBoilerplateHints)) != 0 &&
        (content.hints[a] & classify::kHintContent) == 0) {
      return true;
    }
    const std::string names =
        text::AsciiLower(doc.attr(a, "class")) + " " + text::AsciiLower(doc.attr(a, "id"));
    if (names.find("avatar") != std::string::npos || names.find("logo") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// The share of the text of `id` inside links.
double LinkShare(const dom::Document& doc, NodeId id) {
  size_t total = 0;
  size_t linked = 0;
  NodeId link_end = 0;
  for (NodeId n = id; n < doc.node(id).end; ++n) {
    const dom::Node& node = doc.node(n);
    if (node.is_element()) {
      if (node.tag == Tag::kA && n >= link_end) link_end = node.end;
      continue;
    }
    const size_t size = text::Trim(doc.text(n)).size();
    total += size;
    if (n < link_end) linked += size;
  }
  return total == 0 ? 0.0 : static_cast<double>(linked) / static_cast<double>(total);
}

// The figure a caption belongs to: its nearest <figure> ancestor, or its
// parent.
NodeId FigureOf(const dom::Document& doc, NodeId caption) {
  int steps = 0;
  for (NodeId a = doc.node(caption).parent; a != kNoNode && steps < 3;
       a = doc.node(a).parent, ++steps) {
    if (doc.node(a).tag == Tag::kFigure) return a;
  }
  return doc.node(caption).parent;
}

// The credit element of a caption: inside it, or beside it in its figure.
NodeId FindCreditElement(const dom::Document& doc, const classify::Content& content,
                         NodeId caption) {
  for (NodeId d = caption + 1; d < doc.node(caption).end; ++d) {
    if (IsCreditElement(doc, content, d)) return d;
  }
  const NodeId figure = FigureOf(doc, caption);
  if (figure == kNoNode || doc.node(figure).tag != Tag::kFigure) return kNoNode;
  for (NodeId d = figure + 1; d < doc.node(figure).end; ++d) {
    if (doc.Contains(caption, d)) {
      d = doc.node(caption).end - 1;
      continue;
    }
    if (IsCreditElement(doc, content, d) && !doc.Text(d).empty()) return d;
  }
  return kNoNode;
}

Caption ReadCaption(const dom::Document& doc, const classify::Content& content, NodeId id,
                    std::vector<NodeId>* consumed) {
  const std::string full = CleanFieldText(doc.Text(id));
  const NodeId credit_node = FindCreditElement(doc, content, id);
  if (credit_node != kNoNode && !doc.Contains(id, credit_node) && consumed != nullptr) {
    // The credit's text is a block of its figure's (an inline element has
    // no block of its own): take the figure when it holds nothing else.
    const NodeId figure = FigureOf(doc, id);
    const size_t figure_text = doc.Text(figure).size();
    const size_t parts = full.size() + doc.Text(credit_node).size() + 2;
    consumed->push_back(figure != kNoNode && figure_text <= parts ? figure : credit_node);
  }
  if (credit_node == kNoNode) return SplitCredit(full);
  const std::string credit_text = CleanFieldText(doc.Text(credit_node));
  std::string_view body = full;
  if (doc.Contains(id, credit_node)) {
    if (!credit_text.empty() && body.ends_with(credit_text)) {
      body = body.substr(0, body.size() - credit_text.size());
    } else if (!credit_text.empty() && body.starts_with(credit_text)) {
      body = body.substr(credit_text.size());
    } else {
      return SplitCredit(full);
    }
  }
  Caption caption = SplitCredit(TrimSeparators(body));
  std::string_view credit = TrimSeparators(credit_text);
  StripLabel(&credit);
  // "Photo:" left at the end of the text when the label sat outside.
  std::string_view t = caption.text;
  for (std::string_view label : kCreditLabels) {
    if (t.size() >= label.size() &&
        text::EqualsIgnoringAsciiCase(t.substr(t.size() - label.size()), label)) {
      t = TrimSeparators(t.substr(0, t.size() - label.size()));
      break;
    }
  }
  caption.text = std::string(t);
  if (!credit.empty()) caption.credit = std::string(TrimSeparators(credit));
  return caption;
}

}  // namespace

Caption SplitCredit(std::string_view raw) {
  Caption caption;
  std::string_view s = text::Trim(raw);
  // A leading "Photo: X" with nothing else is all credit.
  std::string_view all = s;
  if (StripLabel(&all) && !all.empty() && all.find(". ") == std::string_view::npos) {
    caption.credit = std::string(TrimSeparators(all));
    return caption;
  }
  // A trailing "(Photo: X)", "Photo by X", "| Foto: X".
  for (std::string_view label : kCreditLabels) {
    for (size_t at = s.size(); at-- > 0;) {
      if (s.size() - at < label.size()) continue;
      if (!text::EqualsIgnoringAsciiCase(s.substr(at, label.size()), label)) continue;
      const std::string_view before_label = s.substr(0, at);
      const bool boundary = at == 0 || s[at - 1] == ' ' || s[at - 1] == '(' || s[at - 1] == '|' ||
                            s[at - 1] == '.' || s[at - 1] == '[' || before_label.ends_with("（") ||
                            before_label.ends_with("。") || before_label.ends_with("।");
      if (!boundary || at == 0) continue;
      std::string_view credit = text::Trim(s.substr(at + label.size()));
      std::string_view body = text::Trim(s.substr(0, at));
      const bool bracketed = body.ends_with("(") || body.ends_with("[");
      if (bracketed && (credit.ends_with(")") || credit.ends_with("]"))) {
        credit = credit.substr(0, credit.size() - 1);
      }
      // "(Express Photo by X)": a word of the label inside the brackets.
      const size_t open = body.rfind('(');
      if (!bracketed && credit.ends_with(")") && open != std::string_view::npos &&
          body.find(')', open) == std::string_view::npos && body.size() - open <= 24) {
        body = body.substr(0, open);
        credit = credit.substr(0, credit.size() - 1);
      }
      if (body.ends_with("（") && credit.ends_with("）")) {
        body = body.substr(0, body.size() - 3);
        credit = credit.substr(0, credit.size() - 3);
      }
      credit = TrimSeparators(credit);
      body = TrimSeparators(body);
      if (credit.empty() || IsDash(credit)) continue;
      // "by X" / "von X" names someone; "Fotos von der Versteigerung" is
      // the caption's own words.
      const bool colon = label.ends_with(":") || label.ends_with("：");
      if (!colon && credit[0] >= 'a' && credit[0] <= 'z') continue;
      caption.text = std::string(body);
      caption.credit = std::string(credit);
      return caption;
    }
  }
  // Chinese and Japanese credit after the name: "...。新华社记者 李明 摄",
  // "...＝佐藤健一撮影" (photographed by).
  for (std::string_view mark : {std::string_view("撮影"), std::string_view("摄")}) {
    std::string_view rest = s;
    if (rest.ends_with("）") && rest.find("（") != std::string_view::npos) continue;
    if (!rest.ends_with(mark)) continue;
    rest = text::Trim(rest.substr(0, rest.size() - mark.size()));
    size_t cut = std::string_view::npos;
    size_t after = 0;
    for (std::string_view stop : {std::string_view("。"), std::string_view("＝")}) {
      const size_t at = rest.rfind(stop);
      if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) {
        cut = at;
        after = at + stop.size();
      }
    }
    if (cut == std::string_view::npos) continue;
    const std::string_view credit = text::Trim(rest.substr(after));
    const size_t points = text::CountCodePoints(credit);
    if (points < 2 || points > 24) continue;
    // The sentence mark ends the text; the "＝" joins the credit.
    caption.text = std::string(rest.substr(0, rest[cut] == '\xEF' ? cut : after));
    caption.credit = std::string(credit);
    return caption;
  }
  // An unlabelled credit after the last sentence: "Flooded streets.
  // Jane Doe/Reuters", "... in the harbour. Getty Images".
  const size_t stop = s.rfind(". ");
  if (stop != std::string_view::npos && !s.ends_with(".")) {
    const std::string_view tail = text::Trim(s.substr(stop + 2));
    const size_t words = text::MeasureText(tail).words;
    bool agency = tail.find('/') != std::string_view::npos;
    for (std::string_view name : kPictureAgencies) {
      agency = agency || tail.find(name) != std::string_view::npos;
    }
    if (agency && words >= 1 && words <= 8) {
      std::string_view credit = tail;
      if (credit.starts_with("(") && credit.ends_with(")")) {
        credit = text::Trim(credit.substr(1, credit.size() - 2));
      }
      caption.text = std::string(s.substr(0, stop + 1));
      caption.credit = std::string(credit);
      return caption;
    }
  }
  caption.text = std::string(s);
  return caption;
}

std::vector<Caption> FindCaptions(const dom::Document& doc, const classify::Content& content,
                                  std::vector<NodeId>* consumed) {
  std::vector<Caption> captions;
  std::unordered_set<std::string> seen;
  for (NodeId id = 0; id < doc.size(); ++id) {
    const dom::Node& node = doc.node(id);
    if (!node.is_element()) continue;
    if (node.tag == Tag::kHead) {
      id = node.end - 1;
      continue;
    }
    const bool is_caption =
        node.tag == Tag::kFigcaption || ((content.hints[id] & classify::kHintCaption) != 0 &&
                                         (content.hints[id] & classify::kHintContent) == 0);
    if (!is_caption) continue;
    const NodeId end = node.end;
    if (InBoilerplate(doc, content, id)) {
      id = end - 1;
      continue;
    }
    const std::string full = doc.Text(id);
    if (full.empty() || full.size() > kMaxCaptionBytes || LinkShare(doc, id) > 0.5) {
      id = end - 1;
      continue;
    }
    Caption caption = ReadCaption(doc, content, id, consumed);
    id = end - 1;
    // A lone "»", "*" or "|" is a glyph, not a caption or a credit.
    if (text::MeasureText(caption.text).words == 0) caption.text.clear();
    if (caption.credit && text::MeasureText(*caption.credit).words == 0) caption.credit.reset();
    if (caption.text.empty() && !caption.credit) continue;
    if (seen.insert(DuplicateKey(caption)).second) captions.push_back(std::move(caption));
  }
  return captions;
}

}  // namespace newsift::metadata
