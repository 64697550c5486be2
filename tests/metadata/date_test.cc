#include "newsift/metadata/date.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

std::string Iso(std::string_view s) {
  const auto dt = ParseIsoDateTime(s);
  return dt ? dt->ToIso() : "none";
}

TEST(ParseIsoDateTimeTest, PrecisionFollowsTheInput) {
  EXPECT_EQ(Iso("2019-10-10"), "2019-10-10");
  EXPECT_EQ(Iso("2019-10-10T07:51"), "2019-10-10T07:51:00");
  EXPECT_EQ(Iso("2019-10-10T07:51:00"), "2019-10-10T07:51:00");
  EXPECT_EQ(Iso("2019-10-10T07:51:00+05:30"), "2019-10-10T07:51:00+05:30");
  EXPECT_EQ(Iso("2019-10-10T07:51:00.123Z"), "2019-10-10T07:51:00+00:00");
  EXPECT_EQ(Iso("2019-10-10 07:51:00 -0400"), "2019-10-10T07:51:00-04:00");
  EXPECT_EQ(Iso("20191010"), "2019-10-10");
  EXPECT_EQ(Iso("2019/1/5"), "2019-01-05");
}

TEST(ParseIsoDateTimeTest, RejectsImpossibleDates) {
  EXPECT_EQ(Iso("2019-02-30"), "none");
  EXPECT_EQ(Iso("2019-13-01"), "none");
  EXPECT_EQ(Iso("Tuesday"), "none");
  EXPECT_EQ(Iso("2019-10-100"), "none");
  EXPECT_EQ(Iso("2020-02-29"), "2020-02-29");
}

TEST(DateFromUrlTest, PathPatterns) {
  EXPECT_EQ(DateFromUrl("https://x.com/2019/10/10/storm")->ToIso(), "2019-10-10");
  EXPECT_EQ(DateFromUrl("https://x.com/news/2019-10-10-storm.html")->ToIso(), "2019-10-10");
  EXPECT_EQ(DateFromUrl("https://x.com/20191010/storm")->ToIso(), "2019-10-10");
  EXPECT_EQ(DateFromUrl("https://x.com/a%2Farticles%2F2025-12-15%2Bslug")->ToIso(), "2025-12-15");
  EXPECT_EQ(DateFromUrl("https://x.com/blog/2023/october/03/wine")->ToIso(), "2023-10-03");
  EXPECT_EQ(DateFromUrl("https://x.com/2023/oct/03/wine")->ToIso(), "2023-10-03");
  EXPECT_FALSE(DateFromUrl("https://x.com/2023/octopus/03/wine"));
  EXPECT_FALSE(DateFromUrl("https://x.com/story/123456789"));
  EXPECT_FALSE(DateFromUrl("https://2019.10.10.example/x"));
}

TEST(DateBoundsTest, RejectsTheFutureAndTheDistantPast) {
  DateBounds bounds;
  bounds.latest = CivilDate{2024, 3, 5};
  EXPECT_TRUE(bounds.Contains({2024, 3, 5}));
  EXPECT_TRUE(bounds.Contains({2024, 3, 6}));  // one day of time-zone slack
  EXPECT_FALSE(bounds.Contains({2024, 3, 7}));
  EXPECT_FALSE(bounds.Contains({1989, 12, 31}));
}

TEST(ParseCivilDateTest, OnlyPlainDays) {
  EXPECT_EQ(ParseCivilDate("2026-11-29"), (CivilDate{2026, 11, 29}));
  EXPECT_FALSE(ParseCivilDate("2026-11-29T10:00"));
  EXPECT_FALSE(ParseCivilDate("yesterday"));
}

}  // namespace
}  // namespace newsift::metadata
