#include "newsift/classify/labels.h"

#include <gtest/gtest.h>

namespace newsift::classify {
namespace {

TEST(LabelsTest, AdLabelsInManyLanguages) {
  for (const char* label : {"Advertisement", "ADVERTISEMENT", "- Advertisement -", "Anzeige",
                            "Werbung", "Publicidad", "Publicité", "Pubblicità", "Реклама", "广告",
                            "広告", "إعلان", "Sponsored", "Story continues below advertisement"}) {
    EXPECT_EQ(ClassifyLabel(label), LabelKind::kAdLabel) << label;
  }
}

TEST(LabelsTest, PromoLeadIns) {
  EXPECT_EQ(ClassifyLabel("Read more: Storms of the decade"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("READ MORE"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("RELATED: Flood maps explained"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("NOW WATCH: Briefing videos"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Lesen Sie auch: Der Sturm"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Next Article"), LabelKind::kPromo);
  EXPECT_EQ(ClassifyLabel("Click here to see all our flood coverage"), LabelKind::kPromo);
  for (const char* label : {"Recommended", "Most popular", "Trending", "Don't miss",
                            "Don’t miss: The tide tables", "Related: Flood maps"}) {
    EXPECT_EQ(ClassifyLabel(label), LabelKind::kPromo) << label;
  }
  EXPECT_EQ(ClassifyLabel("Visit Business Insider's homepage for more stories."),
            LabelKind::kPromo);
}

TEST(LabelsTest, ProseThatStartsLikeAPromoIsNotOne) {
  EXPECT_EQ(ClassifyLabel("Watch how the tide rises over the old harbour wall each spring."),
            LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("Related research has shown that the storms are getting stronger, "
                          "according to scientists at three universities who studied the data."),
            LabelKind::kNone);
  EXPECT_EQ(ClassifyLabel("The advertisement ran for three weeks."), LabelKind::kNone);
}

TEST(LabelsTest, WidgetsAndPlayerNotices) {
  EXPECT_EQ(ClassifyLabel("Share on Facebook"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("12 Comments"), LabelKind::kWidget);
  EXPECT_EQ(ClassifyLabel("Your browser does not support the video tag."),
            LabelKind::kPlayerNotice);
}

}  // namespace
}  // namespace newsift::classify
