#include "newsift/dom/document.h"

#include <cstring>
#include <memory>

#include <climits>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "newsift/dom/raw_text.h"
#include "tree_builder_internal.h"

namespace newsift::dom {
namespace {

struct HtmlParserCtxtDeleter {
  void operator()(htmlParserCtxt* ctxt) const noexcept { htmlFreeParserCtxt(ctxt); }
};
using HtmlParserCtxtPtr = std::unique_ptr<htmlParserCtxt, HtmlParserCtxtDeleter>;

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

void Document::AppendTextUpTo(NodeId id, size_t max_bytes, std::string* out) const {
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
    // (What follows only makes the text longer.)
    if (out->size() - start > max_bytes) return;
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

char32_t LookupNamedEntity(std::string_view name) {
  if (name.empty() || name.size() > 16) return 0;
  const std::string terminated(name);
  const htmlEntityDesc* entity =
      htmlEntityLookup(reinterpret_cast<const xmlChar*>(terminated.c_str()));
  return entity == nullptr ? 0 : static_cast<char32_t>(entity->value);
}

}  // namespace newsift::dom
