#include "newsift/extract.h"

#include <algorithm>

#include <fmt/format.h>

#include "newsift/classify/content.h"
#include "newsift/classify/hints.h"
#include "newsift/deadline.h"
#include "newsift/dom/document.h"
#include "newsift/input/encoding.h"
#include "newsift/input/mojibake.h"
#include "newsift/input/read_file.h"
#include "newsift/input/sniff.h"
#include "newsift/metadata/author.h"
#include "newsift/metadata/metadata.h"
#include "newsift/text/utf8.h"

namespace newsift {
namespace {

// At most `max` bytes of `s`, cut at a character boundary, with "...".
std::string Shorten(std::string_view raw, size_t max) {
  const std::string collapsed = text::CollapseWhitespace(raw);
  const std::string_view s = collapsed;
  if (s.size() <= max) return std::string(s);
  size_t cut = max - 3;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

struct Parsed {
  dom::Document doc;
  classify::Content content;
  metadata::Metadata meta;
};

Error TimeLimitError(std::chrono::milliseconds limit) {
  const auto ms = limit.count();
  const std::string amount =
      ms % 1000 == 0 ? fmt::format("{} s", ms / 1000) : fmt::format("{} ms", ms);
  return Error{ErrorCode::kTimeLimit,
               "took longer than the " + amount + " time limit (see --time-limit)"};
}

Result<Parsed> Analyse(const PageInput& page, const ExtractOptions& options) {
  // Every stage is linear in the page, but a hostile page can still make
  // one slow (libxml2 is quadratic on some malformed markup): the parser
  // checks the deadline as it goes, and so do the stages between.
  const Deadline deadline(options.time_limit);
  if (page.bytes.size() > options.max_input_bytes) {
    return Error{ErrorCode::kTooLarge, "input larger than the " +
                                           input::FormatBytes(options.max_input_bytes) +
                                           " limit (see --max-size)"};
  }
  switch (input::SniffContent(page.bytes)) {
    case input::ContentKind::kEmpty:
      return Error{ErrorCode::kNotHtml, "empty input"};
    case input::ContentKind::kGzip:
      return Error{ErrorCode::kNotHtml, "gzip-compressed data, not an HTML page"};
    case input::ContentKind::kBinary:
      return Error{ErrorCode::kNotHtml, "binary data, not an HTML page"};
    case input::ContentKind::kText:
      break;
  }
  input::DecodeOptions decode;
  decode.override_label = options.encoding;
  decode.transport_label = page.charset;
  Result<input::Decoded> decoded = input::DecodeToUtf8(page.bytes, decode);
  if (!decoded.ok()) return decoded.error();
  if (options.repair_mojibake) input::RepairMojibake(&decoded.value().utf8);
  if (deadline.Expired()) return TimeLimitError(options.time_limit);

  dom::ParseOptions parse;
  parse.max_depth = options.max_depth;
  parse.deadline = &deadline;
  Result<dom::Document> doc = dom::ParseHtml(decoded.value().utf8, parse);
  if (!doc.ok()) {
    if (doc.error().code == ErrorCode::kTimeLimit) return TimeLimitError(options.time_limit);
    return doc.error();
  }

  Parsed parsed{std::move(doc).value(), {}, {}};
  parsed.content = classify::ClassifyContent(parsed.doc);
  if (deadline.Expired()) return TimeLimitError(options.time_limit);
  metadata::MetadataOptions meta_options;
  meta_options.url = page.url ? page.url : options.url;
  meta_options.date_bounds.latest = options.today;
  parsed.meta = metadata::ExtractMetadata(parsed.doc, parsed.content, meta_options);
  if (deadline.Expired()) return TimeLimitError(options.time_limit);
  return parsed;
}

// A short block that is only a byline ("By Jane Doe", "Von Anna
// Schmidt und Jonas Weber"): the authors field has it.
bool IsBylineText(const classify::TextBlock& block) {
  constexpr size_t kMaxBylineLength = 120;
  if (block.length > kMaxBylineLength || block.kind == BlockKind::kHeading) return false;
  static constexpr std::string_view kPrefixes[] = {"by ",   "von ", "par ", "por ",
                                                   "door ", "di ",  "av "};
  bool prefixed = false;
  for (std::string_view prefix : kPrefixes) {
    prefixed = prefixed || text::StartsWithIgnoringAsciiCase(block.text, prefix);
  }
  return prefixed && !metadata::ParseByline(block.text).empty();
}

// Text about the article's author rather than by them:
//   - a line that is only an author's name, or a lead-in and the name
//     ("Follow Dana Whitfield", "More from Dana Whitfield"): an author
//     box's title, the name under each review of a round-up (the authors
//     field has it);
//   - outside the core's container, a block that starts with an author's
//     name or first name: the author box beside the article ("Dana is a
//     freelance writer who..."). In the article's own container such a
//     line stays: news stories end with the reporter's line ("Lee Park
//     covers the courts."), which the corpus's truths keep as often as
//     not; in a box of its own, no truth keeps it (nine pages).
bool IsAboutTheAuthor(const Parsed& parsed, const classify::TextBlock& block, dom::NodeId at) {
  constexpr size_t kMaxBioBytes = 700;
  // A first name this short ("Al", "Jo") starts ordinary sentences.
  constexpr size_t kMinFirstNameBytes = 3;
  // Longer text is neither a name nor a bio: not folded at all.
  if (parsed.meta.authors.empty() || block.text.size() > kMaxBioBytes) return false;
  const std::string folded = text::FoldForComparison(block.text);
  const dom::NodeId core = parsed.content.core;
  const dom::NodeId core_parent = core != dom::kNoNode ? parsed.doc.node(core).parent : core;
  const bool beside_core = core_parent != dom::kNoNode && !parsed.doc.Contains(core_parent, at);
  for (const std::string& author : parsed.meta.authors) {
    const std::string name = text::FoldForComparison(author);
    if (name.empty()) continue;
    if (folded == name) return true;
    for (std::string_view lead : {"follow ", "more from ", "more by ", "written by "}) {
      if (folded.size() == lead.size() + name.size() && folded.starts_with(lead) &&
          folded.ends_with(name)) {
        return true;
      }
    }
    if (!beside_core) continue;
    const std::string first = name.substr(0, name.find(' '));
    if (folded.starts_with(name + " ") ||
        (first.size() >= kMinFirstNameBytes && folded.starts_with(first + " "))) {
      return true;
    }
  }
  return false;
}

// The kept blocks minus what became a metadata field, and minus what sits
// above the headline (kickers, breadcrumbs, datelines) when the headline
// is part of the main content.
std::vector<Block> BodyBlocks(const Parsed& parsed) {
  std::vector<Block> body;
  const std::string headline =
      parsed.meta.headline ? text::FoldForComparison(*parsed.meta.headline) : std::string();
  const dom::NodeId region = parsed.content.region;
  const dom::NodeId headline_node = parsed.meta.headline_node;
  const std::vector<const classify::ScoredBlock*> kept = parsed.content.Kept();
  bool drop_above_headline = headline_node != dom::kNoNode && region != dom::kNoNode &&
                             parsed.doc.Contains(region, headline_node);
  if (drop_above_headline) {
    // An article does not end at its headline: when most of the kept text
    // lies above the element taken for the headline, that element is a
    // heading further down ("Share this article"), and nothing is cut.
    size_t above = 0;
    size_t below = 0;
    for (const classify::ScoredBlock* scored : kept) {
      (scored->block.first_node < headline_node ? above : below) += scored->block.length;
    }
    drop_above_headline = above < below;
  }
  for (const classify::ScoredBlock* scored : kept) {
    const classify::TextBlock& block = scored->block;
    const dom::NodeId at = block.anchor != dom::kNoNode ? block.anchor : block.first_node;
    const bool consumed = std::any_of(
        parsed.meta.consumed.begin(), parsed.meta.consumed.end(), [&](dom::NodeId node) {
          return parsed.doc.Contains(node, at) || node == block.first_node;
        });
    if (consumed) continue;
    if (drop_above_headline && block.first_node < headline_node) continue;
    // The headline repeated as a block (a second h1, a bold line).
    if (!headline.empty() && block.length < 400 &&
        text::FoldForComparison(block.text) == headline) {
      continue;
    }
    if (IsBylineText(block) || IsAboutTheAuthor(parsed, block, at)) continue;
    body.push_back(Block{block.kind, block.text});
  }
  return body;
}

}  // namespace

Result<Article> ExtractPage(const PageInput& page, const ExtractOptions& options) {
  Result<Parsed> analysed = Analyse(page, options);
  if (!analysed.ok()) return analysed.error();
  Parsed& parsed = analysed.value();
  Article article;
  article.source = page.source;
  article.body = BodyBlocks(parsed);
  if (article.body.empty()) return Error{ErrorCode::kNoContent, "no article content found"};
  metadata::Metadata& meta = parsed.meta;
  article.url = std::move(meta.url);
  article.headline = std::move(meta.headline);
  article.date = std::move(meta.date);
  article.modified = std::move(meta.modified);
  article.authors = std::move(meta.authors);
  article.language = std::move(meta.language);
  article.site_name = std::move(meta.site_name);
  article.description = std::move(meta.description);
  article.bullets = std::move(meta.bullets);
  article.captions = std::move(meta.captions);
  return article;
}

Result<Article> ExtractHtml(std::string_view bytes, const ExtractOptions& options) {
  PageInput page;
  page.bytes = bytes;
  page.source = "-";
  return ExtractPage(page, options);
}

Result<std::string> ExplainPage(const PageInput& page, const ExtractOptions& options) {
  Result<Parsed> analysed = Analyse(page, options);
  if (!analysed.ok()) return analysed.error();
  const Parsed& parsed = analysed.value();
  const dom::Document& doc = parsed.doc;
  std::string out;
  auto describe = [&doc, &parsed](dom::NodeId id) {
    if (id == dom::kNoNode) return std::string("(none)");
    std::string d = fmt::format("<{}", doc.tag_name(id));
    const std::string_view el_id = doc.attr(id, "id");
    const std::string_view el_class = doc.attr(id, "class");
    if (!el_id.empty()) d += fmt::format(" id=\"{}\"", Shorten(el_id, 40));
    if (!el_class.empty()) d += fmt::format(" class=\"{}\"", Shorten(el_class, 60));
    d += ">";
    const uint32_t hints = parsed.content.hints[id];
    if (hints != 0) d += " [" + classify::HintsToString(hints) + "]";
    return d;
  };
  out += fmt::format("main region: {} score {:.0f}{} ({})\n", describe(parsed.content.region),
                     parsed.content.region_score, parsed.content.is_index_page ? " index page" : "",
                     parsed.content.index_stats.ToString());
  if (parsed.content.core != parsed.content.region) {
    out += fmt::format("article core: {}\n", describe(parsed.content.core));
  }
  // Removed subtrees, outermost only.
  for (dom::NodeId id = 0; id < doc.size(); ++id) {
    const classify::Removal removal = parsed.content.removal[id];
    if (removal == classify::Removal::kKept || !doc.node(id).is_element()) continue;
    const dom::NodeId parent = doc.node(id).parent;
    if (parent != dom::kNoNode && parsed.content.removal[parent] == removal) continue;
    // Scripts and controls rarely hold text; when one does (a <select>
    // or <button> the parser never closed), the line says where it went.
    const std::string t = doc.Text(id);
    if (removal != classify::Removal::kNonText || t.size() > 200) {
      if (!t.empty()) {
        out += fmt::format("removed {:<14} {} \"{}\"\n", classify::ToString(removal), describe(id),
                           Shorten(t, 70));
      }
    }
  }
  for (const classify::ScoredBlock& scored : parsed.content.blocks) {
    const std::string t = Shorten(scored.block.text, 70);
    out += fmt::format("{} {:>7.1f} {:<10} len={:<5} links={:.2f} {} | {} \"{}\"\n",
                       scored.keep ? "KEEP" : "drop", scored.weight, ToString(scored.block.kind),
                       scored.block.length, scored.block.link_density(), scored.reason,
                       describe(scored.block.anchor), t);
  }
  return out;
}

}  // namespace newsift
