#include <cstring>

#include "tree_builder_internal.h"

namespace newsift::dom {
namespace {

bool IsCollapsibleSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// What windows-1252 puts at 0x80..0x9F; 0 where it has nothing (dropped).
constexpr char32_t kC1ToWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool ContainsIgnoringCase(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    size_t j = 0;
    while (j < needle.size() && (haystack[i + j] | 0x20) == (needle[j] | 0x20)) {
      ++j;
    }
    if (j == needle.size()) return true;
  }
  return false;
}

}  // namespace

void TreeBuilder::StartElement(std::string_view name, const xmlChar** atts) {
  const Tag tag = CachedLookupTag(name);
  if (tag == Tag::kBody && implied_body_) {
    // The page's own <body> after one we implied: the same element.
    return;
  }
  if (!stack_.empty() && stack_.back().tag == Tag::kHead && stack_.back().id != kNoNode &&
      !IsHeadContent(tag)) {
    LeaveHead();
  }
  if (open_real_ >= options_.max_depth) {
    // Too deep: remember the element only to match its end tag.
    stack_.push_back(Open{kNoNode, tag, StoreName(tag, name), false});
    return;
  }
  const NodeId id = AppendNode(NodeType::kElement, tag);
  Node& node = doc_->nodes_[id];
  if (tag == Tag::kUnknown) {
    node.name_begin = static_cast<uint32_t>(doc_->strings_.size());
    node.name_size = static_cast<uint32_t>(name.size());
    doc_->strings_.append(name);
  }
  node.data_begin = static_cast<uint32_t>(doc_->attributes_.size());
  bool keep_script = false;
  if (atts != nullptr) {
    for (const xmlChar** a = atts; a[0] != nullptr; a += 2) {
      const std::string_view attr_name = AsView(a[0]);
      const std::string_view value = AsView(a[1]);
      Attribute attr;
      attr.name_begin = static_cast<uint32_t>(doc_->strings_.size());
      attr.name_size = static_cast<uint32_t>(attr_name.size());
      doc_->strings_.append(attr_name);
      attr.value_begin = static_cast<uint32_t>(doc_->strings_.size());
      attr.value_size = static_cast<uint32_t>(value.size());
      doc_->strings_.append(value);
      doc_->attributes_.push_back(attr);
      if (tag == Tag::kScript && attr_name == "type" && ContainsIgnoringCase(value, "ld+json")) {
        keep_script = true;
      }
    }
  }
  node.data_size = static_cast<uint32_t>(doc_->attributes_.size()) - node.data_begin;
  if (tag == Tag::kHead && doc_->head_ == kNoNode) doc_->head_ = id;
  if (tag == Tag::kBody && doc_->body_ == kNoNode) doc_->body_ = id;
  if (tag == Tag::kPre || tag == Tag::kTextarea) ++preformatted_;
  stack_.push_back(Open{id, tag, StoreName(tag, name), keep_script});
  ++open_real_;
}

void TreeBuilder::EndElement(std::string_view name) {
  const Tag tag = CachedLookupTag(name);
  // Find the innermost open element with this name; pop it and
  // everything opened inside it. libxml2 sends balanced events, so the
  // match is on top; the bounded search only guards against strays.
  constexpr size_t kMaxSearch = 64;
  const size_t stop = stack_.size() > kMaxSearch ? stack_.size() - kMaxSearch : 0;
  for (size_t i = stack_.size(); i-- > stop;) {
    if (!Matches(stack_[i], tag, name)) continue;
    while (stack_.size() > i) Pop();
    return;
  }
}

void TreeBuilder::Characters(const xmlChar* chars, int len) {
  if (len <= 0 || open_real_ == 0) return;
  const Open* top = &stack_.back();
  if (top->tag == Tag::kStyle) return;
  if (top->tag == Tag::kScript) {
    if (top->keep_script) AppendText(chars, len, /*raw=*/true);
    return;
  }
  AppendText(chars, len, preformatted_ > 0);
}

void TreeBuilder::Finish() {
  while (!stack_.empty()) Pop();
  // Nodes are appended in pre-order; `end` of a subtree is known once
  // its last descendant exists, so fix up ends bottom-up.
  std::vector<Node>& nodes = doc_->nodes_;
  for (NodeId id = static_cast<NodeId>(nodes.size()); id-- > 0;) {
    if (nodes[id].end == 0) nodes[id].end = id + 1;
    const NodeId parent = nodes[id].parent;
    if (parent != kNoNode && nodes[parent].end < nodes[id].end) {
      nodes[parent].end = nodes[id].end;
    }
  }
}

// libxml2 hands element names out of its dictionary, one pointer per
// name, so a tiny cache keyed by the pointer answers most lookups with
// one short compare instead of a binary search. The compare keeps it
// right for names that do not come from the dictionary.
Tag TreeBuilder::CachedLookupTag(std::string_view name) {
  CachedTag& slot = tag_cache_[(reinterpret_cast<uintptr_t>(name.data()) >> 4) % kTagCacheSize];
  if (slot.name == name.data() && slot.tag != Tag::kUnknown && ToString(slot.tag) == name) {
    return slot.tag;
  }
  const Tag tag = LookupTag(name);
  slot = CachedTag{name.data(), tag};
  return tag;
}

bool TreeBuilder::Matches(const Open& open, Tag tag, std::string_view name) const {
  if (open.tag != tag) return false;
  return tag != Tag::kUnknown || names_[open.name_index] == name;
}

void TreeBuilder::Pop() {
  const Open& open = stack_.back();
  if (open.id != kNoNode) {
    --open_real_;
    if (open.tag == Tag::kPre || open.tag == Tag::kTextarea) --preformatted_;
    open_elements_.pop_back();
  }
  if (open.tag == Tag::kUnknown && open.name_index + 1 == names_.size()) {
    names_.pop_back();
  }
  stack_.pop_back();
}

NodeId TreeBuilder::CurrentParent() const {
  return open_elements_.empty() ? kNoNode : open_elements_.back().id;
}

NodeId TreeBuilder::AppendNode(NodeType type, Tag tag) {
  std::vector<Node>& nodes = doc_->nodes_;
  const NodeId id = static_cast<NodeId>(nodes.size());
  Node node;
  node.type = type;
  node.tag = tag;
  node.parent = CurrentParent();
  if (node.parent != kNoNode) {
    node.depth = nodes[node.parent].depth + 1;
    NodeId& last = open_elements_.back().last_child;
    if (last == kNoNode) {
      nodes[node.parent].first_child = id;
    } else {
      nodes[last].next_sibling = id;
    }
    last = id;
  }
  nodes.push_back(node);
  if (type == NodeType::kElement) open_elements_.push_back({id, kNoNode});
  return id;
}

// Appends to the current text node, or starts one. `raw` keeps white
// space as is; otherwise runs of white space (and U+00A0) become one
// space, and U+200B / U+FEFF vanish.
void TreeBuilder::AppendText(const xmlChar* chars, int len, bool raw) {
  std::vector<Node>& nodes = doc_->nodes_;
  std::string& text = doc_->text_;
  NodeId last = open_elements_.back().last_child;
  if (last == kNoNode || !nodes[last].is_text() || nodes[last].preformatted != raw) {
    last = AppendNode(NodeType::kText, Tag::kUnknown);
    nodes[last].data_begin = static_cast<uint32_t>(text.size());
    nodes[last].preformatted = raw;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(chars);
  const unsigned char* const end = p + len;
  bool space = nodes[last].data_size > 0 && text.back() == ' ';
  while (p < end) {
    // Most bytes are copied as they are: take a run of them at once
    // (everything but white space, controls and the lead bytes of the
    // sequences handled below).
    const unsigned char* run = p;
    while (p<end&& * p> 0x20 && *p != 0xC2 && *p != 0xE2 && *p != 0xEF) ++p;
    if (p != run) {
      text.append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
      space = false;
      if (p == end) break;
    }
    const unsigned char c = *p;
    if (c < 0x80) {
      if (!raw && IsCollapsibleSpace(c)) {
        if (!space) text.push_back(' ');
        space = true;
      } else if (c >= 0x20 || c == '\t' || c == '\n' || (raw && c == '\r')) {
        text.push_back(static_cast<char>(c));
        space = false;
      }
      ++p;
      continue;
    }
    // U+00A0 no-break space is C2 A0; U+200B is E2 80 8B; U+FEFF EF BB BF.
    if (!raw && c == 0xC2 && p + 1 < end && p[1] == 0xA0) {
      if (!space) text.push_back(' ');
      space = true;
      p += 2;
      continue;
    }
    if (c == 0xE2 && p + 2 < end && p[1] == 0x80 && p[2] == 0x8B) {
      p += 3;
      continue;
    }
    if (c == 0xEF && p + 2 < end && p[1] == 0xBB && p[2] == 0xBF) {
      p += 3;
      continue;
    }
    // U+0080..U+009F are C1 controls; in HTML they come from "&#147;"
    // style references meant as windows-1252, which browsers show as
    // the windows-1252 characters (HTML5 "numeric character reference
    // end state"). Do the same.
    if (c == 0xC2 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9F) {
      const char32_t mapped = kC1ToWindows1252[p[1] - 0x80];
      if (mapped != 0) AppendUtf8(mapped, &text);
      space = false;
      p += 2;
      continue;
    }
    text.push_back(static_cast<char>(c));
    space = false;
    ++p;
  }
  nodes[last].data_size = static_cast<uint32_t>(text.size()) - nodes[last].data_begin;
}

// Elements a browser keeps in <head>; any other start tag ends it.
bool TreeBuilder::IsHeadContent(Tag tag) {
  switch (tag) {
    case Tag::kTitle:
    case Tag::kMeta:
    case Tag::kLink:
    case Tag::kStyle:
    case Tag::kScript:
    case Tag::kBase:
    case Tag::kNoscript:
    case Tag::kTemplate:
      return true;
    default:
      return false;
  }
}

// libxml2 closes <head> only for the HTML 4 elements it knows, so after
// head-only markup ("<title>T</title><article>...", no <body> tag) it
// puts <article>, <header>, <main> and the rest of the page inside
// <head>. Browsers end the head there and imply the body: do the same.
// libxml2's own end of head later finds no open head and is ignored;
// its start of a <body>, if the page has one, is the implied body.
void TreeBuilder::LeaveHead() {
  Pop();
  if (doc_->body_ != kNoNode) return;
  const NodeId id = AppendNode(NodeType::kElement, Tag::kBody);
  doc_->nodes_[id].data_begin = static_cast<uint32_t>(doc_->attributes_.size());
  doc_->body_ = id;
  stack_.push_back(Open{id, Tag::kBody, 0, false});
  ++open_real_;
  implied_body_ = true;
}

}  // namespace newsift::dom
