#include "newsift/cli/progress.h"

#include <gtest/gtest.h>

namespace newsift::cli {
namespace {

TEST(FormatCountTest, ThousandsSeparators) {
  EXPECT_EQ(FormatCount(0), "0");
  EXPECT_EQ(FormatCount(999), "999");
  EXPECT_EQ(FormatCount(1000), "1,000");
  EXPECT_EQ(FormatCount(12345), "12,345");
  EXPECT_EQ(FormatCount(1234567), "1,234,567");
}

TEST(FormatDurationTest, Units) {
  EXPECT_EQ(FormatDuration(0.42), "0.4 s");
  EXPECT_EQ(FormatDuration(38.2), "38 s");
  EXPECT_EQ(FormatDuration(125), "2 min 05 s");
  EXPECT_EQ(FormatDuration(3725), "1 h 02 min");
  EXPECT_EQ(FormatDuration(-1), "0.0 s");
}

TEST(FormatSummaryTest, TheIssuesExample) {
  RunCounts counts;
  counts.extracted = 12001;
  counts.failed = 344;
  EXPECT_EQ(FormatSummary(counts, 38), "12,345 pages, 12,001 extracted, 344 failed, 38 s\n");
}

TEST(FormatSummaryTest, OptionalParts) {
  RunCounts counts;
  counts.extracted = 1;
  counts.up_to_date = 11000;
  counts.not_pages = 1;
  counts.interrupted = true;
  EXPECT_EQ(FormatSummary(counts, 0.05),
            "1 page, 1 extracted, 0 failed, 11,000 up to date, 1 file not a page, "
            "interrupted, 0.1 s\n");
}

TEST(FormatProgressTest, RateAndEtaOnceMeaningful) {
  RunCounts counts;
  counts.inputs_total = 12345;
  EXPECT_EQ(FormatProgress(counts, 0.2), "0/12,345");
  counts.inputs_done = 1234;
  counts.extracted = 1231;
  counts.failed = 3;
  EXPECT_EQ(FormatProgress(counts, 3), "1,234/12,345  411 pages/s  3 failed  ETA 0:27");
  counts.inputs_done = 12345;
  EXPECT_EQ(FormatProgress(counts, 30), "12,345/12,345  41 pages/s  3 failed");
}

}  // namespace
}  // namespace newsift::cli
