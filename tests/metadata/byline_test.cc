#include "newsift/metadata/byline.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

using Names = std::vector<std::string>;

TEST(ParseBylineTest, PrefixesAndSeparators) {
  EXPECT_EQ(ParseByline("By Jane Doe"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe and John Roe"), (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(ParseByline("Jane Doe, John Roe & Ann Poe"),
            (Names{"Jane Doe", "John Roe", "Ann Poe"}));
  EXPECT_EQ(ParseByline("Von Max Mustermann und Erika Musterfrau"),
            (Names{"Max Mustermann", "Erika Musterfrau"}));
  EXPECT_EQ(ParseByline("Par Jean Dupont et Marie Curie"), (Names{"Jean Dupont", "Marie Curie"}));
  EXPECT_EQ(ParseByline("作者：王伟、陈静"), (Names{"王伟", "陈静"}));
  EXPECT_EQ(ParseByline("Written by: Ana Souza"), (Names{"Ana Souza"}));
  EXPECT_EQ(ParseByline("ByTravis Haney"), (Names{"Travis Haney"}));  // glued on
  EXPECT_EQ(ParseByline("Byby JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL"),
            (Names{"JOSH HASKELL", "DAVID CAPLAN", "PATRICK REEVELL"}));
  EXPECT_EQ(ParseByline("Veröffentlicht vonChris Jung"), Names{});  // no space: not a prefix
}

TEST(ParseBylineTest, DropsRolesDatesAndWhatFollows) {
  EXPECT_EQ(ParseByline("By Jane Doe, Staff Writer"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe | 5 min read"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("By Jane Doe for Daily Mail Australia"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("Jane Doe Updated 10:45 AM"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("Von Isabel Roth am Samstag, 19. Oktober 2019"), (Names{"Isabel Roth"}));
  EXPECT_EQ(ParseByline("Luke Kim December 17, 2025"), (Names{"Luke Kim"}));
  EXPECT_EQ(ParseByline("By Theresa May"), (Names{"Theresa May"}));  // no number after "May"
  EXPECT_EQ(ParseByline("Christoph Hein Chefredakteur"), (Names{"Christoph Hein"}));
  EXPECT_EQ(ParseByline("Sam Stein Senior Politics Editor"), (Names{"Sam Stein"}));
  EXPECT_EQ(ParseByline("By Paul Frew, Home and Digital Security Expert"), (Names{"Paul Frew"}));
  EXPECT_EQ(ParseByline("Dylan Bailey, MS, RD, FAND"), (Names{"Dylan Bailey"}));
  EXPECT_EQ(ParseByline("Brian Truitt USA TODAY"), (Names{"Brian Truitt"}));
  EXPECT_EQ(ParseByline("Jane (Ann) Doe (@janedoe)"), (Names{"Jane Doe"}));
  EXPECT_EQ(ParseByline("Dr. Marna van der Merwe"), (Names{"Marna van der Merwe"}));
  EXPECT_EQ(ParseByline("Jane Doe Twitter Email"), (Names{"Jane Doe"}));
}

TEST(ParseBylineTest, NoPersonNoName) {
  EXPECT_EQ(ParseByline("jane@example.com"), Names{});
  EXPECT_EQ(ParseByline("Associated Press"), Names{});
  EXPECT_EQ(ParseByline("Von dpa"), Names{});
  EXPECT_EQ(ParseByline("By AOL Staff"), Names{});
  EXPECT_EQ(ParseByline("Britannica Editors"), Names{});
  EXPECT_EQ(ParseByline("The Texas Newsroom"), Names{});
  EXPECT_EQ(ParseByline("Updated 10:45 AM"), Names{});
  EXPECT_EQ(ParseByline("Name *"), Names{});
  EXPECT_EQ(ParseByline("David Fear's Most Recent Stories"), Names{});
}

TEST(ParseBylineTest, UserNamesOnlyWhenTheSourceSaysAuthor) {
  EXPECT_EQ(ParseByline("gizzmo"), Names{});
  EXPECT_EQ(ParseByline("gizzmo", {.allow_user_names = true}), (Names{"gizzmo"}));
  EXPECT_EQ(ParseByline("kirstin boatto", {.allow_user_names = true}), (Names{"kirstin boatto"}));
}

TEST(BylinePrefixTest, PrefixesAndLabels) {
  EXPECT_TRUE(HasBylinePrefix("By Jane Doe"));
  EXPECT_TRUE(HasBylinePrefix("Autor: Jan Nowak"));
  EXPECT_FALSE(HasBylinePrefix("Byron Smith"));
  EXPECT_FALSE(HasBylinePrefix("By"));
  EXPECT_TRUE(IsBylineLabel("Written by"));
  EXPECT_TRUE(IsBylineLabel("Author:"));
  EXPECT_FALSE(IsBylineLabel("Written by Jane Doe"));
}

TEST(LooksLikePersonNameTest, Basics) {
  EXPECT_TRUE(LooksLikePersonName("Jane Doe"));
  EXPECT_TRUE(LooksLikePersonName("Zoë O'Brien-Smith"));
  EXPECT_TRUE(LooksLikePersonName("Ludwig van Beethoven"));
  EXPECT_FALSE(LooksLikePersonName("https://example.com/jane"));
  EXPECT_FALSE(LooksLikePersonName("A very long string that is clearly a sentence and not a name"));
  EXPECT_FALSE(LooksLikePersonName("community grassroots marketing"));
  EXPECT_FALSE(LooksLikePersonName("R"));
}

TEST(LooksLikeOrganisationTest, Basics) {
  EXPECT_TRUE(LooksLikeOrganisation("Acme Media Group"));
  EXPECT_TRUE(LooksLikeOrganisation("AFP"));
  EXPECT_TRUE(LooksLikeOrganisation("dpa"));
  EXPECT_TRUE(LooksLikeOrganisation("example.com"));
  EXPECT_TRUE(LooksLikeOrganisation("The Commercial Appeal"));
  EXPECT_FALSE(LooksLikeOrganisation("Jane Doe"));
}

}  // namespace
}  // namespace newsift::metadata
