#include "newsift/text/phrase_set.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace newsift::text {
namespace {

constexpr std::string_view kPhrases[] = {"read more", "newsletter", "über uns", "x", ""};

TEST(PhraseSetTest, FindsAnyPhraseAnywhereAsFindWould) {
  const PhraseSet set(kPhrases);
  EXPECT_TRUE(set.FoundIn("read more"));
  EXPECT_TRUE(set.FoundIn("please read more here"));
  EXPECT_TRUE(set.FoundIn("our newsletters"));  // inside a word, as find() finds it
  EXPECT_TRUE(set.FoundIn("mehr über uns"));
  EXPECT_TRUE(set.FoundIn("a text ending in x"));  // a one-byte phrase, last byte
  EXPECT_FALSE(set.FoundIn("read mor"));
  EXPECT_FALSE(set.FoundIn("news letter"));
  EXPECT_FALSE(set.FoundIn(""));
  EXPECT_FALSE(set.FoundIn("r"));
}

TEST(PhraseSetTest, AgreesWithOneSearchPerPhrase) {
  constexpr std::string_view kNotices[] = {"you must be logged in", "log in to comment", "ab",
                                           "bab"};
  const PhraseSet set(kNotices);
  const std::string alphabet = "ab lgouinmt";
  // Every text of up to five letters of a small alphabet.
  std::string text;
  for (int n = 0; n < 161051; ++n) {  // 11^5
    text.clear();
    for (int k = n; k > 0; k /= 11) text.push_back(alphabet[static_cast<size_t>(k % 11)]);
    bool expected = false;
    for (std::string_view phrase : kNotices) {
      expected = expected || text.find(phrase) != std::string::npos;
    }
    ASSERT_EQ(set.FoundIn(text), expected) << text;
  }
}

}  // namespace
}  // namespace newsift::text
