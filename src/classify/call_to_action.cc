#include "newsift/classify/call_to_action.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "newsift/text/utf8.h"

namespace newsift::classify {
namespace {

using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// A button's label: a few words ("Get Started for Free").
constexpr size_t kMaxButtonLength = 40;
constexpr double kMinButtonLinkDensity = 0.9;
// The button's element or link, or an ancestor this close, names it.
constexpr int kButtonAncestors = 2;
// Elements of the button's subtree looked at for its link (an icon's
// <svg> paths can come first).
constexpr NodeId kMaxButtonNodes = 32;
constexpr int kMaxButtonLinks = 2;
// Different pitches on one page; more are a list of items.
constexpr size_t kMaxOffers = 2;
// The words of a text that speaks to the reader or for the site.
constexpr std::string_view kReaderWords[] = {
    "you",  "your",  "we",     "our",     "us",                           // English
    "sie",  "ihr",   "ihre",   "ihren",   "du",   "dein",    "deine",     // German
    "wir",  "unser", "unsere", "unseren", "vous", "votre",                // German, French
    "nous", "notre", "nos",    "tu",      "tus",  "nuestro", "nuestra"};  // French, Spanish
// A pitch is a line or two; an article's paragraph is longer.
constexpr size_t kMaxPitchLength = 160;
constexpr size_t kMaxPitchHeadingLength = 80;
// The pitch and its button share a container this close to the pitch
// (page builders nest each widget six deep), holding at most this much
// text: the pitch, its button and a heading, with whitespace.
constexpr int kMaxPitchAncestors = 8;
constexpr size_t kBoxTextFactor = 2;
constexpr size_t kBoxTextSlack = 200;
constexpr NodeId kMaxBoxNodes = 400;

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether a class attribute names a button: a word holding "button" or
// "btn", or the word "cta" or "action" (split at non-alphanumerics, so
// "contact" is not a "cta").
bool NamesButton(std::string_view name) {
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && !IsWordChar(name[i])) ++i;
    size_t j = i;
    while (j < name.size() && IsWordChar(name[j])) ++j;
    const std::string word = text::AsciiLower(name.substr(i, j - i));
    if (word.find("button") != std::string::npos || word.find("btn") != std::string::npos ||
        word == "cta" || word == "action") {
      return true;
    }
    i = j;
  }
  return false;
}

bool IsButtonElement(const dom::Document& doc, NodeId id) {
  return doc.node(id).tag == Tag::kButton || NamesButton(doc.attr(id, "class")) ||
         doc.attr(id, "role") == "button";
}

NodeId At(const TextBlock& block) {
  return block.anchor != kNoNode ? block.anchor : block.first_node;
}

// The box `pitch` and `button` sit in, or kNoNode when they share none
// of their own: their nearest common container, a few levels up, must
// hold little more than the two (and a heading). An article's last
// paragraph and a "Print" button share the article's container, full of
// its text.
NodeId BoxOf(const dom::Document& doc, NodeId pitch, NodeId button, size_t pitch_bytes) {
  NodeId box = doc.node(pitch).parent;
  for (int up = 0; up < kMaxPitchAncestors && box != kNoNode; ++up) {
    if (doc.Contains(box, button)) break;
    box = doc.node(box).parent;
  }
  if (box == kNoNode || !doc.Contains(box, button)) return kNoNode;
  const size_t max_bytes = kBoxTextFactor * pitch_bytes + kBoxTextSlack;
  const NodeId end = std::min(doc.node(box).end, box + kMaxBoxNodes);
  if (end < doc.node(box).end) return kNoNode;
  size_t bytes = 0;
  for (NodeId id = box; id < end; ++id) {
    if (doc.node(id).is_text()) bytes += doc.node(id).data_size;
    if (bytes > max_bytes) return kNoNode;
  }
  return box;
}

// Whether `text` speaks to the reader or for the site ("you", "our"): a
// pitch does; a product's or a webcam's description over its button
// does not.
bool AddressesTheReader(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsWordChar(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && IsWordChar(text[j])) ++j;
    const std::string word = text::AsciiLower(text.substr(i, j - i));
    for (std::string_view pronoun : kReaderWords) {
      if (word == pronoun) return true;
    }
    i = j;
  }
  return false;
}

int CountLinks(const dom::Document& doc, NodeId at) {
  int links = doc.node(at).tag == Tag::kA ? 1 : 0;
  const NodeId end = std::min(doc.node(at).end, at + kMaxButtonNodes);
  for (NodeId id = at + 1; id < end; ++id) links += doc.node(id).tag == Tag::kA ? 1 : 0;
  return links;
}

// The first kept block of `box`, looking back from block `from`. A box
// whose kept text starts with a title ("Themes", a product's name) over
// the text and its button is a card of the page's own: a feature, a
// product, a slide.
size_t FirstKeptIn(const dom::Document& doc, const std::vector<const TextBlock*>& blocks,
                   const std::vector<uint8_t>& kept, NodeId box, size_t from) {
  size_t first = from;
  for (size_t j = from; j-- > 0 && doc.Contains(box, At(*blocks[j]));) {
    if (kept[j]) first = j;
  }
  return first;
}

bool IsPitch(const TextBlock& block) {
  if (block.link_density() > 0.5) return false;
  if (block.kind == BlockKind::kHeading) return block.length <= kMaxPitchHeadingLength;
  return block.kind == BlockKind::kParagraph && block.length <= kMaxPitchLength;
}

}  // namespace

bool IsButton(const dom::Document& doc, const TextBlock& block) {
  if (block.length == 0 || block.length > kMaxButtonLength ||
      block.link_density() < kMinButtonLinkDensity) {
    return false;
  }
  const NodeId at = At(block);
  if (!doc.node(at).is_element()) return false;
  // A button is one or two links; more are a tag list or a menu.
  if (CountLinks(doc, at) > kMaxButtonLinks) return false;
  NodeId up = at;
  for (int i = 0; i <= kButtonAncestors && up != kNoNode; ++i) {
    if (IsButtonElement(doc, up)) return true;
    up = doc.node(up).parent;
  }
  const NodeId end = std::min(doc.node(at).end, at + kMaxButtonNodes);
  for (NodeId id = at + 1; id < end; ++id) {
    if (doc.node(id).is_element() && IsButtonElement(doc, id)) return true;
  }
  return false;
}

std::vector<uint8_t> FindCallsToAction(const dom::Document& doc,
                                       const std::vector<const TextBlock*>& blocks,
                                       const std::vector<uint8_t>& kept) {
  std::vector<uint8_t> out(blocks.size(), 0);
  std::vector<size_t> pitches;
  for (size_t i = 1; i < blocks.size(); ++i) {
    const size_t pitch = i - 1;
    if (kept[i] || !kept[pitch] || !IsPitch(*blocks[pitch])) continue;
    if (!IsButton(doc, *blocks[i]) || !AddressesTheReader(blocks[pitch]->text)) continue;
    const NodeId box = BoxOf(doc, At(*blocks[pitch]), At(*blocks[i]), blocks[pitch]->text.size());
    if (box == kNoNode || FirstKeptIn(doc, blocks, kept, box, pitch) != pitch) continue;
    pitches.push_back(pitch);
  }
  // A page makes an offer or two, maybe twice each; buttons under more
  // texts are a list of items (courses, slides, products), each with its
  // own description, and the descriptions are the page's.
  std::vector<std::string_view> texts;
  for (size_t pitch : pitches) {
    const std::string_view text = blocks[pitch]->text;
    if (std::find(texts.begin(), texts.end(), text) == texts.end()) texts.push_back(text);
  }
  if (texts.size() > kMaxOffers) return out;
  for (size_t pitch : pitches) out[pitch] = 1;
  return out;
}

}  // namespace newsift::classify
