// An HTML page as a compact, immutable tree: libxml2's HTML parser does the
// tokenizing and tag repair, and its SAX events build this tree directly
// (no libxml2 tree is ever built), in document order.
//
// Node ids are pre-order positions, so a subtree is the id range
// [id, node(id).end): "is X inside Y" is two comparisons and a walk over a
// subtree is a loop over an index range. Everything downstream of dom/
// reads pages through this class; libxml2 types never leave dom/.
//
// Text is stored whitespace-collapsed (runs of ASCII white space and
// no-break spaces become one space) except inside <pre> and <textarea>.
// Script and style bodies are dropped (cut before parsing, see
// raw_text.h), except JSON-LD scripts (type="application/ld+json"), whose
// text is kept verbatim for metadata.
//
// A Document owns all its strings; string_views it returns live as long as
// the Document. Not thread-safe to mutate; const use from many threads is
// fine.
#ifndef NEWSIFT_DOM_DOCUMENT_H_
#define NEWSIFT_DOM_DOCUMENT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "newsift/deadline.h"
#include "newsift/dom/tag.h"
#include "newsift/status.h"

namespace newsift::dom {

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

enum class NodeType : uint8_t { kElement, kText };

struct Node {
  NodeType type = NodeType::kElement;
  Tag tag = Tag::kUnknown;    // kUnknown for text nodes too
  bool preformatted = false;  // text inside <pre>/<textarea>: not collapsed
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId next_sibling = kNoNode;
  NodeId end = 0;           // one past the last node of the subtree
  uint32_t depth = 0;       // the root element has depth 0
  uint32_t data_begin = 0;  // element: first attribute; text: byte offset
  uint32_t data_size = 0;   // element: attribute count; text: byte size
  uint32_t name_begin = 0;  // kUnknown elements: their name in strings
  uint32_t name_size = 0;

  bool is_element() const { return type == NodeType::kElement; }
  bool is_text() const { return type == NodeType::kText; }
};

struct Attribute {
  uint32_t name_begin, name_size;    // lower case, as libxml2 reports it
  uint32_t value_begin, value_size;  // raw value, entities decoded
};

struct ParseOptions {
  // Elements nested deeper than this are not created; their text goes to
  // the deepest kept ancestor, so pathological nesting costs nothing.
  uint32_t max_depth = 512;
  // When given, parsing stops with kTimeLimit once it expires (checked
  // every few thousand parser events, errors included). Not owned.
  const Deadline* deadline = nullptr;
};

class Document {
 public:
  Document() = default;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  // The <html> element (libxml2 always implies one), or kNoNode when empty.
  NodeId root() const { return nodes_.empty() ? kNoNode : 0; }
  uint32_t size() const { return static_cast<uint32_t>(nodes_.size()); }
  const Node& node(NodeId id) const { return nodes_[id]; }

  // <head> / <body> children of the root, or kNoNode.
  NodeId head() const { return head_; }
  NodeId body() const { return body_; }

  bool Contains(NodeId ancestor, NodeId id) const {
    return id >= ancestor && id < nodes_[ancestor].end;
  }

  // Element name in lower case ("div", "amp-img", "my-widget").
  std::string_view tag_name(NodeId id) const;
  // A text node's text.
  std::string_view text(NodeId id) const {
    const Node& n = nodes_[id];
    return std::string_view(text_).substr(n.data_begin, n.data_size);
  }
  std::span<const Attribute> attributes(NodeId id) const;
  std::string_view attr_name(const Attribute& a) const {
    return std::string_view(strings_).substr(a.name_begin, a.name_size);
  }
  std::string_view attr_value(const Attribute& a) const {
    return std::string_view(strings_).substr(a.value_begin, a.value_size);
  }
  // The value of attribute `name` (lower case), or "" when absent.
  std::string_view attr(NodeId id, std::string_view name) const;
  bool has_attr(NodeId id, std::string_view name) const;

  // All text below `id`, whitespace collapsed and trimmed, with a space
  // where a block element or <br> separates words ("<p>a</p><p>b</p>" ->
  // "a b"). Appends to `out`.
  void AppendText(NodeId id, std::string* out) const { AppendTextUpTo(id, SIZE_MAX, out); }
  std::string Text(NodeId id) const {
    std::string out;
    AppendText(id, &out);
    return out;
  }
  // Text(id) when it is at most `max_bytes` long, else a prefix of it
  // longer than `max_bytes`, read without the rest of the subtree: for
  // length checks on elements that may hold the whole page, which would
  // otherwise cost a pass over the page each.
  std::string TextUpTo(NodeId id, size_t max_bytes) const {
    std::string out;
    AppendTextUpTo(id, max_bytes, &out);
    return out;
  }

 private:
  // AppendText(), stopping once it has appended more than `max_bytes`.
  void AppendTextUpTo(NodeId id, size_t max_bytes, std::string* out) const;

  friend class TreeBuilder;
  friend Result<Document> ParseHtml(std::string_view utf8, const ParseOptions& options);

  std::vector<Node> nodes_;
  std::vector<Attribute> attributes_;
  std::string strings_;  // attribute names and values, unknown tag names
  std::string text_;     // text node contents
  NodeId head_ = kNoNode;
  NodeId body_ = kNoNode;
};

// Parses UTF-8 HTML. Never fails on malformed markup (the parser recovers);
// fails with kParse only when the input cannot be given to the parser at
// all (over 2 GiB) or yields no element, and with kTimeLimit when
// options.deadline expires first.
Result<Document> ParseHtml(std::string_view utf8, const ParseOptions& options = {});

// The code point of an HTML 4 named character reference ("oacute" ->
// U+00F3, "hellip" -> U+2026), from libxml2's table; 0 for an unknown name.
char32_t LookupNamedEntity(std::string_view name);

// True for elements that start a new line when rendered (p, div, li, h2,
// br, td...): text on either side of them belongs to different words.
bool BreaksText(Tag tag);

// Initialises libxml2 for the process and cleans it up at exit. Construct
// one in main() before any thread parses. It also makes libxml2 refuse to
// load any external entity, DTD or other resource a page names (no file
// or network access driven by content, whatever the parser options).
class LibXmlScope {
 public:
  LibXmlScope();
  ~LibXmlScope();
  LibXmlScope(const LibXmlScope&) = delete;
  LibXmlScope& operator=(const LibXmlScope&) = delete;
};

}  // namespace newsift::dom

#endif  // NEWSIFT_DOM_DOCUMENT_H_
