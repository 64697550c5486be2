#include "newsift/dom/document.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

#include <climits>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "newsift/dom/raw_text.h"

namespace newsift::dom {
namespace {

struct HtmlParserCtxtDeleter {
  void operator()(htmlParserCtxt* ctxt) const noexcept { htmlFreeParserCtxt(ctxt); }
};
using HtmlParserCtxtPtr = std::unique_ptr<htmlParserCtxt, HtmlParserCtxtDeleter>;

std::string_view AsView(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

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

  void StartElement(std::string_view name, const xmlChar** atts) {
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

  void EndElement(std::string_view name) {
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

  void Characters(const xmlChar* chars, int len) {
    if (len <= 0 || open_real_ == 0) return;
    const Open* top = &stack_.back();
    if (top->tag == Tag::kStyle) return;
    if (top->tag == Tag::kScript) {
      if (top->keep_script) AppendText(chars, len, /*raw=*/true);
      return;
    }
    AppendText(chars, len, preformatted_ > 0);
  }

  void Finish() {
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

 private:
  struct Open {
    NodeId id;  // kNoNode: beyond max_depth, not in the tree
    Tag tag;
    uint32_t name_index;  // into names_, for kUnknown tags
    bool keep_script;     // a JSON-LD <script>
  };

  // libxml2 hands element names out of its dictionary, one pointer per
  // name, so a tiny cache keyed by the pointer answers most lookups with
  // one short compare instead of a binary search. The compare keeps it
  // right for names that do not come from the dictionary.
  Tag CachedLookupTag(std::string_view name) {
    CachedTag& slot = tag_cache_[(reinterpret_cast<uintptr_t>(name.data()) >> 4) % kTagCacheSize];
    if (slot.name == name.data() && slot.tag != Tag::kUnknown && ToString(slot.tag) == name) {
      return slot.tag;
    }
    const Tag tag = LookupTag(name);
    slot = CachedTag{name.data(), tag};
    return tag;
  }

  uint32_t StoreName(Tag tag, std::string_view name) {
    if (tag != Tag::kUnknown) return 0;
    names_.emplace_back(name);
    return static_cast<uint32_t>(names_.size() - 1);
  }

  bool Matches(const Open& open, Tag tag, std::string_view name) const {
    if (open.tag != tag) return false;
    return tag != Tag::kUnknown || names_[open.name_index] == name;
  }

  void Pop() {
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

  NodeId CurrentParent() const {
    return open_elements_.empty() ? kNoNode : open_elements_.back().id;
  }

  NodeId AppendNode(NodeType type, Tag tag) {
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
  void AppendText(const xmlChar* chars, int len, bool raw) {
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
  static bool IsHeadContent(Tag tag) {
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
  void LeaveHead() {
    Pop();
    if (doc_->body_ != kNoNode) return;
    const NodeId id = AppendNode(NodeType::kElement, Tag::kBody);
    doc_->nodes_[id].data_begin = static_cast<uint32_t>(doc_->attributes_.size());
    doc_->body_ = id;
    stack_.push_back(Open{id, Tag::kBody, 0, false});
    ++open_real_;
    implied_body_ = true;
  }

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

namespace {

TreeBuilder* BuilderOf(void* ctx) {
  return static_cast<TreeBuilder*>(static_cast<htmlParserCtxt*>(ctx)->_private);
}

void OnStartElement(void* ctx, const xmlChar* name, const xmlChar** atts) {
  TreeBuilder* builder = BuilderOf(ctx);
  builder->Tick();
  builder->StartElement(AsView(name), atts);
}

void OnEndElement(void* ctx, const xmlChar* name) {
  TreeBuilder* builder = BuilderOf(ctx);
  builder->Tick();
  builder->EndElement(AsView(name));
}

void OnCharacters(void* ctx, const xmlChar* chars, int len) {
  TreeBuilder* builder = BuilderOf(ctx);
  builder->Tick();
  builder->Characters(chars, len);
}

// Parser errors are dropped, but counted as events: some malformed input
// (stray end tags below deep nesting) costs libxml2 much time per error
// and produces no other event.
void OnStructuredError(void* context, xmlError* /*error*/) {
  if (context != nullptr) static_cast<TreeBuilder*>(context)->Tick();
}

// Routes libxml2's error channel to `builder` for one parse and restores
// it, so no parser complaint ever reaches stderr (the channel is per
// thread).
class QuietErrors {
 public:
  explicit QuietErrors(TreeBuilder* builder)
      : handler_(xmlStructuredError), context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(builder, OnStructuredError);
  }
  ~QuietErrors() { xmlSetStructuredErrorFunc(context_, handler_); }
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;

 private:
  xmlStructuredErrorFunc handler_;
  void* context_;
};

}  // namespace

Result<Document> ParseHtml(std::string_view utf8, const ParseOptions& options) {
  if (utf8.size() > static_cast<size_t>(INT_MAX)) {
    return Error{ErrorCode::kTooLarge, "page too large for the HTML parser"};
  }
  // Script and style bodies cut out (raw_text.h): ~29% of the bytes,
  // none of the text. The buffer is reused by the thread's next page.
  thread_local std::string cut_buffer;
  cut_buffer.clear();
  if (CutRawTextBodies(utf8, &cut_buffer)) utf8 = cut_buffer;
  Document doc;
  // Typical pages have one node per ~60 bytes of markup.
  doc.nodes_.reserve(utf8.size() / 64 + 16);
  doc.text_.reserve(utf8.size() / 4);
  TreeBuilder builder(&doc, options);
  const QuietErrors quiet(&builder);

  // An empty buffer makes libxml2 fail; parse a lone space instead, which
  // still yields the implied <html>.
  const std::string_view input = utf8.empty() ? std::string_view(" ") : utf8;
  HtmlParserCtxtPtr ctxt(htmlCreateMemoryParserCtxt(input.data(), static_cast<int>(input.size())));
  if (ctxt == nullptr || ctxt->sax == nullptr) {
    return Error{ErrorCode::kParse, "cannot create the HTML parser"};
  }
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof(sax));
  sax.startElement = OnStartElement;
  sax.endElement = OnEndElement;
  sax.characters = OnCharacters;
  sax.ignorableWhitespace = OnCharacters;
  sax.cdataBlock = OnCharacters;  // script and style bodies
  *ctxt->sax = sax;
  ctxt->_private = &builder;
  ctxt->userData = ctxt.get();
  builder.set_parser(ctxt.get());
  // The bytes are UTF-8 already (input/ decoded them): a <meta charset>
  // inside the page must not make libxml2 re-decode them.
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC;
  htmlCtxtUseOptions(ctxt.get(), kOptions);
  xmlSwitchEncoding(ctxt.get(), XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(ctxt.get());
  builder.Finish();
  // A huge page's buffer is not kept for the thread's life.
  constexpr size_t kKeptBufferBytes = 8u << 20;
  if (cut_buffer.capacity() > kKeptBufferBytes) std::string().swap(cut_buffer);
  if (builder.timed_out()) {
    return Error{ErrorCode::kTimeLimit, "page took longer than the time limit to parse"};
  }
  if (doc.nodes_.empty()) {
    return Error{ErrorCode::kParse, "no HTML element found"};
  }
  return doc;
}

std::string_view Document::tag_name(NodeId id) const {
  const Node& n = nodes_[id];
  if (n.tag != Tag::kUnknown) return ToString(n.tag);
  return std::string_view(strings_).substr(n.name_begin, n.name_size);
}

std::span<const Attribute> Document::attributes(NodeId id) const {
  const Node& n = nodes_[id];
  if (!n.is_element()) return {};
  return std::span<const Attribute>(attributes_).subspan(n.data_begin, n.data_size);
}

std::string_view Document::attr(NodeId id, std::string_view name) const {
  for (const Attribute& a : attributes(id)) {
    if (attr_name(a) == name) return attr_value(a);
  }
  return {};
}

bool Document::has_attr(NodeId id, std::string_view name) const {
  for (const Attribute& a : attributes(id)) {
    if (attr_name(a) == name) return true;
  }
  return false;
}

bool BreaksText(Tag tag) {
  switch (tag) {
    case Tag::kAddress:
    case Tag::kArticle:
    case Tag::kAside:
    case Tag::kBlockquote:
    case Tag::kBody:
    case Tag::kBr:
    case Tag::kCaption:
    case Tag::kCenter:
    case Tag::kDd:
    case Tag::kDetails:
    case Tag::kDialog:
    case Tag::kDiv:
    case Tag::kDl:
    case Tag::kDt:
    case Tag::kFieldset:
    case Tag::kFigcaption:
    case Tag::kFigure:
    case Tag::kFooter:
    case Tag::kForm:
    case Tag::kH1:
    case Tag::kH2:
    case Tag::kH3:
    case Tag::kH4:
    case Tag::kH5:
    case Tag::kH6:
    case Tag::kHeader:
    case Tag::kHgroup:
    case Tag::kHr:
    case Tag::kLegend:
    case Tag::kLi:
    case Tag::kMain:
    case Tag::kMenu:
    case Tag::kNav:
    case Tag::kOl:
    case Tag::kOption:
    case Tag::kP:
    case Tag::kPre:
    case Tag::kSection:
    case Tag::kSummary:
    case Tag::kTable:
    case Tag::kTbody:
    case Tag::kTd:
    case Tag::kTfoot:
    case Tag::kTh:
    case Tag::kThead:
    case Tag::kTitle:
    case Tag::kTr:
    case Tag::kUl:
      return true;
    default:
      return false;
  }
}

void Document::AppendText(NodeId id, std::string* out) const {
  const size_t start = out->size();
  const Node& top = nodes_[id];
  bool space = true;  // pending separator before the next word
  for (NodeId i = id; i < top.end; ++i) {
    const Node& n = nodes_[i];
    if (n.is_element()) {
      if (n.tag == Tag::kScript || n.tag == Tag::kStyle) {
        i = n.end - 1;  // skip the subtree
        continue;
      }
      if (BreaksText(n.tag)) space = true;
      continue;
    }
    std::string_view t = text(i);
    if (t.empty()) continue;
    if (t.front() == ' ') {
      space = true;
      t.remove_prefix(1);
    }
    if (t.empty()) continue;
    if (space && out->size() > start) out->push_back(' ');
    space = false;
    if (t.back() == ' ') {
      t.remove_suffix(1);
      space = true;
    }
    out->append(t);
    // Blocks that close right after this text separate it from what
    // follows: "<p>a</p>b" is "a b", while "<b>a</b>b" is "ab".
    const NodeId next = i + 1;
    for (NodeId anc = n.parent; anc != kNoNode && anc != id && next >= nodes_[anc].end;
         anc = nodes_[anc].parent) {
      if (BreaksText(nodes_[anc].tag)) space = true;
    }
  }
}

namespace {

// Refuses every external entity, DTD or XInclude target: pages never make
// newsift read a file or open a connection.
xmlParserInputPtr RefuseExternalEntity(const char* /*url*/, const char* /*id*/,
                                       xmlParserCtxtPtr /*context*/) {
  return nullptr;
}

}  // namespace

LibXmlScope::LibXmlScope() {
  xmlInitParser();
  xmlSetExternalEntityLoader(RefuseExternalEntity);
}
LibXmlScope::~LibXmlScope() { xmlCleanupParser(); }

}  // namespace newsift::dom
