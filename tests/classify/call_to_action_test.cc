#include "newsift/classify/call_to_action.h"

#include <string>

#include <gtest/gtest.h>

#include "newsift/classify/content.h"

namespace newsift::classify {
namespace {

// The kept text, blocks joined by " | ".
std::string KeptText(std::string_view html) {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const Content content = ClassifyContent(doc.value());
  std::string out;
  for (const ScoredBlock* b : content.Kept()) {
    if (!out.empty()) out += " | ";
    out += b->block.text;
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

// An article with `inner` between its second and third paragraphs.
std::string Article(std::string_view inner) {
  return std::string("<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><p>") +
         kPara1 + "</p><p>" + kPara2 + "</p>" + std::string(inner) + "<p>" + kPara3 +
         "</p></article></body>";
}

const std::string kStory = std::string(kPara1) + " | " + kPara2 + " | " + kPara3;

TEST(CallToActionTest, APitchOverItsButtonIsNotTheArticle) {
  EXPECT_EQ(KeptText(Article("<div class=box-7><p>Get your winter pass today and save on every "
                             "crossing with our app.</p><div class=\"wp-block-buttons\"><a "
                             "href=/pass>Get the pass</a></div></div>")),
            kStory);
  // The button named on its link, the pitch a heading, the offer twice.
  const std::string box =
      "<section><div><h4>Planning a trip? We can help you find the best fares.</h4></div>"
      "<p><a class=\"wp-element-button\" href=/fares>Find fares</a></p></section>";
  EXPECT_EQ(KeptText(Article(box + box)), kStory);
}

TEST(CallToActionTest, TheArticlesLastParagraphOverAPrintButtonStays) {
  const std::string html = std::string("<body><article><p>") + kPara1 + "</p><p>" + kPara2 +
                           "</p><p>Let us know what you think of the new timetable.</p>"
                           "<a class=button href=#print>Print</a></article></body>";
  EXPECT_EQ(KeptText(html), std::string(kPara1) + " | " + kPara2 +
                                " | Let us know what you think of the new timetable.");
}

TEST(CallToActionTest, CardsAndListsOfItemsStay) {
  // A card: a kept title over the text and its button.
  EXPECT_EQ(KeptText(Article("<div class=card><h3>Island pass</h3><p>Ride all winter with your "
                             "own pass.</p><a class=btn href=/p>Buy</a></div>")),
            std::string(kPara1) + " | " + kPara2 + " | Island pass | Ride all winter with your " +
                "own pass. | " + kPara3);
  // Three different texts over buttons: a list of items.
  std::string items;
  for (const char* text :
       {"A short crossing you can take twice a day.", "A longer crossing you can take on weekends.",
        "A night crossing you can take in summer."}) {
    items += std::string("<div><p>") + text + "</p><a class=btn href=/c>Book</a></div>";
  }
  EXPECT_EQ(KeptText(Article(items)),
            std::string(kPara1) + " | " + kPara2 +
                " | A short crossing you can take twice a day. | A longer crossing you can take "
                "on weekends. | A night crossing you can take in summer. | " +
                kPara3);
  // A description that speaks neither to the reader nor for the site.
  EXPECT_EQ(KeptText(Article("<div><p>The camera shows the harbour from the north pier.</p>"
                             "<a class=btn href=/cam>View camera</a></div>")),
            std::string(kPara1) + " | " + kPara2 +
                " | The camera shows the harbour from the north pier. | " + kPara3);
}

TEST(CallToActionTest, IsButton) {
  auto first_block_is_button = [](std::string_view html) {
    Result<dom::Document> doc = dom::ParseHtml(html);
    EXPECT_TRUE(doc.ok());
    const std::vector<TextBlock> blocks =
        CollectBlocks(doc.value(), doc.value().body(), std::vector<uint8_t>(doc.value().size(), 0));
    EXPECT_FALSE(blocks.empty());
    return !blocks.empty() && IsButton(doc.value(), blocks.front());
  };
  EXPECT_TRUE(first_block_is_button("<body><div class=btn-row><a href=/x>Apply now</a></div>"));
  EXPECT_TRUE(first_block_is_button("<body><p><a class=Button href=/x>Apply now</a></p>"));
  // Not a name for a button ("contact"), not all links, too many links.
  EXPECT_FALSE(first_block_is_button("<body><p><a class=contact href=/x>Write to us</a></p>"));
  EXPECT_FALSE(first_block_is_button("<body><p class=btn>Apply <a href=/x>now</a> or later</p>"));
  EXPECT_FALSE(first_block_is_button(
      "<body><p class=btn><a href=/a>Ferries</a> <a href=/b>Winter</a> <a href=/c>Isles</a></p>"));
}

}  // namespace
}  // namespace newsift::classify
