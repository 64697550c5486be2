#include "newsift/dom/tag.h"

#include <gtest/gtest.h>

namespace newsift::dom {
namespace {

TEST(TagTest, EveryTagRoundTripsThroughItsName) {
  for (int i = 1; i < static_cast<int>(Tag::kCount); ++i) {
    const Tag tag = static_cast<Tag>(i);
    const std::string_view name = ToString(tag);
    ASSERT_FALSE(name.empty()) << i;
    EXPECT_EQ(LookupTag(name), tag) << name;
  }
}

TEST(TagTest, UnknownNames) {
  EXPECT_EQ(LookupTag("my-widget"), Tag::kUnknown);
  EXPECT_EQ(LookupTag(""), Tag::kUnknown);
  EXPECT_EQ(LookupTag("DIV"), Tag::kUnknown);  // callers pass lower case
  EXPECT_EQ(ToString(Tag::kUnknown), "");
}

TEST(TagTest, HeadingLevels) {
  EXPECT_EQ(HeadingLevel(Tag::kH1), 1);
  EXPECT_EQ(HeadingLevel(Tag::kH6), 6);
  EXPECT_EQ(HeadingLevel(Tag::kP), 0);
  EXPECT_EQ(HeadingLevel(Tag::kHead), 0);
}

}  // namespace
}  // namespace newsift::dom
