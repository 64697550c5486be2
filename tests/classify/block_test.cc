#include "newsift/classify/block.h"

#include <gtest/gtest.h>

namespace newsift::classify {
namespace {

std::vector<TextBlock> Blocks(std::string_view html) {
  Result<dom::Document> doc = dom::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  const dom::Document& d = doc.value();
  return CollectBlocks(d, d.body(), std::vector<uint8_t>(d.size(), 0));
}

TEST(CollectBlocksTest, SplitsAtBlocksAndBreaks) {
  const auto blocks = Blocks("<div>Lead <b>text</b><p>Para one.</p>tail<br>after break</div>");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].text, "Lead text");
  EXPECT_EQ(blocks[1].text, "Para one.");
  EXPECT_EQ(blocks[2].text, "tail");
  EXPECT_EQ(blocks[3].text, "after break");
}

TEST(CollectBlocksTest, KindsAndLinkDensity) {
  const auto blocks = Blocks(
      "<h2>Sub</h2><ul><li>Item <a href=x>link</a></li></ul><blockquote><p>Quoted.</p></blockquote>"
      "<pre>a\n  b</pre>");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[0].heading_level, 2);
  EXPECT_EQ(blocks[1].kind, BlockKind::kListItem);
  EXPECT_NEAR(blocks[1].link_density(), 4.0 / 9.0, 0.01);
  EXPECT_EQ(blocks[2].kind, BlockKind::kQuote);
  EXPECT_EQ(blocks[3].kind, BlockKind::kCode);
  EXPECT_EQ(blocks[3].text, "a\n  b");
}

TEST(CollectBlocksTest, TableRowsJoinCellsWithTabs) {
  const auto blocks = Blocks(
      "<table><tr><th>Year</th><th>Rain</th></tr><tr><td>2023</td><td>812 mm</td></tr></table>");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[0].text, "Year\tRain");
  EXPECT_EQ(blocks[1].text, "2023\t812 mm");
}

TEST(CollectBlocksTest, LayoutTableCellStaysParagraphs) {
  const auto blocks =
      Blocks("<table><tr><td>First paragraph.<br><br>Second paragraph.</td></tr></table>");
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].text, "Second paragraph.");
}

TEST(CollectBlocksTest, SkipsMarkedSubtrees) {
  Result<dom::Document> doc = dom::ParseHtml("<p>keep</p><div id=x><p>skip</p></div><p>keep2</p>");
  ASSERT_TRUE(doc.ok());
  const dom::Document& d = doc.value();
  std::vector<uint8_t> skip(d.size(), 0);
  for (dom::NodeId id = 0; id < d.size(); ++id) {
    if (d.attr(id, "id") == "x") skip[id] = 1;
  }
  const auto blocks = CollectBlocks(d, d.body(), skip);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text, "keep2");
}

// A live blog's updates each open with a timestamp line of their own; it
// is a dateline, not body. A <time> inside a sentence, or a long text
// in one, leaves the block alone.
TEST(CollectBlocksTest, TimestampLineIsDateline) {
  const auto blocks = Blocks(
      "<div class=update><time datetime='2026-01-12T13:10:00Z'> 13:10 </time>"
      "<h3>Storm reaches the coast</h3><p>Gusts of 120 km/h were measured at the cape.</p></div>"
      "<p>The ferry left <time>at noon</time> on Friday.</p>"
      "<div><time>In the long cold winter of the year the harbour froze over twice</time></div>");
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].text, "13:10");
  EXPECT_EQ(blocks[0].label, LabelKind::kDateline);
  EXPECT_EQ(blocks[1].label, LabelKind::kNone);
  EXPECT_EQ(blocks[2].label, LabelKind::kNone);
  EXPECT_EQ(blocks[3].label, LabelKind::kNone);
  EXPECT_EQ(blocks[4].label, LabelKind::kNone);
}

// A rating's stars and a callout's icon are pictographs, not text; a
// line of arrows or a sentence with an emoji is text.
TEST(CollectBlocksTest, PictographsOnlyIsLabelled) {
  const auto blocks = Blocks(
      "<div class=rating>\u2605\u2605\u2605\u2605\u2606</div>"
      "<div class=callout><div class=icon>\U0001F4A1</div><div>Tip: pack a jacket.</div></div>"
      "<p>\u2193</p><p>We loved it \U0001F600</p>");
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].label, LabelKind::kPictographs);
  EXPECT_EQ(blocks[1].label, LabelKind::kPictographs);
  EXPECT_EQ(blocks[2].label, LabelKind::kNone);
  EXPECT_EQ(blocks[3].label, LabelKind::kNone);
  EXPECT_EQ(blocks[4].label, LabelKind::kNone);
}

// A step's number in an element of its own is the list's marker; a
// number that is an item's whole text is the item.
TEST(CollectBlocksTest, ListItemNumberBeforeItsTextIsDropped) {
  const auto blocks = Blocks(
      "<ol><li><span class=num>1</span><div><p>Water the plant the day before.</p></div></li>"
      "<li><span class=num>Step 2</span><div><p>Loosen the roots gently.</p></div></li></ol>"
      "<ul><li>7</li><li>12</li></ul>");
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].text, "Water the plant the day before.");
  EXPECT_EQ(blocks[1].text, "Loosen the roots gently.");
  EXPECT_EQ(blocks[2].text, "7");
  EXPECT_EQ(blocks[3].text, "12");
}

}  // namespace
}  // namespace newsift::classify
