#include "newsift/metadata/title_parts.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

TEST(SiteNamesTest, NamesAndHosts) {
  SiteNames site;
  site.AddName("The Daily Planet");
  site.AddUrl("https://www.daily-planet.co.uk/news/story");
  EXPECT_TRUE(site.Matches("the daily planet"));
  EXPECT_TRUE(site.Matches("daily planet"));        // the host, spaces aside
  EXPECT_TRUE(site.Matches("dailyplanet online"));  // host + "online"
  EXPECT_FALSE(site.Matches("planet"));
  EXPECT_FALSE(site.Matches("storm hits coast"));
}

TEST(SiteNamesTest, NamesSpacesAside) {
  SiteNames site;
  site.AddName("Home Planner");
  EXPECT_TRUE(site.Matches("homeplanner"));
  EXPECT_FALSE(site.Matches("home"));
}

TEST(SplitTitleTest, SeparatorsAndSiteParts) {
  SiteNames site;
  site.AddName("Daily Planet");
  const auto parts = SplitTitle("Storm hits coast - Local | Daily Planet", site);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].text, "Storm hits coast");
  EXPECT_FALSE(parts[0].names_site);
  EXPECT_EQ(parts[1].text, "Local");
  EXPECT_TRUE(parts[2].names_site);
  // Hyphens inside words are not separators; in CJK titles "_" is.
  EXPECT_EQ(SplitTitle("Cross-country moving", site).size(), 1u);
  EXPECT_EQ(SplitTitle("江北城际铁路今日开通运营_交通_江北新闻网", site).size(), 3u);
}

TEST(StripSitePartsTest, DropsSiteSectionsAndDomains) {
  SiteNames none;
  EXPECT_EQ(StripSiteSuffix("Storm hits coast | Daily Planet", ""), "Storm hits coast");
  EXPECT_EQ(StripSiteSuffix("Daily Planet | Storm hits coast", "Daily Planet"), "Storm hits coast");
  EXPECT_EQ(StripSiteParts("Storm hits coast | Opinion | dailyplanet.example", none),
            "Storm hits coast");
  EXPECT_EQ(StripSiteParts("dailyplanet.example Storm hits coast", none), "Storm hits coast");
  // A long part after the separator is a subtitle, not a site.
  EXPECT_EQ(StripSiteParts("Q&A - what the storm means for the harbour", none),
            "Q&A - what the storm means for the harbour");
  // The longest part stays even when it is last.
  EXPECT_EQ(StripSiteSuffix("Storm hits coast", "Daily Planet"), "Storm hits coast");
}

TEST(StripPipedPartsTest, VisibleHeadlineTails) {
  SiteNames site;
  site.AddName("Daily Planet");
  EXPECT_EQ(StripPipedParts("Storm hits coast | Opinion", site), "Storm hits coast");
  EXPECT_EQ(StripPipedParts("Storm hits coast – Daily Planet", site), "Storm hits coast");
  EXPECT_EQ(StripPipedParts("Storm hits coast – and what comes next", site),
            "Storm hits coast – and what comes next");
  EXPECT_EQ(StripPipedParts("30.11. | Book of the week", site), "30.11. | Book of the week");
  EXPECT_EQ(
      StripPipedParts("Best cameras of 2025 | The best mirrorless cameras on the market", site),
      "Best cameras of 2025 | The best mirrorless cameras on the market");
}

TEST(CleanSiteNameTest, DropsTaglines) {
  EXPECT_EQ(CleanSiteName("Daily Planet - News you can trust since 1901"), "Daily Planet");
  EXPECT_EQ(CleanSiteName("Daily Planet"), "Daily Planet");
  EXPECT_EQ(CleanSiteName("Q&amp;A Weekly"), "Q&A Weekly");
}

TEST(CleanSiteNameTest, AnAddressNamesTheSiteByItsHost) {
  EXPECT_EQ(CleanSiteName("http://news.example.com/"), "news.example.com");
  EXPECT_EQ(CleanSiteName("HTTPS://www.example.org/home?x=1"), "www.example.org");
}

}  // namespace
}  // namespace newsift::metadata
