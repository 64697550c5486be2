#include "newsift/metadata/field_text.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

TEST(DecodeEntitiesTest, NumericNamedAndDoubleEncoded) {
  EXPECT_EQ(DecodeEntities("Traveler&#8217;s guide"), "Traveler’s guide");
  EXPECT_EQ(DecodeEntities("Python, SQL &#x26; AI"), "Python, SQL & AI");
  EXPECT_EQ(DecodeEntities("Q&amp;amp;A &ndash; part two"), "Q&A – part two");
  EXPECT_EQ(DecodeEntities("&#146;quoted&#148;"), "’quoted”");  // windows-1252 numbers
  EXPECT_EQ(DecodeEntities("AT&T &unknown; & more"), "AT&T &unknown; & more");
  EXPECT_EQ(DecodeEntities("&#0; &#x110000; &#"), "\xEF\xBF\xBD \xEF\xBF\xBD &#");
}

TEST(DecodeEntitiesTest, AllOfHtml4sNames) {
  EXPECT_EQ(DecodeEntities("asegur&oacute; que el r&eacute;gimen &Uuml;ber &szlig; &sigma;"),
            "aseguró que el régimen Über ß σ");
  EXPECT_EQ(DecodeEntities("&Oacute; &oacute; &notaname; &OACUTE;"), "Ó ó &notaname; &OACUTE;");
}

TEST(CleanDescriptionTest, HtmlSourceLosesItsTags) {
  EXPECT_EQ(CleanDescription("<p>We&#8217;re excited to introduce <strong>Mini</strong>-SGLang, "
                             "a <a href=\"/x\">fast</a> server.</p><p>More.</p>"),
            "We’re excited to introduce Mini-SGLang, a fast server. More.");
  EXPECT_EQ(CleanDescription("&lt;p&gt;A NEW soap starring &lt;i&gt;Neighbours&lt;/i&gt; "
                             "star&lt;/p&gt;"),
            "A NEW soap starring Neighbours star");
  // Text that only looks like it: left as written.
  EXPECT_EQ(CleanDescription("Why 3 < 4 and 5 > 2 &amp; more"), "Why 3 < 4 and 5 > 2 & more");
  EXPECT_EQ(CleanDescription("Plain  text"), "Plain text");
}

TEST(CleanFieldTextTest, DropsInvisibleCharactersAndCollapsesSpace) {
  EXPECT_EQ(CleanFieldText("Mes\xC2\xADsen\xC2\xADger  \n dienst&nbsp;e"), "Messenger dienst e");
  EXPECT_EQ(CleanFieldText("\xEF\xBB\xBFZero\xE2\x80\x8Bwidth"), "Zerowidth");
}

TEST(MatchKeyTest, WordsAsideFromPunctuationCaseAndQuotes) {
  EXPECT_EQ(MatchKey("Budget Traveler’s Guide!"), "budget traveler s guide");
  EXPECT_EQ(MatchKey("budget traveler's  guide"), "budget traveler s guide");
  EXPECT_EQ(MatchKey("ÜBER DIE BRÜCKE"), MatchKey("über die Brücke"));
  EXPECT_EQ(MatchKey("— | —"), "");
  EXPECT_EQ(KeyWords(MatchKey("Storm hits coast")), 3u);
  EXPECT_EQ(KeyWords(""), 0u);
}

TEST(KeyContainsTest, WholeWordsOnly) {
  size_t before = 0;
  size_t after = 0;
  EXPECT_TRUE(KeyContains("local news storm hits coast", "storm hits coast", &before, &after));
  EXPECT_EQ(before, 2u);
  EXPECT_EQ(after, 0u);
  EXPECT_TRUE(KeyContains("storm hits coast opinion", "storm hits coast", &before, &after));
  EXPECT_EQ(before, 0u);
  EXPECT_EQ(after, 1u);
  EXPECT_FALSE(KeyContains("brainstorm hits coast", "storm hits coast", &before, &after));
  EXPECT_FALSE(KeyContains("storm", "storm hits", &before, &after));
}

TEST(SliceWordsTest, KeepsTouchingQuotesAndPunctuation) {
  EXPECT_EQ(SliceWords("Local News | “Storm hits coast,” officials say?", 2, 3),
            "“Storm hits coast,”");
  EXPECT_EQ(SliceWords("Dec 18 2025 Preparing a transition", 3, 3), "Preparing a transition");
  EXPECT_EQ(SliceWords("Why now? Because", 0, 2), "Why now?");
  EXPECT_EQ(SliceWords("two words", 1, 5), "");
  EXPECT_EQ(GapBeforeWord("Local News | Storm", 2), " | ");
}

}  // namespace
}  // namespace newsift::metadata
