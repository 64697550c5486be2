#include "newsift/classify/hints.h"

#include <gtest/gtest.h>

namespace newsift::classify {
namespace internal {
bool HintTablesAreSorted();
}  // namespace internal
namespace {

TEST(HintsTest, TableIsSorted) { EXPECT_TRUE(internal::HintTablesAreSorted()); }

TEST(HintsTest, WholeWordsAndCamelCase) {
  EXPECT_EQ(HintsForName("articleBody"), kHintContent | kHintBody);
  EXPECT_EQ(HintsForName("ad-slot"), kHintAd);
  EXPECT_EQ(HintsForName("share-bar"), kHintShare);
  EXPECT_EQ(HintsForName("key-points"), kHintKeyPoints);
  EXPECT_EQ(HintsForName("most_popular"), kHintPromo);
  EXPECT_EQ(HintsForName("authorname-txt"), kHintByline);  // one word: "authorname"
}

TEST(HintsTest, DisclaimersAreBoilerplate) {
  // How the site earns, what its views are not: the site's, not the story's.
  EXPECT_EQ(HintsForName("small affiliate-disclaimer-small"), kHintBoilerplate);
  EXPECT_EQ(HintsForName("post-disclosure"), kHintBoilerplate);
}

TEST(HintsTest, RestrictedContentBreakersArePaywalls) {
  EXPECT_EQ(HintsForName("restricted-text"), kHintPaywall);
  EXPECT_NE(HintsForName("restricted-content-breaker") & kHintPaywall, 0u);
}

TEST(HintsTest, AFlagThatAPartIsAbsentNamesNoPart) {
  EXPECT_EQ(HintsForName("list-item image no_caption"), kHintNone);
  EXPECT_EQ(HintsForName("page no-sidebar has-no-comments"), kHintNone);
  EXPECT_EQ(HintsForName("caption"), kHintCaption);
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
  EXPECT_NE(HintsForName("jp-relatedposts") & kHintPromo, 0u);  // Jetpack
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
  EXPECT_EQ(hints[3], kHintContent | kHintBody);
  EXPECT_EQ(hints[4], kHintHidden);
}

TEST(HintsTest, HidingClassesAreWholeTokens) {
  EXPECT_NE(HintsForName("sr-only") & kHintHidden, 0u);
  EXPECT_NE(HintsForName("block d-none") & kHintHidden, 0u);
  EXPECT_NE(HintsForName("screen-reader-text") & kHintHidden, 0u);
  // Bootstrap's responsive and print helpers hide on some screens only.
  EXPECT_EQ(HintsForName("hidden-xs") & kHintHidden, 0u);
  EXPECT_EQ(HintsForName("hidden-print") & kHintHidden, 0u);
  EXPECT_EQ(HintsForName("hide-bottom-border") & kHintHidden, 0u);
}

TEST(HintsTest, LayoutWordsThatLookLikeBoilerplate) {
  EXPECT_EQ(HintsForName("col-print-7"), kHintNone);            // print is no share bar
  EXPECT_EQ(HintsForName("cmp-container") & kHintConsent, 0u);  // Adobe AEM
  EXPECT_NE(HintsForName("qc-cmp2-container") & kHintConsent, 0u);
  EXPECT_EQ(HintsForName("commentary-body") & kHintComments, 0u);
  EXPECT_NE(HintsForName("comment-list") & kHintComments, 0u);
}

TEST(HintsTest, WordPressTaxonomyClassesOnAPostAreTopics) {
  const uint32_t hints = HintsForName(
      "post-12 post type-post status-publish hentry category-social-media tag-cookies");
  EXPECT_EQ(hints & (kHintShare | kHintConsent | kHintTags), 0u);
  EXPECT_NE(HintsForName("tag-list") & kHintTags, 0u);
}

TEST(HintsTest, PageBuilderWrappersSayNothing) {
  EXPECT_EQ(HintsForName("elementor-widget-wrap elementor-element-populated"), kHintNone);
  EXPECT_NE(HintsForName("elementor-location-footer") & kHintBoilerplate, 0u);
}

TEST(HintsTest, AnAdNameOnAHeadingSaysNothing) {
  Result<dom::Document> doc =
      dom::ParseHtml("<h2 class='kt-adv-heading'>Quick facts</h2><div class='adv'>Ad</div>");
  ASSERT_TRUE(doc.ok());
  const dom::Document& d = doc.value();
  std::vector<uint32_t> hints;
  for (dom::NodeId id = 0; id < d.size(); ++id) {
    const dom::Tag tag = d.node(id).tag;
    if (d.node(id).is_element() && (tag == dom::Tag::kH2 || tag == dom::Tag::kDiv)) {
      hints.push_back(ElementHints(d, id));
    }
  }
  ASSERT_EQ(hints.size(), 2u);
  EXPECT_EQ(hints[0] & kHintAd, 0u);
  EXPECT_NE(hints[1] & kHintAd, 0u);
}

TEST(HintsTest, DrupalFieldTypesSayNothing) {
  // Drupal's body field is of the type "text with summary"; its name says.
  EXPECT_EQ(HintsForName("field field--name-body field--type-text-with-summary"), kHintNone);
  EXPECT_EQ(HintsForName("field-type-text-with-summary") & kHintKeyPoints, 0u);
  EXPECT_EQ(HintsForName("field--name-field-summary"), kHintKeyPoints);
}

TEST(HintsTest, AnAddressIsNotAName) {
  EXPECT_EQ(HintsForName("http://example.com/blog/read-comments-on-mobile"), kHintNone);
}

TEST(HintsTest, ToString) {
  EXPECT_EQ(HintsToString(kHintAd | kHintPromo), "ad|promo");
  EXPECT_EQ(HintsToString(0), "");
}

}  // namespace
}  // namespace newsift::classify
