#include "newsift/text/utf8.h"

#include <gtest/gtest.h>

namespace newsift::text {
namespace {

TEST(Utf8Test, DecodesAndEncodesCodePoints) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
  size_t pos = 0;
  EXPECT_EQ(NextCodePoint(s, &pos), U'a');
  EXPECT_EQ(NextCodePoint(s, &pos), U'\u00E9');
  EXPECT_EQ(NextCodePoint(s, &pos), U'\u20AC');
  EXPECT_EQ(NextCodePoint(s, &pos), U'\U0001F600');
  EXPECT_EQ(pos, s.size());
  std::string out;
  for (char32_t cp : {U'a', U'\u00E9', U'\u20AC', U'\U0001F600'}) AppendCodePoint(cp, &out);
  EXPECT_EQ(out, s);
  EXPECT_EQ(CountCodePoints(s), 4u);
}

TEST(Utf8Test, MeasureCountsDenseScriptsHeavier) {
  const TextStats latin = MeasureText("Hello, world.");
  EXPECT_EQ(latin.words, 2u);
  EXPECT_EQ(latin.punctuation, 2u);
  EXPECT_EQ(latin.weighted_length, 13u);
  const TextStats chinese = MeasureText("\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82");  // 中文。
  EXPECT_EQ(chinese.dense, 2u);            // the full stop counts as punctuation
  EXPECT_EQ(chinese.weighted_length, 7u);  // 3 + 3 + 1
  EXPECT_EQ(chinese.punctuation, 1u);
}

TEST(Utf8Test, TrimAndCollapse) {
  EXPECT_EQ(Trim("  \xC2\xA0 x y \n"), "x y");
  EXPECT_EQ(CollapseWhitespace(" a \n\t b\xC2\xA0\xC2\xA0 c "), "a b c");
}

TEST(Utf8Test, FoldForComparison) {
  EXPECT_EQ(FoldForComparison("  Stra\xC3\x9F"
                              "e  IST "),
            "strasse ist");
  EXPECT_EQ(FoldForComparison("\xEF\xBC\xA1\xEF\xBC\xA2"), "ab");  // full-width ＡＢ
}

// ASCII text takes a path without ICU; it must fold as NFKC_Casefold does.
TEST(Utf8Test, FoldForComparisonAscii) {
  EXPECT_EQ(FoldForComparison(" \tBREAKING:\n  Storm Hits  Coast\r\n"),
            "breaking: storm hits coast");
  EXPECT_EQ(FoldForComparison("A-Z[]^_`{|}~\x7F"
                              "09"),
            "a-z[]^_`{|}~\x7F"
            "09");
  EXPECT_EQ(FoldForComparison(""), "");
  // One non-ASCII byte sends the whole text through ICU.
  EXPECT_EQ(FoldForComparison("Caf\xC3\x89  NEWS"), "caf\xC3\xA9 news");
}

TEST(Utf8Test, AsciiCaseHelpers) {
  EXPECT_EQ(AsciiLower("AbC-\xC3\x89"), "abc-\xC3\x89");
  EXPECT_TRUE(EqualsIgnoringAsciiCase("Foo", "fOO"));
  EXPECT_TRUE(StartsWithIgnoringAsciiCase("READ more", "read"));
  EXPECT_FALSE(StartsWithIgnoringAsciiCase("re", "read"));
}

}  // namespace
}  // namespace newsift::text
