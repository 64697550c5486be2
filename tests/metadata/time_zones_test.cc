#include "newsift/metadata/time_zones.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

std::optional<int> Offset(std::string_view name, std::string_view tag, std::string_view url = "",
                          CivilDate date = {2024, 1, 15}) {
  return ZoneOffset(name, PageLocale::From(tag, url), date, 12, 0);
}

TEST(ZoneOffsetTest, FixedNames) {
  EXPECT_EQ(Offset("UTC", ""), 0);
  EXPECT_EQ(Offset("EDT", ""), -240);
  EXPECT_EQ(Offset("CEST", ""), 120);
  EXPECT_EQ(Offset("MEZ", "de"), 60);
  EXPECT_EQ(Offset("AEST", ""), 600);
  EXPECT_EQ(Offset("NPT", ""), 345);
  EXPECT_FALSE(Offset("XYZ", ""));
}

TEST(ZoneOffsetTest, AmbiguousNamesFollowCountryThenLanguage) {
  EXPECT_EQ(Offset("IST", "en"), 330);
  EXPECT_EQ(Offset("IST", "en-IE"), 60);
  EXPECT_EQ(Offset("IST", "en", "https://www.example.ie/news/1"), 60);
  EXPECT_EQ(Offset("IST", "he"), 120);
  EXPECT_EQ(Offset("IST", "en", "https://news.example.co.il/a"), 120);
  EXPECT_EQ(Offset("CST", "en-US"), -360);
  EXPECT_EQ(Offset("CST", "zh-Hant-TW"), 480);
  EXPECT_EQ(Offset("BST", "en-GB"), 60);
  EXPECT_EQ(Offset("BST", "en", "https://example.com.bd/x"), 360);
  EXPECT_EQ(Offset("PST", "en-PH"), 480);
  EXPECT_EQ(Offset("AST", "ar"), 180);
  EXPECT_EQ(Offset("AST", "en-CA"), -240);
}

TEST(ZoneOffsetTest, GenericNamesFollowDaylightSaving) {
  EXPECT_EQ(Offset("ET", "", "", {2024, 1, 15}), -300);
  EXPECT_EQ(Offset("ET", "", "", {2024, 7, 15}), -240);
  EXPECT_EQ(Offset("PT", "", "", {2024, 7, 15}), -420);
}

TEST(PageLocaleTest, FromTagAndUrl) {
  const PageLocale a = PageLocale::From("en_GB", "");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.country, "GB");
  const PageLocale b = PageLocale::From("de", "https://www.zeitung.at/x");
  EXPECT_EQ(b.country, "AT");
  EXPECT_EQ(PageLocale::From("en", "https://news.example.co.uk/").country, "GB");
  EXPECT_EQ(PageLocale::From("en", "https://blog.example.io/").country, "");
  EXPECT_EQ(PageLocale::From("", "").language, "");
}

}  // namespace
}  // namespace newsift::metadata
