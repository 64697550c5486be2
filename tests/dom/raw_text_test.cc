#include "newsift/dom/raw_text.h"

#include <string>

#include <gtest/gtest.h>

#include "newsift/dom/document.h"

namespace newsift::dom {
namespace {

std::string Cut(std::string_view html) {
  std::string out = "kept:";
  if (!CutRawTextBodies(html, &out)) return "unchanged";
  return out.substr(5);
}

TEST(CutRawTextBodiesTest, CutsScriptAndStyleBodies) {
  EXPECT_EQ(Cut("<p>a</p><script>var x = '<p>';</script><style>p{}</style><p>b</p>"),
            "<p>a</p><script></script><style></style><p>b</p>");
  EXPECT_EQ(Cut("<SCRIPT type=text/javascript>x()</ScRiPt ><p>b"),
            "<SCRIPT type=text/javascript></ScRiPt ><p>b");
  // libxml2 ends a script body at the first "</script", even in a string.
  EXPECT_EQ(Cut("<script>document.write('</script>');</script>"), "<script></script>');</script>");
}

TEST(CutRawTextBodiesTest, KeepsJsonLdAndUnendedBodies) {
  EXPECT_EQ(Cut("<script type=\"application/ld+json\">{\"a\":1}</script>"), "unchanged");
  EXPECT_EQ(Cut("<script type=\"application/ld&#x2B;json\">{}</script>"), "unchanged");
  EXPECT_EQ(Cut("<p>a</p><script>never ends"), "unchanged");
  EXPECT_EQ(Cut("<p>no scripts at all</p>"), "unchanged");
}

TEST(CutRawTextBodiesTest, OnlyRealStartTags) {
  // Not tags: inside a comment, inside an attribute value, other names.
  EXPECT_EQ(Cut("<!-- <script> --><p>text</p><!-- </script> -->"), "unchanged");
  EXPECT_EQ(Cut("<div data-x=\"<script>\"><p>text</p></div>"), "unchanged");
  EXPECT_EQ(Cut("<div title='a > <style>'><p>text</p></div><style>s</style>"),
            "<div title='a > <style>'><p>text</p></div><style></style>");
  EXPECT_EQ(Cut("<scripts>x</scripts><script-x>y</script-x>"), "unchanged");
  EXPECT_EQ(Cut("<p>1 < 2 <script>x</script>"), "<p>1 < 2 <script></script>");
}

// The tree is the same with and without the cut: the bodies were never in
// it (JSON-LD aside, which is kept).
TEST(CutRawTextBodiesTest, ParseSeesTheSameTree) {
  const std::string html =
      "<html><head><style>body{}</style><script type='application/ld+json'>{\"x\":1}</script>"
      "</head><body><p>One <b>two</b></p><script>if (a < b) { f('<div>'); }</script>"
      "<p>three</p></body></html>";
  Result<Document> doc = ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  std::string texts;
  for (NodeId id = 0; id < doc.value().size(); ++id) {
    texts += std::string(doc.value().tag_name(id)) + "[" +
             std::string(doc.value().node(id).is_text() ? doc.value().text(id) : "") + "]";
  }
  EXPECT_EQ(texts,
            "html[]head[]style[]script[][{\"x\":1}]body[]p[][One ]b[][two]script[]p[][three]");
}

}  // namespace
}  // namespace newsift::dom
