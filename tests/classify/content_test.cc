#include "newsift/classify/content.h"

#include <string>

#include <gtest/gtest.h>

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
    "The council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.";
const char kPara2[] =
    "Work will start in spring and cost about four million euros, the mayor said at a meeting.";

std::string Article(std::string_view inner) {
  return std::string("<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><p>") +
         kPara1 + "</p>" + std::string(inner) + "<p>" + kPara2 + "</p></article></body>";
}

TEST(ClassifyContentTest, KeepsArticleParagraphs) {
  EXPECT_EQ(KeptText(Article("")), std::string(kPara1) + " | " + kPara2);
}

TEST(ClassifyContentTest, DropsBoilerplateInsideTheArticle) {
  for (const char* inner :
       {"<div class=\"ad-slot\">Advertisement</div>", "<p>Advertisement</p>",
        "<div id=\"cookie-consent\"><p>We use cookies on this site to improve your experience, "
        "do you accept?</p></div>",
        "<div class=\"share-bar\"><a href=#>Facebook</a><a href=#>Twitter</a></div>",
        "<p><strong>Read more:</strong> <a href=/x>Another story about storms</a></p>",
        "<div class=\"related-articles\"><p>A related story with a long teaser sentence that "
        "goes on.</p></div>",
        "<div style=\"display:none\">Hidden text that should never show up.</div>",
        "<figure><img src=a.jpg><figcaption>The harbour wall.</figcaption></figure>"}) {
    EXPECT_EQ(KeptText(Article(inner)), std::string(kPara1) + " | " + kPara2) << inner;
  }
}

TEST(ClassifyContentTest, SparesAHintedContainerHoldingMostOfThePage) {
  const std::string html = std::string("<body><div class=\"sidebar-layout\"><p>") + kPara1 +
                           "</p><p>" + kPara2 + "</p></div></body>";
  EXPECT_EQ(KeptText(html), std::string(kPara1) + " | " + kPara2);
}

TEST(ClassifyContentTest, CommentsAreNotBody) {
  const std::string html = Article("") +
                           "<div id=\"comments\"><p>I think this is a terrible idea and the "
                           "council should resign, frankly.</p></div>";
  EXPECT_EQ(KeptText(html), std::string(kPara1) + " | " + kPara2);
}

std::string LongParagraph(int i) {
  return "<p>Paragraph " + std::to_string(i) +
         " of the story: the harbour wall will be rebuilt with stone from the old quarry, "
         "and the work will take most of the year, the engineers said.</p>";
}

TEST(ClassifyContentTest, ALinkListEndsTheArticle) {
  // Testimonials beside the article are prose too; the "more videos" list
  // between them ends the article.
  std::string html = "<body><div class=site><main><article><h1>Harbour wall to be rebuilt</h1>";
  for (int i = 0; i < 6; ++i) html += LongParagraph(i);
  html += "</article></main></div><div class=bar><h2>More videos</h2>";
  for (int i = 0; i < 4; ++i) {
    html += "<h3><a href=/v" + std::to_string(i) + ">A video about something else</a></h3>";
  }
  html += "<div class=quotes>";
  for (int i = 0; i < 4; ++i) {
    html +=
        "<p>Great doctors and staff, they really care about you and your family, and the "
        "clinic is always kept very clean. We recommend them to everyone.</p>";
  }
  html += "</div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 5"), std::string::npos);
  EXPECT_EQ(kept.find("Great doctors"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, AnArticleCutIntoWidgetsGoesOnPastAPromoCard) {
  std::string html = "<body><div class=layout><div><div class=text-widget>";
  for (int i = 0; i < 4; ++i) html += LongParagraph(i);
  html +=
      "</div></div><div class=card><a href=/t>Insider tip</a><h3><a href=/t>Our tours</a>"
      "</h3><a href=/t>Learn more</a></div><div><div class=text-widget>";
  for (int i = 4; i < 6; ++i) html += LongParagraph(i);
  html += "</div></div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 5"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Learn more"), std::string::npos);
}

TEST(ClassifyContentTest, TeasersUnderAPromoHeadingGo) {
  std::string html = "<body><div class=page><div class=post><div class=text>";
  for (int i = 0; i < 5; ++i) html += LongParagraph(i);
  html += "</div></div><div class=more><div class=title><h3>Schon gelesen?</h3></div>";
  for (int i = 0; i < 3; ++i) {
    html +=
        "<div><p>A blurb about another story that is long enough to read like prose, with "
        "a sentence and a half of text in it, about " +
        std::to_string(i) + " things.</p></div>";
  }
  html += "</div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 4"), std::string::npos);
  EXPECT_EQ(kept.find("A blurb"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, BlurbsOfATeaserListInTheArticleGo) {
  std::string html = "<body><div class=story>";
  for (int i = 0; i < 5; ++i) html += LongParagraph(i);
  html += "<h3>Regional headlines</h3><dl>";
  for (int i = 0; i < 4; ++i) {
    html += "<dt><a href=/s" + std::to_string(i) +
            ">Another story from the coast about the ferries</a></dt><dd>A blurb of the other "
            "story, with a sentence that reads like prose and a number " +
            std::to_string(i) + ".</dd>";
  }
  html += "</dl></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 4"), std::string::npos);
  EXPECT_EQ(kept.find("A blurb"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, TheArticleGoesOnPastAnInlineListOfTeasers) {
  // The last teaser's "blurb" is outside the teasers' own list: it is the
  // article's next paragraph.
  std::string html = "<body><div class=story>";
  for (int i = 0; i < 3; ++i) html += LongParagraph(i);
  html += "<div class=box><ul>";
  for (int i = 0; i < 3; ++i) {
    html += "<li><a href=/s" + std::to_string(i) + ">Another story from the coast number " +
            std::to_string(i) + "</a></li>";
  }
  html +=
      "</ul></div><p>The ferry will run twice a day from May, the harbour master said on "
      "Tuesday, and more often in summer.</p>";
  for (int i = 3; i < 6; ++i) html += LongParagraph(i);
  html += "</div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("The ferry will run"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Another story"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, ADescriptionListBesideTheCoreIsAList) {
  // Short <dd> items beside the core are a list's items, as <li> are.
  std::string html = "<body><div class=review><div class=text>";
  for (int i = 0; i < 4; ++i) html += LongParagraph(i);
  html += "</div><h3>Pros</h3><dl><dd>runs twice a day</dd><dd>has a strong new hull</dd></dl>" +
          LongParagraph(9) + "</div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("has a strong new hull"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, CellsOfADataTableBesideTheCoreAreItems) {
  // A table with header cells is data; a layout table's short cells are
  // furniture.
  std::string html = "<body><div class=review><div class=text>";
  for (int i = 0; i < 4; ++i) html += LongParagraph(i);
  html +=
      "</div><table><tr><th>Risk</th></tr><tr><td>may lag its benchmark</td></tr></table>"
      "<table><tr><td>Back to top of page</td></tr></table>" +
      LongParagraph(9) + "</div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("may lag its benchmark"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Back to top"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, ALinkedSubheadingAfterALinkListIsNoTeaser) {
  // A ranking: each entry's linked heading, its text, then a list of links
  // about it. The next entry's <h2> does not continue the <li> teasers.
  std::string html = "<body><div class=story>";
  for (int i = 0; i < 3; ++i) html += LongParagraph(i);
  html += "<ul>";
  for (int i = 0; i < 4; ++i) {
    html += "<li><a href=/s" + std::to_string(i) + ">More about the old harbour number " +
            std::to_string(i) + "</a></li>";
  }
  html +=
      "</ul><h2><a href=/north>5. The north pier of the old town</a></h2><p>The north pier is "
      "known for its "
      "long wall and its quiet water, and ferries have moored there since the war.</p>";
  for (int i = 3; i < 6; ++i) html += LongParagraph(i);
  html += "</div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("The north pier is known"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, SectionLabelsBetweenTeasersDoNotHideTheirBlurbs) {
  // "Business", "The World": a linked section label over each teaser.
  std::string html = "<body><div class=story>";
  for (int i = 0; i < 5; ++i) html += LongParagraph(i);
  for (int i = 0; i < 4; ++i) {
    html += "<h2><a href=/section" + std::to_string(i) + ">Section " + std::to_string(i) +
            "</a></h2><h3><a href=/s" + std::to_string(i) +
            ">Another story from the coast about the ferries</a></h3><p>A blurb of the other "
            "story, with a sentence that reads like prose and a number " +
            std::to_string(i) + ".</p>";
  }
  html += "</div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 4"), std::string::npos);
  EXPECT_EQ(kept.find("A blurb"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, LongExcerptsOfTeaserCardsAfterTheCoreGo) {
  // "From the blog" cards after the article: a linked title and the first
  // 270 characters of each story, longer than a blurb inside an article.
  std::string html = "<body><main><div class=post-body>";
  for (int i = 0; i < 8; ++i) html += LongParagraph(i);
  html += "</div><div class=cards>";
  std::string excerpt;
  while (excerpt.size() < 270) excerpt += "An excerpt of another story, cut where it was. ";
  for (int i = 0; i < 3; ++i) {
    html += "<div class=card><h3><a href=/p" + std::to_string(i) +
            ">Another story about the harbour and its ferries</a></h3><div class=excerpt>" +
            excerpt + "</div></div>";
  }
  html += "</div></main></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 7"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("An excerpt"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, ShortLinesBesideTheCoreGo) {
  std::string html =
      "<body><div class=wrap><div class=note>Filed under Harbour news</div>"
      "<div class=text>";
  for (int i = 0; i < 5; ++i) html += LongParagraph(i);
  html +=
      "</div><ul><li>An ingredient: 400 grams of flour, sifted.</li><li>Another one: two "
      "eggs, beaten.</li></ul></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_EQ(kept.find("Filed under"), std::string::npos) << kept;
  EXPECT_NE(kept.find("An ingredient"), std::string::npos) << kept;  // list items stay
}

TEST(ClassifyContentTest, ShortSentencesBetweenParagraphsBesideTheCoreStay) {
  // A blog post's short lines between its photos, beside a recipe box
  // that holds more of the text (the core); a credit line has no full stop.
  std::string html = "<body><div class=post>";
  html += LongParagraph(0);
  html += "<p>Nothing here can go wrong. Nothing at all.</p><p>photo by Ann Lee</p>";
  html += LongParagraph(1);
  html += "<p>Here is what you need for it:</p><ul><li>two eggs</li><li>some flour</li></ul>";
  html += LongParagraph(9);
  html += "<div class=recipe>";
  for (int i = 2; i < 8; ++i) html += LongParagraph(i);
  html += "</div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Nothing at all."), std::string::npos) << kept;
  EXPECT_EQ(kept.find("photo by"), std::string::npos) << kept;
  // A list's lead-in ends in a colon.
  EXPECT_NE(kept.find("Here is what you need for it:"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, AQuestionSubheadingBesideTheCoreStaysAfterAPromoLink) {
  std::string html = "<body><div class=post><div class=part>";
  html += LongParagraph(0);
  html +=
      "<h3><a href=/survey>Get the whole survey here</a></h3>"
      "<h2>How long before the ferry is fully booked?</h2>";
  html += LongParagraph(1);
  html += "</div><div class=part>";
  for (int i = 2; i < 9; ++i) html += LongParagraph(i);
  html += "</div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("How long before the ferry"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Get the whole survey"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, SubheadingsAndQuestionsBetweenKeptTextBesideTheCoreStay) {
  // A post's first section beside its longer second one (the core): the
  // subheading and the one-line question between its kept blocks stay.
  std::string html = "<body><div class=post><div class=part>";
  html += LongParagraph(0);
  html += "<ul><li>A first point: the wall is old.</li><li>A second point: it leaks.</li></ul>";
  html += "<p>What does it mean?</p><h2>What the engineers found</h2>";
  html += LongParagraph(1);
  html += "</div><div class=part>";
  for (int i = 2; i < 9; ++i) html += LongParagraph(i);
  html += "</div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("What does it mean?"), std::string::npos) << kept;
  EXPECT_NE(kept.find("What the engineers found"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, AnAuthorsBiographyUnderItsHeadingInTheCoreGoes) {
  std::string html = "<body><div class=post>";
  for (int i = 0; i < 6; ++i) html += LongParagraph(i);
  html +=
      "<div class=box><h4>About the author</h4><p>Hi, I am Ann Lee and this is my blog about "
      "the harbour: I write almost every post here myself, about boats, storms and the people "
      "of the town I grew up in.</p></div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 5"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Hi, I am Ann Lee"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, StandfirstsUnderShortLinkedHeadingsBesideTheCoreGo) {
  // "Other columns" after the article: short linked headings over a
  // standfirst each.
  std::string html = "<body><div id=story><div class=text>";
  for (int i = 0; i < 6; ++i) html += LongParagraph(i);
  html += "</div><div class=more><h2>Other columns</h2>";
  for (int i = 0; i < 4; ++i) {
    html += "<h4><a href=/c" + std::to_string(i) + ">Fares go up " + std::to_string(i) +
            "</a></h4><p>THE ferry company will raise its fares again in spring, and the "
            "council says there is nothing it can do about it, says our columnist.</p>";
  }
  html += "</div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 5"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("THE ferry company"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, PastAPageWideCoreOtherPartsOfThePageGo) {
  // The region is the whole <body>: the testimonials section after the
  // article's column is part of the page, not of the article.
  std::string html = "<body><div class=wrap><div class=post>";
  for (int i = 0; i < 6; ++i) html += LongParagraph(i);
  html += "</div></div><section class=quotes>";
  for (int i = 0; i < 2; ++i) {
    html +=
        "<p>I have no words to express how happy I was with the service, the team was kind "
        "and quick, and I would recommend them to all my friends and family.</p>";
  }
  html += "</section></body>";
  Result<dom::Document> doc = dom::ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  const Content content = ClassifyContent(doc.value());
  EXPECT_EQ(doc.value().node(content.region).tag, dom::Tag::kBody);
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 5"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("I have no words"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, ACarouselsClonedSlidesBesideTheCoreGoOnce) {
  // Testimonials after the article, the carousel's slides cloned for its
  // endless scrolling: each is said once.
  std::string html = "<body><main><div class=text>";
  for (int i = 0; i < 6; ++i) html += LongParagraph(i);
  html += "</div><div class=slides>";
  for (int copy = 0; copy < 2; ++copy) {
    for (int i = 0; i < 3; ++i) {
      html += "<blockquote>Reader " + std::to_string(i) +
              ": I read this paper every morning, and its harbour stories are the best in "
              "the region, by far.</blockquote>";
    }
  }
  html += "</div></main></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 5"), std::string::npos) << kept;
  const size_t first = kept.find("Reader 2:");
  ASSERT_NE(first, std::string::npos) << kept;
  EXPECT_EQ(kept.find("Reader 2:", first + 1), std::string::npos) << kept;
}

TEST(ClassifyContentTest, ProseInAFurnitureBoxAfterTheCoreGoes) {
  // A "why trust us" box in the pre-footer: prose, so the pruning spares
  // it, but named as page furniture and past the article's core.
  std::string html = "<body><div class=site><div class=entry-content>";
  for (int i = 0; i < 6; ++i) html += LongParagraph(i);
  html += "</div><div class=pre-footer><h2>Why trust us</h2>";
  for (int i = 0; i < 2; ++i) {
    html +=
        "<p>Our testers have walked thousands of miles with the gear we review, and we never "
        "take payment from the makers of the products we recommend to our readers.</p>";
  }
  html += "</div></div></body>";
  const std::string kept = KeptText(html);
  EXPECT_NE(kept.find("Paragraph 5"), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Our testers"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, AWidgetNameTheCoreSharesSaysNothing) {
  // Page builders wrap every module, the article's too, in one class.
  std::string html = "<body><div class=site><div class=module-widget><div class=text>";
  for (int i = 0; i < 6; ++i) html += LongParagraph(i);
  html += "</div></div><div class=module-widget><h2>Questions</h2>";
  for (int i = 0; i < 2; ++i) {
    html +=
        "<p>What does the harbour wall cost? About four million euros, paid by the region and "
        "the town together over the next three years, with a share from the national flood "
        "fund.</p>";
  }
  html += "</div></div></body>";
  EXPECT_NE(KeptText(html).find("What does the harbour wall cost?"), std::string::npos);
}

// An article of four short paragraphs beside a heavier sidebar feed of
// headlines with a paragraph each (a "live" column).
std::string ArticleBesideAFeed(std::string_view headline, std::string_view aside_attributes) {
  std::string html =
      "<html><head><title>Harbour wall to be rebuilt - Daily Planet</title></head><body>"
      "<div class=main><div class=mod><article><header><h1>";
  html += headline;
  html += "</h1></header><div class=text>";
  for (int i = 0; i < 2; ++i) html += std::string("<p>") + kPara1 + "</p><p>" + kPara2 + "</p>";
  html += "</div></article></div><aside ";
  html += aside_attributes;
  html += "><ul class=feed>";
  for (int i = 0; i < 3; ++i) {
    html += "<li><a href=/n" + std::to_string(i) + ">Other news</a><p>Feed item " +
            std::to_string(i) +
            ": the ferry company said on Monday that the morning crossings would resume next "
            "week, after repairs to the ramp, and that tickets would be refunded.</p></li>";
  }
  html += "</ul></aside></div></body></html>";
  return html;
}

TEST(ClassifyContentTest, AHeadlineInAPrunedHeaderStillLocatesTheArticle) {
  // The <header> around the <h1> goes as page structure; the <title>
  // repeating the headline still says the article is in its column. The
  // sidebar's id names it, though its class is the article column's.
  const std::string kept =
      KeptText(ArticleBesideAFeed("Harbour wall to be rebuilt", "id=sidebar class=mod"));
  EXPECT_NE(kept.find(kPara2), std::string::npos) << kept;
  EXPECT_EQ(kept.find("Feed item"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, ASiteNameInAPrunedHeaderIsNoHeadline) {
  // A logo's <h1> names the site, which the <title> repeats too: it says
  // nothing of where the article is, and the heavier feed stays the core.
  const std::string kept = KeptText(ArticleBesideAFeed("Daily Planet", "class=column"));
  EXPECT_NE(kept.find("Feed item 2"), std::string::npos) << kept;
}

TEST(ClassifyContentTest, SeveralDocumentsInOneFile) {
  // A saved frameset: a small navigation document, then the article's.
  std::string html =
      "<html><body><a href=/>Home</a> <a href=/news>News</a></body></html>"
      "<html><body><div>";
  for (int i = 0; i < 3; ++i) html += LongParagraph(i);
  html += "</div></body></html>";
  EXPECT_NE(KeptText(html).find("Paragraph 2"), std::string::npos);
}

TEST(ClassifyContentTest, IndexPageHasNoBody) {
  std::string html = "<body><main>";
  for (int i = 0; i < 8; ++i) {
    html += "<h2><a href=/s" + std::to_string(i) + ">Headline number " + std::to_string(i) +
            " about something</a></h2><p>A short teaser for the story.</p>";
  }
  html += "</main></body>";
  Result<dom::Document> doc = dom::ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  const Content content = ClassifyContent(doc.value());
  EXPECT_TRUE(content.is_index_page);
  EXPECT_TRUE(content.Kept().empty());
}

// An aggregator's story page: the story's headline (the page's title), its
// excerpt and a link to the source, then teasers of other stories.
TEST(ClassifyContentTest, AggregatorStoryPageKeepsTheTitledStory) {
  const std::string excerpt =
      "The county will pay for de-icing at both landings, so the lake ferries can run through "
      "January and February. Until now they stopped in December. The ferry company expects "
      "about four hundred passengers a day in the coldest weeks, most of them commuters.";
  std::string html =
      "<head><title>Lake ferries to run all winter - Newsdesk</title></head><body><main>"
      "<h2>Lake ferries to run all winter</h2><div>Lakeside Courier, 14 January</div><p>" +
      excerpt + "</p><p><a href=/out>Read the whole story</a></p><h3>More news</h3><div>";
  for (int i = 0; i < 30; ++i) {
    html += "<div class=row><div><a href=/s" + std::to_string(i) + ">Headline number " +
            std::to_string(i) + " about something</a></div><div>" + excerpt + "</div></div>";
  }
  html += "</div></main></body>";
  EXPECT_EQ(KeptText(html), excerpt);
  // Under another title, the page is an index.
  const size_t at = html.find("Lake ferries to run all winter -");
  EXPECT_EQ(KeptText(html.replace(at, 30, "Latest news from the lakeside")), "");
}

// A blog post that is a list of links, each with its source: teasers to
// the index test, but the page says it is one article, and its one
// <article> holds its headline and the links.
TEST(ClassifyContentTest, APostOfLinksIsItsLinks) {
  const auto page = [](std::string_view og_type, bool second_article) {
    std::string html = "<head><meta property=\"og:type\" content=\"" + std::string(og_type) +
                       "\"></head><body><article><h1>Reading list for the week</h1><div>";
    for (int i = 0; i < 8; ++i) {
      html += "<p><a href=/out" + std::to_string(i) + ">Headline number " + std::to_string(i) +
              " about the harbour</a></p><p>via <a href=/src>Example Gazette</a></p>";
    }
    html +=
        "<p>Posted from my bookmarks. The rest of my favourite links are here.</p></div>"
        "</article>";
    if (second_article) html += "<article><h2><a href=/other>Another post</a></h2></article>";
    return html + "</body>";
  };
  const std::string kept = KeptText(page("article", false));
  EXPECT_NE(kept.find("Headline number 0 about the harbour"), std::string::npos) << kept;
  EXPECT_NE(kept.find("Headline number 7 about the harbour"), std::string::npos) << kept;
  // A page that does not say it is an article, or a list of articles, is
  // an index.
  EXPECT_EQ(KeptText(page("website", false)), "");
  EXPECT_EQ(KeptText(page("article", true)), "");
}

}  // namespace
}  // namespace newsift::classify
