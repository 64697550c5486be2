#include "newsift/extract.h"

#include <string>

#include <gtest/gtest.h>

namespace newsift {
namespace {

// The body's blocks joined by " | ".
std::string BodyText(std::string_view html) {
  Result<Article> article = ExtractHtml(html);
  EXPECT_TRUE(article.ok());
  if (!article.ok()) return "";
  std::string out;
  for (const Block& block : article.value().body) {
    if (!out.empty()) out += " | ";
    out += block.text;
  }
  return out;
}

const char kPara1[] =
    "The ferry between Northby and Wester Isle will run all winter for the first time, the "
    "county said on Monday, after the new de-icing pontoons passed their last inspection.";
const char kPara2[] =
    "Until now the boats stopped in December. The operator expects about four hundred "
    "passengers a day in the coldest weeks, most of them commuters to the mainland.";
const char kPara3[] =
    "Tickets will cost the same as in summer, and the timetable keeps its hourly crossings "
    "from seven in the morning until nine at night, the operator's manager said.";

// A page by Dana Whitfield: `in_story` after the story's paragraphs, in
// their container, and `beside` in a box after the story's container.
std::string Page(std::string_view in_story, std::string_view beside) {
  return std::string(
             "<head><title>Ferries to run all winter</title>"
             "<meta name=author content=\"Dana Whitfield\"></head><body><main><div class=story>"
             "<h1>Ferries to run all winter</h1><div class=text><p>") +
         kPara1 + "</p><p>" + kPara2 + "</p><p>" + kPara3 + "</p>" + std::string(in_story) +
         "</div></div><div class=box><p>" + std::string(beside) + "</p></div></main></body>";
}

const std::string kStory = std::string(kPara1) + " | " + kPara2 + " | " + kPara3;

TEST(ExtractHtmlTest, AnAuthorBoxBesideTheStoryIsNotBody) {
  const std::string bio =
      "Dana is a freelance writer who has covered ferries, harbours and island life for "
      "regional papers since the late nineties.";
  EXPECT_EQ(BodyText(Page("", bio)), kStory);
  EXPECT_EQ(BodyText(Page("", "Dana Whitfield " + bio.substr(5))), kStory);
}

TEST(ExtractHtmlTest, ALineThatIsOnlyTheAuthorsNameIsNotBody) {
  EXPECT_EQ(BodyText(Page("<p>Dana Whitfield</p>", "")), kStory);
  EXPECT_EQ(BodyText(Page("<p>Follow Dana Whitfield</p>", "")), kStory);
  EXPECT_EQ(BodyText(Page("<p>More from Dana Whitfield</p>", "")), kStory);
}

TEST(ExtractHtmlTest, TheReportersLineInTheStoryStays) {
  const std::string line = "Dana Whitfield covers transport and the islands for the Courier.";
  EXPECT_EQ(BodyText(Page("<p>" + line + "</p>", "")), kStory + " | " + line);
}

}  // namespace
}  // namespace newsift
