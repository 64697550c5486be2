#include "newsift/metadata/date_words.h"

#include <gtest/gtest.h>

#include "metadata/date_words_table_internal.h"

namespace newsift::metadata {
namespace {

TEST(DateWordsTest, MonthsAndWeekdaysOfManyLanguages) {
  EXPECT_EQ(LookupDateWord("Oktober", "de").month, 10);
  EXPECT_EQ(LookupDateWord("MÄRZ", "de").month, 3);
  EXPECT_EQ(LookupDateWord("marz", "de").month, 3);  // accents dropped
  EXPECT_EQ(LookupDateWord("févr", "fr").month, 2);
  EXPECT_EQ(LookupDateWord("Sept", "en").month, 9);
  EXPECT_EQ(LookupDateWord("октября", "ru").month, 10);
  EXPECT_EQ(LookupDateWord("października", "pl").month, 10);
  EXPECT_TRUE(LookupDateWord("Tuesday", "en").weekday);
  EXPECT_TRUE(LookupDateWord("Thurs", "en").weekday);
  // The Solar Hijri month Mehr, typed with the Arabic yeh.
  const DateWord mehr = LookupDateWord("مهر", "fa");
  EXPECT_EQ(mehr.month, 7);
  EXPECT_TRUE(mehr.persian);
  EXPECT_EQ(LookupDateWord("harbour", "en").month, 0);
  EXPECT_FALSE(LookupDateWord("harbour", "en").weekday);
}

TEST(DateWordsTest, ThePageLanguageSettlesAWordOfTwoMeanings) {
  // "mar": March in English and Spanish, Tuesday ("mardi") in French.
  EXPECT_EQ(LookupDateWord("mar", "es").month, 3);
  EXPECT_TRUE(LookupDateWord("mar", "fr").weekday);
  // Without the language, the most common language's meaning.
  EXPECT_EQ(LookupDateWord("mar", "").month, 3);
}

TEST(DateWordsTest, GeneratedTableIsSortedForBinarySearch) {
  using internal::kDateWordEntries;
  ASSERT_GT(internal::kDateWordEntryCount, 1000u);
  for (size_t i = 1; i < internal::kDateWordEntryCount; ++i) {
    ASSERT_LE(kDateWordEntries[i - 1].folded, kDateWordEntries[i].folded) << i;
  }
  for (size_t i = 0; i < internal::kDateWordEntryCount; ++i) {
    ASSERT_LT(kDateWordEntries[i].language, internal::kDateWordLanguageCount);
  }
}

}  // namespace
}  // namespace newsift::metadata
