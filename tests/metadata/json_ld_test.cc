#include "newsift/metadata/json_ld.h"

#include <gtest/gtest.h>

#include "newsift/metadata/page_meta.h"

namespace newsift::metadata {
namespace {

TEST(JsonLdTest, ReadsNewsArticleInGraph) {
  const JsonLd ld = ParseJsonLd({R"({"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Daily Planet"},
      {"@type":["NewsArticle"],"headline":"Storm hits coast","datePublished":"2024-03-05T15:45:00-05:00",
       "dateModified":"2024-03-06","author":[{"@type":"Person","name":"Jane Doe"},
       {"@type":"Organization","name":"Planet Staff"}],"publisher":{"@type":"Organization","name":"Planet"}}]})"});
  ASSERT_EQ(ld.articles.size(), 1u);
  const JsonLdArticle& a = ld.articles[0];
  EXPECT_EQ(a.headline, "Storm hits coast");
  EXPECT_EQ(a.date_published, "2024-03-05T15:45:00-05:00");
  EXPECT_EQ(a.date_modified, "2024-03-06");
  ASSERT_EQ(a.authors.size(), 2u);
  EXPECT_EQ(a.authors[0].name, "Jane Doe");
  EXPECT_FALSE(a.authors[0].is_organization);
  EXPECT_TRUE(a.authors[1].is_organization);
  EXPECT_EQ(a.publisher, "Planet");
  EXPECT_EQ(ld.site_name, "Daily Planet");
}

TEST(JsonLdTest, ResolvesIdReferencesInGraph) {
  const JsonLd ld = ParseJsonLd({R"({"@graph":[
      {"@type":"Article","headline":"Bridge report","author":{"@id":"#/person/1"},
       "publisher":{"@id":"#org"}},
      {"@type":"Organization","@id":"#org","name":"Daily Ledger"},
      {"@type":"Person","@id":"#/person/1","name":"Priya Raman"}]})"});
  ASSERT_EQ(ld.articles.size(), 1u);
  ASSERT_EQ(ld.articles[0].authors.size(), 1u);
  EXPECT_EQ(ld.articles[0].authors[0].name, "Priya Raman");
  EXPECT_EQ(ld.articles[0].publisher, "Daily Ledger");
}

// Older Yoast graphs: the author on the WebPage, no Article object.
TEST(JsonLdTest, WebPageAuthorWithoutAnArticle) {
  const JsonLd ld = ParseJsonLd({R"({"@graph":[
      {"@type":"WebSite","@id":"#website","name":"Paint Corner"},
      {"@type":"WebPage","name":"Stencils","author":{"@id":"#/schema/person/7"}},
      {"@type":["Person"],"@id":"#/schema/person/7","name":"Floris"}]})"});
  EXPECT_TRUE(ld.articles.empty());
  ASSERT_EQ(ld.page_authors.size(), 1u);
  EXPECT_EQ(ld.page_authors[0].name, "Floris");
}

TEST(JsonLdTest, RepairsCommonBreakage) {
  const JsonLd ld = ParseJsonLd({"<!--\n{\"@type\":\"Article\",\"headline\":\"Line\none\"};\n-->"});
  ASSERT_EQ(ld.articles.size(), 1u);
  EXPECT_EQ(ld.articles[0].headline, "Line one");
}

TEST(JsonLdTest, ScriptEscapedAsHtml) {
  const JsonLd ld = ParseJsonLd(
      {"{&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Ferry &amp; "
       "bus fares rise&quot;,&quot;datePublished&quot;:&quot;2025-03-02&quot;}"});
  ASSERT_EQ(ld.articles.size(), 1u);
  EXPECT_EQ(ld.articles[0].headline, "Ferry & bus fares rise");
  EXPECT_EQ(ld.articles[0].date_published, "2025-03-02");
}

TEST(JsonLdTest, KeptInAMetaTag) {
  Result<dom::Document> doc = dom::ParseHtml(
      "<html><head><meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article"
      "&quot;,&quot;headline&quot;:&quot;Pier repairs begin&quot;,&quot;author&quot;:{&quot;"
      "@type&quot;:&quot;Person&quot;,&quot;name&quot;:&quot;Ola Berg&quot;}}\"></head>"
      "<body><p>Text.</p></body></html>");
  ASSERT_TRUE(doc.ok());
  const PageMeta meta = CollectPageMeta(doc.value());
  ASSERT_EQ(meta.json_ld.size(), 1u);
  const JsonLd ld = ParseJsonLd(meta.json_ld);
  ASSERT_EQ(ld.articles.size(), 1u);
  EXPECT_EQ(ld.articles[0].headline, "Pier repairs begin");
  ASSERT_EQ(ld.articles[0].authors.size(), 1u);
  EXPECT_EQ(ld.articles[0].authors[0].name, "Ola Berg");
}

TEST(JsonLdTest, IgnoresGarbageAndOtherTypes) {
  const JsonLd ld = ParseJsonLd({"{not json", R"({"@type":"Recipe","name":"Soup"})", "[]"});
  EXPECT_TRUE(ld.articles.empty());
  EXPECT_EQ(ld.Main(), nullptr);
}

}  // namespace
}  // namespace newsift::metadata
