#include "newsift/metadata/headline.h"

#include <gtest/gtest.h>

namespace newsift::metadata {
namespace {

std::optional<std::string> HeadlineOf(std::string_view html) {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  return FindHeadline(doc.value(), content, meta, ParseJsonLd(meta.json_ld)).text;
}

// `head` goes into <head>, `body` into <body>.
std::optional<std::string> HeadlineOf(std::string_view head, std::string_view body) {
  return HeadlineOf("<html><head>" + std::string(head) + "</head><body>" + std::string(body) +
                    "</body></html>");
}

TEST(FindHeadlineTest, PrefersTheConfirmedH1OverTitle) {
  EXPECT_EQ(HeadlineOf("<title>Storm hits coast | Daily Planet</title><body>"
                       "<h1 class=logo>Daily Planet</h1><article><h1>Storm hits coast</h1>"
                       "<p>Long enough paragraph of article text, with a comma.</p></article>"),
            "Storm hits coast");
}

TEST(FindHeadlineTest, FallsBackToOgTitleWithoutSuffix) {
  EXPECT_EQ(HeadlineOf("<meta property=og:title content=\"Storm hits coast - Daily Planet\">"
                       "<meta property=og:site_name content=\"Daily Planet\"><p>Text.</p>"),
            "Storm hits coast");
}

constexpr std::string_view kBody =
    "<p>The council voted on Tuesday night to build a new library on the site of the old fire "
    "station, ending a debate that has gone on for almost three years in the town.</p>";

TEST(FindHeadlineTest, ElementNamedHeadlineWhenThePageStatesNoTitle) {
  // No <title>, og:title, JSON-LD or h1: the element the page names as the
  // article's headline, past a teaser ("mainheadline") and a list
  // ("headlines").
  EXPECT_EQ(HeadlineOf("",
                       "<table><tr><td><div class=mainheadline>Ten things to do this "
                       "weekend</div><ul class=headlines><li>Other story one</li></ul></td>"
                       "<td><div class=article_headline><b>Library vote ends long "
                       "debate</b></div>" +
                           std::string(kBody) + "</td></tr></table>"),
            "Library vote ends long debate");
  EXPECT_EQ(HeadlineOf("", "<div class=mainheadline>Ten things to do this weekend</div>" +
                               std::string(kBody)),
            std::nullopt);
}

TEST(FindHeadlineTest, DateInItsOwnElementAtTheEndOfTheHeading) {
  // Whatever the title says, or without one.
  for (std::string_view head :
       {"", "<title>Daily Planet - Library vote ends long debate</title>"}) {
    EXPECT_EQ(HeadlineOf(head,
                         "<h1>Library vote ends long debate <div "
                         "class=storydate>(17/03/2008)</div></h1>" +
                             std::string(kBody)),
              "Library vote ends long debate")
        << head;
    EXPECT_EQ(HeadlineOf(head,
                         "<h1>Library vote ends long debate <time "
                         "datetime=2008-03-17>17 March 2008</time></h1>" +
                             std::string(kBody)),
              "Library vote ends long debate")
        << head;
  }
  // A last element that is no date stays: it is part of the headline.
  EXPECT_EQ(HeadlineOf("", "<h1>Library vote ends <em>long debate</em></h1>" + std::string(kBody)),
            "Library vote ends long debate");
}

TEST(FindHeadlineTest, CutsKickersAndSectionTails) {
  EXPECT_EQ(HeadlineOf("<title>Library vote ends long debate - Town Crier</title>",
                       "<article><h1><a href=/local>Local News | </a><span>Library vote ends "
                       "long debate</span></h1>" +
                           std::string(kBody) + "</article>"),
            "Library vote ends long debate");
  EXPECT_EQ(HeadlineOf("<article><h1><span class=kicker>Town hall</span> Library vote ends long "
                       "debate</h1>" +
                       std::string(kBody) + "</article>"),
            "Library vote ends long debate");
  EXPECT_EQ(HeadlineOf("<article><h1>Library vote ends long debate | Opinion</h1>" +
                       std::string(kBody) + "</article>"),
            "Library vote ends long debate");
  // Emphasis inside a headline is no boundary.
  EXPECT_EQ(HeadlineOf("<meta property=og:title content='Library vote'>",
                       "<article><h1>Library <em>vote</em>, at last</h1>" + std::string(kBody) +
                           "</article>"),
            "Library vote, at last");
}

TEST(FindHeadlineTest, SiteNameH1LosesToThePostTitle) {
  EXPECT_EQ(HeadlineOf("<title>Planting tulips | Rosa's Garden</title>",
                       "<header><h1 class=site-title><a href=/>Rosa's Garden</a></h1></header>"
                       "<article><h2 class=entry-title>Planting tulips</h2>" +
                           std::string(kBody) + "</article>"),
            "Planting tulips");
}

TEST(FindHeadlineTest, QuotesAndEntitiesDoNotMatter) {
  EXPECT_EQ(HeadlineOf("<meta property=og:title content='Traveler&amp;#8217;s guide | Site'>",
                       "<article><h1>Traveler's guide</h1>" + std::string(kBody) + "</article>"),
            "Traveler's guide");
  EXPECT_EQ(HeadlineOf("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                       "\"headline\":\"Traveler&#8217;s guide\"}</script><p>Text.</p>"),
            "Traveler’s guide");
}

TEST(FindHeadlineTest, TitlePartConfirmsAPlainBlock) {
  EXPECT_EQ(HeadlineOf("<title>Town Crier :: Local :: Library vote ends long debate</title>",
                       "<table><tr><td><b>Library vote ends long debate</b></td></tr><tr><td>" +
                           std::string(kBody) + "</td></tr></table>"),
            "Library vote ends long debate");
}

// An article whose headline is an h2, a newsletter pop-up's h1 before it
// and a pull quote's h1 in the body; no <title> or og:title to confirm.
TEST(FindHeadlineTest, NotAPopUpNorAPullQuote) {
  const std::string article =
      "<main><article><h2 class=title>Ferry timetable changes as crews are short</h2>"
      "<p>By Jane Doe</p>" +
      std::string(kBody) + std::string(kBody) +
      "<h1>\"We cannot staff the boats,\" the operator said.</h1>" + std::string(kBody) +
      "</article></main>";
  const std::string ferry = "Ferry timetable changes as crews are short";
  EXPECT_EQ(HeadlineOf("",
                       "<dialog open><h1>Get our free morning briefing every day</h1><form>"
                       "<input type=email></form></dialog>" +
                           article),
            ferry);
  EXPECT_EQ(HeadlineOf("",
                       "<div role=dialog><h1>Get our free morning briefing every day</h1>"
                       "</div>" +
                           article),
            ferry);
  EXPECT_EQ(HeadlineOf("",
                       "<div class=newsletter-signup><h1>Get our free morning briefing "
                       "every day</h1></div>" +
                           article),
            ferry);
  EXPECT_EQ(HeadlineOf("", article), ferry);
}

// An h1 that reads as a paragraph loses to the title the page states; a
// long one-sentence h1 without a stated title stays.
TEST(FindHeadlineTest, ParagraphInTheH1LosesToTheTitle) {
  const std::string body =
      "<article><h1>Find out which repairs pay off? Get tips from our builders on costs. We help "
      "you plan the whole project.</h1>" +
      std::string(kBody) + "</article>";
  EXPECT_EQ(HeadlineOf("<title>The 8 Repairs That Pay Off Most | Fixit</title><meta "
                       "property=og:site_name content=Fixit>",
                       body),
            "The 8 Repairs That Pay Off Most");
  EXPECT_EQ(HeadlineOf("<title>Harbour Pilot Strike Ends After Ten Days of Talks | Fixit</title>"
                       "<meta property=og:site_name content=Fixit>",
                       "<article><h1>Harbour Pilot Strike Ends After Ten Days of Talks</h1>" +
                           std::string(kBody) + "</article>"),
            "Harbour Pilot Strike Ends After Ten Days of Talks");
}

TEST(FindHeadlineTest, NoHeadlineAtAll) { EXPECT_EQ(HeadlineOf("<p>Text.</p>"), std::nullopt); }

}  // namespace
}  // namespace newsift::metadata
