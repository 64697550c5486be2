#include "newsift/metadata/author.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

using Names = std::vector<std::string>;

TEST(ParseBylineTest, Forms) {
  EXPECT_EQ(ParseByline("By Jane Doe"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe and John Roe"), (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(ParseByline("Jane Doe, John Roe & Ann Poe"),
            (Names{"Jane Doe", "John Roe", "Ann Poe"}));
  EXPECT_EQ(ParseByline("Von Max Mustermann und Erika Musterfrau"),
            (Names{"Max Mustermann", "Erika Musterfrau"}));
  EXPECT_EQ(ParseByline("Par Jean Dupont et Marie Curie"), (Names{"Jean Dupont", "Marie Curie"}));
  EXPECT_EQ(ParseByline("By Jane Doe | 5 min read"), (Names{"Jane Doe"}));
}

TEST(ParseBylineTest, DropsRolesEmailsAndOrganisations) {
  EXPECT_EQ(ParseByline("By Jane Doe, Staff Writer"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("jane@example.com"), Names{});
  EXPECT_EQ(ParseByline("Associated Press"), Names{});
  EXPECT_EQ(ParseByline("Updated 10:45 AM"), Names{});
}

TEST(LooksLikePersonNameTest, Basics) {
  EXPECT_TRUE(LooksLikePersonName("Jane Doe"));
  EXPECT_TRUE(LooksLikePersonName("Zoë O'Brien-Smith"));
  EXPECT_FALSE(LooksLikePersonName("https://example.com/jane"));
  EXPECT_FALSE(LooksLikePersonName("A very long string that is clearly a sentence and not a name"));
}

}  // namespace
}  // namespace newsift::metadata
