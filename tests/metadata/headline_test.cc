#include "newsift/metadata/headline.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

std::optional<std::string> HeadlineOf(std::string_view html) {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  return FindHeadline(doc.value(), content, meta, ParseJsonLd(meta.json_ld)).text;
}

TEST(StripSiteSuffixTest, Separators) {
  EXPECT_EQ(StripSiteSuffix("Storm hits coast | Daily Planet", ""), "Storm hits coast");
  EXPECT_EQ(StripSiteSuffix("Storm hits coast - Daily Planet", "Daily Planet"), "Storm hits coast");
  EXPECT_EQ(StripSiteSuffix("Daily Planet | Storm hits coast", "Daily Planet"), "Storm hits coast");
  EXPECT_EQ(StripSiteSuffix("Q&A - what the storm means for the harbour", ""),
            "Q&A - what the storm means for the harbour");
  EXPECT_EQ(StripSiteSuffix("Storm hits coast", "Daily Planet"), "Storm hits coast");
}

TEST(FindHeadlineTest, PrefersTheConfirmedH1OverTitle) {
  EXPECT_EQ(HeadlineOf("<title>Storm hits coast | Daily Planet</title><body>"
                       "<h1 class=logo>Daily Planet</h1><article><h1>Storm hits coast</h1>"
                       "<p>Long enough paragraph of article text, with a comma.</p></article>"),
            "Storm hits coast");
}

TEST(FindHeadlineTest, FallsBackToOgTitleWithoutSuffix) {
  EXPECT_EQ(HeadlineOf("<meta property=og:title content=\"Storm hits coast - Daily Planet\">"
                       "<meta property=og:site_name content=\"Daily Planet\"><p>Text.</p>"),
            "Storm hits coast");
}

TEST(FindHeadlineTest, NoHeadlineAtAll) { EXPECT_EQ(HeadlineOf("<p>Text.</p>"), std::nullopt); }

}  // namespace
}  // namespace newsift::metadata
