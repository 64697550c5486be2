#include "newsift/classify/hints.h"

#include <gtest/gtest.h>

namespace newsift::classify {
namespace internal {
bool HintTablesAreSorted();
}  // namespace internal
namespace {

TEST(HintsTest, TableIsSorted) { EXPECT_TRUE(internal::HintTablesAreSorted()); }

TEST(HintsTest, WholeWordsAndCamelCase) {
  EXPECT_EQ(HintsForName("articleBody"), kHintContent);
  EXPECT_EQ(HintsForName("ad-slot"), kHintAd);
  EXPECT_EQ(HintsForName("share-bar"), kHintShare);
  EXPECT_EQ(HintsForName("key-points"), kHintKeyPoints);
  EXPECT_EQ(HintsForName("most_popular"), kHintPromo);
}

TEST(HintsTest, ShortWordsDoNotMatchInsideLongerOnes) {
  EXPECT_EQ(HintsForName("header-shadow") & kHintAd, 0u);  // "ad" in "shadow"
  EXPECT_EQ(HintsForName("download") & kHintAd, 0u);
  EXPECT_EQ(HintsForName("navigate-home") & kHintNavigation, 0u);
}

TEST(HintsTest, DistinctiveStemsMatchInsideWords) {
  EXPECT_NE(HintsForName("CybotCookiebotDialog") & kHintConsent, 0u);
  EXPECT_NE(HintsForName("onetrust-banner-sdk") & kHintConsent, 0u);
  EXPECT_NE(HintsForName("newsletterSignup") & kHintPromo, 0u);
  EXPECT_NE(HintsForName("wp-caption-text") & kHintCaption, 0u);
  EXPECT_NE(HintsForName("usercomments") & kHintComments, 0u);
}

TEST(HintsTest, ClassListWordsDoNotPairAcrossClasses) {
  // "key" ends one class, "points" starts the next: not "keypoints".
  EXPECT_EQ(HintsForName("key points") & kHintKeyPoints, 0u);
}

TEST(HintsTest, ElementAttributes) {
  Result<dom::Document> doc = dom::ParseHtml(
      "<nav role=navigation></nav><div aria-hidden=true></div><div style='display: none'></div>"
      "<div itemprop=articleBody></div><p hidden></p>");
  ASSERT_TRUE(doc.ok());
  const dom::Document& d = doc.value();
  std::vector<uint32_t> hints;
  for (dom::NodeId id = 0; id < d.size(); ++id) {
    if (d.node(id).is_element() && d.node(id).tag != dom::Tag::kHtml &&
        d.node(id).tag != dom::Tag::kBody && d.node(id).tag != dom::Tag::kHead) {
      hints.push_back(ElementHints(d, id));
    }
  }
  ASSERT_EQ(hints.size(), 5u);
  EXPECT_EQ(hints[0], kHintNavigation);
  EXPECT_EQ(hints[1], kHintHidden);
  EXPECT_EQ(hints[2], kHintHidden);
  EXPECT_EQ(hints[3], kHintContent);
  EXPECT_EQ(hints[4], kHintHidden);
}

TEST(HintsTest, ToString) {
  EXPECT_EQ(HintsToString(kHintAd | kHintPromo), "ad|promo");
  EXPECT_EQ(HintsToString(0), "");
}

}  // namespace
}  // namespace newsift::classify
