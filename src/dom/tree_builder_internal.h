// The SAX side of ParseHtml(): builds a Document from libxml2's parser
// events. Internal to dom/ (it sees libxml2's types).
#ifndef NEWSIFT_DOM_TREE_BUILDER_INTERNAL_H_
#define NEWSIFT_DOM_TREE_BUILDER_INTERNAL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "newsift/dom/document.h"
#include "newsift/dom/tag.h"

namespace newsift::dom {

inline std::string_view AsView(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// Receives libxml2's SAX events and appends nodes in document order. The
// HTML parser already repairs the tag structure (implied html/body/p,
// auto-closed elements), so the events are balanced; EndElement still
// tolerates strays.
class TreeBuilder {
 public:
  TreeBuilder(Document* doc, const ParseOptions& options) : doc_(doc), options_(options) {}

  // Counts a parser event (SAX callback or error); every few thousand,
  // stops the parser if the deadline has passed.
  void Tick() {
    constexpr uint32_t kEventsPerCheck = 4096;
    if (options_.deadline == nullptr || ++events_ % kEventsPerCheck != 0) return;
    if (!timed_out_ && options_.deadline->Expired()) {
      timed_out_ = true;
      xmlStopParser(parser_);
    }
  }
  void set_parser(htmlParserCtxt* parser) { parser_ = parser; }
  bool timed_out() const { return timed_out_; }

  // libxml2's SAX events, in document order.
  void StartElement(std::string_view name, const xmlChar** atts);
  void EndElement(std::string_view name);
  void Characters(const xmlChar* chars, int len);
  // Closes what is still open and sets every subtree's end.
  void Finish();

 private:
  struct Open {
    NodeId id;  // kNoNode: beyond max_depth, not in the tree
    Tag tag;
    uint32_t name_index;  // into names_, for kUnknown tags
    bool keep_script;     // a JSON-LD <script>
  };

  Tag CachedLookupTag(std::string_view name);

  uint32_t StoreName(Tag tag, std::string_view name) {
    if (tag != Tag::kUnknown) return 0;
    names_.emplace_back(name);
    return static_cast<uint32_t>(names_.size() - 1);
  }

  bool Matches(const Open& open, Tag tag, std::string_view name) const;
  void Pop();
  NodeId CurrentParent() const;
  NodeId AppendNode(NodeType type, Tag tag);
  void AppendText(const xmlChar* chars, int len, bool raw);
  static bool IsHeadContent(Tag tag);
  void LeaveHead();

  struct CachedTag {
    const char* name = nullptr;
    Tag tag = Tag::kUnknown;
  };
  static constexpr size_t kTagCacheSize = 64;
  std::array<CachedTag, kTagCacheSize> tag_cache_{};

  Document* doc_;
  ParseOptions options_;
  std::vector<Open> stack_;
  // The open elements that are in the tree (a prefix of stack_, as
  // elements beyond max_depth only ever sit above them).
  struct OpenElement {
    NodeId id;
    NodeId last_child;
  };
  std::vector<OpenElement> open_elements_;
  std::vector<std::string> names_;  // names of open kUnknown elements
  uint32_t open_real_ = 0;
  int preformatted_ = 0;
  htmlParserCtxt* parser_ = nullptr;
  uint32_t events_ = 0;
  bool timed_out_ = false;
  bool implied_body_ = false;  // LeaveHead() made the body
};

}  // namespace newsift::dom

#endif  // NEWSIFT_DOM_TREE_BUILDER_INTERNAL_H_
