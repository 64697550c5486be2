#include "newsift/dom/document.h"

#include <string>

#include <gtest/gtest.h>

namespace newsift::dom {
namespace {

Document Parse(std::string_view html, ParseOptions options = {}) {
  Result<Document> doc = ParseHtml(html, options);
  EXPECT_TRUE(doc.ok());
  return std::move(doc).value();
}

NodeId FindTag(const Document& doc, Tag tag, NodeId from = 0) {
  for (NodeId id = from; id < doc.size(); ++id) {
    if (doc.node(id).is_element() && doc.node(id).tag == tag) return id;
  }
  return kNoNode;
}

TEST(ParseHtmlTest, ImpliesHtmlHeadAndBody) {
  const Document doc = Parse("<p>Hello");
  ASSERT_NE(doc.root(), kNoNode);
  EXPECT_EQ(doc.node(doc.root()).tag, Tag::kHtml);
  EXPECT_NE(doc.body(), kNoNode);
  const NodeId p = FindTag(doc, Tag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(doc.Text(p), "Hello");
}

TEST(ParseHtmlTest, Html5ElementsAfterHeadContentStartTheBody) {
  // libxml2 alone would put <article> and everything after it in <head>.
  const Document doc = Parse("<title>T</title><article><h1>A</h1><p>b</p></article>");
  ASSERT_NE(doc.head(), kNoNode);
  ASSERT_NE(doc.body(), kNoNode);
  const NodeId article = FindTag(doc, Tag::kArticle);
  ASSERT_NE(article, kNoNode);
  EXPECT_EQ(doc.node(article).parent, doc.body());
  EXPECT_FALSE(doc.Contains(doc.head(), article));
  EXPECT_TRUE(doc.Contains(doc.head(), FindTag(doc, Tag::kTitle)));
  EXPECT_EQ(doc.Text(FindTag(doc, Tag::kP)), "b");
}

TEST(ParseHtmlTest, PagesOwnBodyAfterAnImpliedOneIsTheSameBody) {
  const Document doc = Parse(
      "<html><head><title>T</title><header>Site</header></head>"
      "<body class=page><main><p>b</p></main></body></html>");
  ASSERT_NE(doc.body(), kNoNode);
  EXPECT_EQ(FindTag(doc, Tag::kBody, doc.body() + 1), kNoNode);  // only one body
  EXPECT_TRUE(doc.Contains(doc.body(), FindTag(doc, Tag::kHeader)));
  EXPECT_TRUE(doc.Contains(doc.body(), FindTag(doc, Tag::kMain)));
  EXPECT_FALSE(doc.Contains(doc.head(), FindTag(doc, Tag::kHeader)));
}

TEST(ParseHtmlTest, TextUpToIsTextOrALongerPrefix) {
  const Document doc = Parse("<div><p>Alpha beta</p><p>gamma</p><b>delta</b> epsilon</div>");
  const NodeId div = FindTag(doc, Tag::kDiv);
  const std::string full = doc.Text(div);
  ASSERT_EQ(full, "Alpha beta gamma delta epsilon");
  for (size_t max = 0; max <= full.size() + 1; ++max) {
    const std::string up_to = doc.TextUpTo(div, max);
    EXPECT_TRUE(full.starts_with(up_to)) << max;
    // The same answer to "longer than max?" as the whole text gives.
    EXPECT_EQ(up_to.size() > max, full.size() > max) << max;
    if (full.size() <= max) {
      EXPECT_EQ(up_to, full);
    }
  }
  EXPECT_EQ(doc.TextUpTo(div, 3), "Alpha beta");  // stops after the first text past 3 bytes
}

TEST(ParseHtmlTest, NodesArePreOrderWithSubtreeRanges) {
  const Document doc = Parse("<div><p>a<b>b</b></p><p>c</p></div><span>d</span>");
  const NodeId div = FindTag(doc, Tag::kDiv);
  const NodeId span = FindTag(doc, Tag::kSpan);
  const NodeId b = FindTag(doc, Tag::kB);
  ASSERT_NE(div, kNoNode);
  EXPECT_TRUE(doc.Contains(div, b));
  EXPECT_FALSE(doc.Contains(div, span));
  EXPECT_LT(div, b);
  EXPECT_LT(b, span);
  // Parent and sibling links agree with the ranges.
  for (NodeId id = 1; id < doc.size(); ++id) {
    const NodeId parent = doc.node(id).parent;
    ASSERT_NE(parent, kNoNode);
    EXPECT_TRUE(doc.Contains(parent, id));
    EXPECT_EQ(doc.node(id).depth, doc.node(parent).depth + 1);
  }
}

TEST(ParseHtmlTest, CollapsesWhitespaceOutsidePre) {
  const Document doc = Parse("<p>  a \n\t b&nbsp;&nbsp;c </p><pre>x\n  y</pre>");
  EXPECT_EQ(doc.Text(FindTag(doc, Tag::kP)), "a b c");
  const NodeId pre = FindTag(doc, Tag::kPre);
  const NodeId text = doc.node(pre).first_child;
  ASSERT_NE(text, kNoNode);
  EXPECT_TRUE(doc.node(text).preformatted);
  EXPECT_EQ(doc.text(text), "x\n  y");
}

TEST(ParseHtmlTest, DecodesEntitiesAndDropsZeroWidthSpace) {
  const Document doc = Parse("<p>caf&eacute; &amp; tea&#8203;time</p>");
  EXPECT_EQ(doc.Text(FindTag(doc, Tag::kP)), "café & teatime");
}

TEST(ParseHtmlTest, BlockBoundariesSeparateWords) {
  const Document doc = Parse("<div><p>one</p><p>two</p>three<br>four<b>five</b>six</div>");
  EXPECT_EQ(doc.Text(FindTag(doc, Tag::kDiv)), "one two three fourfivesix");
}

TEST(ParseHtmlTest, KeepsJsonLdButDropsOtherScriptsAndStyles) {
  const Document doc = Parse(
      "<head><script>var x = '<p>no</p>';</script><style>p{}</style>"
      "<script type=\"application/ld+json\">{\"a\": \"b  c\"}</script></head><body><p>yes");
  const NodeId first_script = FindTag(doc, Tag::kScript);
  ASSERT_NE(first_script, kNoNode);
  EXPECT_EQ(doc.node(first_script).first_child, kNoNode);
  const NodeId ld = FindTag(doc, Tag::kScript, first_script + 1);
  ASSERT_NE(ld, kNoNode);
  ASSERT_NE(doc.node(ld).first_child, kNoNode);
  EXPECT_EQ(doc.text(doc.node(ld).first_child), "{\"a\": \"b  c\"}");
  EXPECT_EQ(doc.node(FindTag(doc, Tag::kStyle)).first_child, kNoNode);
}

TEST(ParseHtmlTest, AttributesAreLowerCaseNamesWithRawValues) {
  const Document doc = Parse("<div CLASS=\"Story Body\" data-x='1 &amp; 2' hidden>t</div>");
  const NodeId div = FindTag(doc, Tag::kDiv);
  EXPECT_EQ(doc.attr(div, "class"), "Story Body");
  EXPECT_EQ(doc.attr(div, "data-x"), "1 & 2");
  EXPECT_TRUE(doc.has_attr(div, "hidden"));
  EXPECT_FALSE(doc.has_attr(div, "id"));
  EXPECT_EQ(doc.attr(div, "id"), "");
}

TEST(ParseHtmlTest, UnknownTagsKeepTheirNames) {
  const Document doc = Parse("<my-widget><amp-img src=a></amp-img></my-widget>");
  NodeId widget = kNoNode;
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (doc.node(id).is_element() && doc.tag_name(id) == "my-widget") widget = id;
  }
  ASSERT_NE(widget, kNoNode);
  EXPECT_EQ(doc.node(widget).tag, Tag::kUnknown);
  EXPECT_NE(FindTag(doc, Tag::kAmpImg), kNoNode);
}

TEST(ParseHtmlTest, IgnoresMetaCharsetInAlreadyDecodedText) {
  // The bytes are UTF-8; the page's stale declaration must not re-decode.
  const Document doc = Parse("<meta charset=\"iso-8859-1\"><p>na\xC3\xAFve</p>");
  EXPECT_EQ(doc.Text(FindTag(doc, Tag::kP)), "na\xC3\xAFve");
}

TEST(ParseHtmlTest, DeepNestingIsCappedNotRecursive) {
  std::string html;
  constexpr int kDepth = 100000;
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  html += "<p>after</p>";
  ParseOptions options;
  options.max_depth = 64;
  const Document doc = Parse(html, options);
  uint32_t max_depth = 0;
  for (NodeId id = 0; id < doc.size(); ++id) max_depth = std::max(max_depth, doc.node(id).depth);
  EXPECT_LE(max_depth, 65u);
  const std::string all = doc.Text(doc.root());
  EXPECT_NE(all.find("deep text"), std::string::npos);
  EXPECT_NE(all.find("after"), std::string::npos);
}

TEST(ParseHtmlTest, TextWithoutMarkupIsImpliedIntoATree) {
  const Document doc = Parse("just some words");
  ASSERT_NE(doc.body(), kNoNode);
  EXPECT_EQ(doc.Text(doc.body()), "just some words");
}

TEST(ParseHtmlTest, EmptyInputHasNoTree) {
  const Result<Document> doc = ParseHtml("");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code, ErrorCode::kParse);
}

}  // namespace
}  // namespace newsift::dom
