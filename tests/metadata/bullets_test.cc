#include "newsift/metadata/bullets.h"

#include <gtest/gtest.h>

#include "newsift/metadata/headline.h"

namespace newsift::metadata {
namespace {

using Items = std::vector<std::string>;

constexpr std::string_view kBody =
    "<p>The council voted on Tuesday night to build a new library on the site of the old fire "
    "station, ending a debate that has gone on for almost three years in the town.</p>"
    "<p>The building will cost about six million, paid for with a bond approved by voters and a "
    "grant from the state library fund, and work begins next spring.</p>"
    "<ul><li>The old library stays open until the new one is finished next year.</li>"
    "<li>The council will choose an architect in the autumn after a competition.</li></ul>"
    "<p>Library director Sam Ortiz said the new building would have twice the space for "
    "children's books and a room for community meetings.</p>";

Items BulletsOf(std::string_view before_body) {
  const std::string html = "<article><h1>Library vote</h1>" + std::string(before_body) +
                           std::string(kBody) + "</article>";
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const Headline headline = FindHeadline(doc.value(), content, meta, ParseJsonLd(meta.json_ld));
  return FindBullets(doc.value(), content, headline.node).items;
}

TEST(FindBulletsTest, MarkedByClassOrHeading) {
  EXPECT_EQ(BulletsOf("<div class=story-highlights><ul><li>The council voted five to two for "
                      "the plan.</li><li>Work starts next spring.</li></ul></div>"),
            (Items{"The council voted five to two for the plan.", "Work starts next spring."}));
  EXPECT_EQ(BulletsOf("<h2>In brief</h2><ul><li>The council voted five to two for the "
                      "plan.</li></ul>"),
            (Items{"The council voted five to two for the plan."}));
}

// The ordinary "key points" headings of more languages.
TEST(FindBulletsTest, HeadingsOfMoreLanguages) {
  for (const char* label : {"Resumo", "Öne çıkanlar", "Poin penting", "Điểm chính", "Главное",
                            "أبرز النقاط", "עיקרי הדברים", "मुख्य बातें", "핵심 요약", "要点"}) {
    EXPECT_EQ(BulletsOf(std::string("<h2>") + label +
                        "</h2><ul><li>The council voted five to two for the plan.</li></ul>"),
              (Items{"The council voted five to two for the plan."}))
        << label;
  }
}

// A Hindi sentence ends in a danda, not a full stop.
TEST(FindBulletsTest, DandaEndsASentence) {
  EXPECT_EQ(BulletsOf("<div class=story-highlights><ul><li>लाइन बारह किलोमीटर लंबी है।</li>"
                      "<li>किराया बीस रुपये होगा।</li></ul></div>"),
            (Items{"लाइन बारह किलोमीटर लंबी है।", "किराया बीस रुपये होगा।"}));
}

TEST(FindBulletsTest, TypedGlyphsAreNotPartOfTheItem) {
  EXPECT_EQ(BulletsOf("<div class=key-takeaways><p>•The council voted five to two for the "
                      "plan.</p><p>• Work starts next spring.</p><p>✓ The old library stays "
                      "open.</p></div>"),
            (Items{"The council voted five to two for the plan.", "Work starts next spring.",
                   "The old library stays open."}));
}

TEST(FindBulletsTest, PromoItemsAreLeftOut) {
  EXPECT_EQ(BulletsOf("<div class=key-points><ul><li>The council voted five to two for the "
                      "plan.</li><li>Visit our homepage for more local news.</li></ul></div>"),
            (Items{"The council voted five to two for the plan."}));
}

TEST(FindBulletsTest, UnmarkedSentencesRightAboveTheBody) {
  EXPECT_EQ(BulletsOf("<ul><li>The council voted five to two for the new library.</li><li>The "
                      "bond and a state grant pay for the building.</li></ul>"),
            (Items{"The council voted five to two for the new library.",
                   "The bond and a state grant pay for the building."}));
}

TEST(FindBulletsTest, BoxOfParagraphsButNotTheBodyItself) {
  EXPECT_EQ(BulletsOf("<div class=key-takeaways><p>The council voted five to two for the "
                      "plan.</p><p>Work on the library starts next spring.</p></div>"),
            (Items{"The council voted five to two for the plan.",
                   "Work on the library starts next spring."}));
  // Drupal puts "text-with-summary" on every body field.
  const std::string html =
      "<article><h1>Library vote</h1><div class='field "
      "field--type-text-with-summary'>" +
      std::string(kBody) + "</div></article>";
  Result<dom::Document> doc = dom::ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  const classify::Content content = classify::ClassifyContent(doc.value());
  const PageMeta meta = CollectPageMeta(doc.value());
  const Headline headline = FindHeadline(doc.value(), content, meta, ParseJsonLd(meta.json_ld));
  EXPECT_EQ(FindBullets(doc.value(), content, headline.node).items, Items{});
}

// "Summary" as a bold line in the body's flow heads the body's first
// section, and "Highlights" as a heading followed by another of its level
// heads a section; "Key takeaways" there is still key points.
TEST(FindBulletsTest, BoldSummaryLineInTheBodyIsASection) {
  const std::string list =
      "<ul><li>The council voted five to two for the plan on Tuesday.</li><li>Work on the new "
      "building starts next spring.</li></ul><p>The vote ends a debate that began three years "
      "ago, when the fire station moved to its new site at the edge of town.</p>";
  EXPECT_EQ(BulletsOf("<div class=post><p><strong>Summary</strong></p>" + list + "</div>"),
            Items{});
  EXPECT_EQ(BulletsOf("<div class=post><h3>Highlights</h3><ul><li>The council voted five to two "
                      "for the plan on Tuesday.</li><li>Work on the new building starts next "
                      "spring.</li></ul><h3>Know before you go</h3><p>Parking is free.</p></div>"),
            Items{});
  EXPECT_EQ(BulletsOf("<div class=post><p><strong>Key takeaways</strong></p>" + list + "</div>"),
            (Items{"The council voted five to two for the plan on Tuesday.",
                   "Work on the new building starts next spring."}));
  // "In brief", "At a glance", "Auf einen Blick" never name a body section.
  for (const char* label : {"In brief", "At a glance", "Auf einen Blick", "En bref"}) {
    EXPECT_EQ(
        BulletsOf(std::string("<div class=post><p><b>") + label + "</b></p>" + list + "</div>"),
        (Items{"The council voted five to two for the plan on Tuesday.",
               "Work on the new building starts next spring."}))
        << label;
  }
}

// A list inside a list item, and a book's summary box inside a list of
// books, belong to that list.
TEST(FindBulletsTest, NotInsideAListItem) {
  EXPECT_EQ(BulletsOf("<ul><li>Updates<ul><li>2021-08-09 Added the vote count and the names of "
                      "the members.</li><li>2022-04-12 Linked the council's own minutes of the "
                      "meeting.</li></ul></li></ul>"),
            Items{});
  EXPECT_EQ(BulletsOf("<ul class=books><li><h4>The Far Harbour</h4><div class=summary><p>A "
                      "ferry captain and a thief cross the northern sea in a winter "
                      "storm.</p><p>The best book of the year about boats and bad "
                      "decisions.</p></div></li></ul>"),
            Items{});
}

// A key-takeaways box holding a box of items: the items, without the
// lead-in; a summary box titled as something else is not key points.
TEST(FindBulletsTest, NestedBoxesAndOtherTitles) {
  EXPECT_EQ(BulletsOf("<div class=key-takeaways><h2 class=key-takeaways-title>Key "
                      "takeaways</h2><p>Here are the main points:</p><div "
                      "class=takeaway-items><div class=item><span class=dot></span><p>The council "
                      "voted five to two for the plan.</p></div><div class=item><span "
                      "class=dot></span><p>Work on the new building starts next "
                      "spring.</p></div></div></div>"),
            (Items{"The council voted five to two for the plan.",
                   "Work on the new building starts next spring."}));
  EXPECT_EQ(BulletsOf("<div class=article-summary><h4>This review is no longer updated</h4><p>The "
                      "library plan has changed since this story was written last "
                      "year.</p><p>See our newer stories on the vote for what is planned "
                      "now.</p></div>"),
            Items{});
}

TEST(FindBulletsTest, NeverLinkListsShareBarsOrInBodyLists) {
  // A table of contents.
  EXPECT_EQ(BulletsOf("<div class=summary><ul><li><a href=#a>What the council decided and "
                      "why</a></li><li><a href=#b>What happens to the old library next</a></li>"
                      "</ul></div>"),
            Items{});
  // Share buttons marked as a summary.
  EXPECT_EQ(BulletsOf("<div class='share-bar summary'><ul><li>Share this story on your "
                      "favourite network today</li></ul></div>"),
            Items{});
  // The list inside the body (after the first paragraphs) is the body's.
  EXPECT_EQ(BulletsOf(""), Items{});
}

}  // namespace
}  // namespace newsift::metadata
