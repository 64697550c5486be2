#include "newsift/classify/linked_content.h"

#include <string>

#include <gtest/gtest.h>

#include "newsift/classify/content.h"

namespace newsift::classify {
namespace {

// The kept text, blocks joined by " | ".
std::string KeptText(const std::string& html) {
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

std::string Review(int i) {
  return "<p>Inn number " + std::to_string(i) +
         " sits right on the quay, with eleven rooms, a small bar and breakfast served until "
         "noon; the owners rent out bicycles too.</p>";
}

TEST(LinkedContentTest, ALinkedHeadingOverKeptTextIsKept) {
  // A listicle: each entry's name links to the place's own site.
  std::string html = "<body><nav><a href=/>Home</a></nav><article><h1>The best inns</h1>";
  for (int i = 1; i <= 4; ++i) {
    html += "<h2><a href=https://inn" + std::to_string(i) + ".example>" + std::to_string(i) +
            ". The Harbour Inn</a></h2>" + Review(i);
  }
  html += "</article></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("3. The Harbour Inn | Inn number 3"), std::string::npos) << kept;
}

// A ranking's stars between each linked name and its text are not text
// (pictographs only); the name still heads the text under them.
TEST(LinkedContentTest, ALinkedHeadingOverStarsAndTextIsKept) {
  std::string html = "<body><nav><a href=/>Home</a></nav><article><h1>The best inns</h1>";
  for (int i = 1; i <= 4; ++i) {
    html += "<h3><a href=https://inn" + std::to_string(i) + ".example>" + std::to_string(i) +
            ". The Harbour Inn</a></h3><div class=stars>\u2605\u2605\u2605\u2605\u2606</div>" +
            Review(i);
  }
  html += "</article></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("3. The Harbour Inn | Inn number 3"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("\u2605"), std::string::npos) << kept;
}

// A card linking another story (picture and headline in one link)
// between the paragraphs is a teaser, not a heading of the text.
TEST(LinkedContentTest, ACardBetweenParagraphsIsNotAHeading) {
  std::string html = "<body><article><h1>The best inns</h1>" + Review(1) +
                     "<div class=card><a href=/other><img src=x.jpg><div><h4>Ferry fares "
                     "rise again this winter</h4></div></a></div>";
  for (int i = 2; i <= 4; ++i) html += Review(i);
  html += "</article></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Inn number 2"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Ferry fares"), std::string::npos) << kept;
}

TEST(LinkedContentTest, TeaserHeadlinesOverDroppedBlurbsStayDropped) {
  std::string html = "<body><article>";
  for (int i = 1; i <= 5; ++i) html += Review(i);
  html += "<ul class=more>";
  for (int i = 1; i <= 4; ++i) {
    html += "<li><h3><a href=/story" + std::to_string(i) +
            ">Another story about the harbour and its inns</a></h3></li>";
  }
  html += "</ul></article></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Inn number 5"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Another story"), std::string::npos) << kept;
}

TEST(LinkedContentTest, ALinkedItemOfAKeptListIsKept) {
  std::string html = "<body><article>";
  for (int i = 1; i <= 4; ++i) html += Review(i);
  html +=
      "<ul><li>Rain jacket</li><li>Warm hat</li><li><a href=/shop/tent>Tent</a></li>"
      "<li>Head torch</li></ul>";
  html += Review(5) + "</article></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Warm hat | Tent | Head torch"), std::string::npos) << kept;
}

TEST(LinkedContentTest, ALinkListStaysDropped) {
  std::string html = "<body><article>";
  for (int i = 1; i <= 4; ++i) html += Review(i);
  html +=
      "<ul><li><a href=/a>Harbour</a></li><li><a href=/b>Inns</a></li>"
      "<li><a href=/c>Bicycles</a></li></ul>";
  html += Review(5) + "</article></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Inn number 5"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Bicycles"), std::string::npos) << kept;
}

TEST(LinkedContentTest, ALinkedValueOfAKeptDefinitionListIsKept) {
  // A guidebook's details: the topics link to their shelves.
  std::string html =
      "<body><article><dl><dt>Topics</dt><dd><a href=/t/inns>Inns</a>, "
      "<a href=/t/harbours>Harbours</a></dd><dt>Pages</dt><dd>212</dd>"
      "<dt>Published</dt><dd>Spring 2024</dd></dl>";
  for (int i = 1; i <= 4; ++i) html += Review(i);
  html += "</article></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Topics | Inns, Harbours | Pages"), std::string::npos) << kept;
}

}  // namespace
}  // namespace newsift::classify
