#include "newsift/metadata/captions.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

std::vector<Caption> CaptionsOf(std::string_view html) {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  return FindCaptions(doc.value(), content);
}

TEST(SplitCreditTest, Labels) {
  EXPECT_EQ(SplitCredit("Flooded streets. Photo: Jane Doe/Reuters"),
            (Caption{"Flooded streets.", "Jane Doe/Reuters"}));
  EXPECT_EQ(SplitCredit("Flooded streets (Photo: Jane Doe)"),
            (Caption{"Flooded streets", "Jane Doe"}));
  EXPECT_EQ(SplitCredit("Flooded streets. Foto: dpa"), (Caption{"Flooded streets.", "dpa"}));
  EXPECT_EQ(SplitCredit("Flooded streets."), (Caption{"Flooded streets.", std::nullopt}));
}

TEST(FindCaptionsTest, FigcaptionWithCreditElement) {
  const auto captions = CaptionsOf(
      "<article><figure><img src=a.jpg><figcaption>The harbour wall. "
      "<span class=credit>Photograph: Jane Doe</span></figcaption></figure></article>");
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_EQ(captions[0].text, "The harbour wall.");
  EXPECT_EQ(captions[0].credit, "Jane Doe");
}

TEST(FindCaptionsTest, SkipsBoilerplateImages) {
  const auto captions = CaptionsOf(
      "<aside><figure><img src=ad.jpg><figcaption>Sponsor logo</figcaption></figure></aside>"
      "<div class=wp-caption-text>Storm clouds over the bay.</div>");
  ASSERT_EQ(captions.size(), 1u);
  EXPECT_EQ(captions[0].text, "Storm clouds over the bay.");
}

}  // namespace
}  // namespace newsift::metadata
