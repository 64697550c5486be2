#include "newsift/classify/index_page.h"

#include <gtest/gtest.h>

namespace newsift::classify {
namespace {

TextBlock Teaser() {
  TextBlock b;
  b.kind = BlockKind::kHeading;
  b.text = "Council votes to rebuild the harbour wall";
  b.length = b.text.size();
  b.link_length = b.length;
  b.words = 7;
  return b;
}

TextBlock Prose(size_t length) {
  TextBlock b;
  b.text = std::string(length, 'a');
  b.length = length;
  b.words = length / 6;
  b.punctuation = 2;
  return b;
}

IndexPageStats Measure(const std::vector<TextBlock>& blocks) {
  std::vector<const TextBlock*> pointers;
  for (const TextBlock& b : blocks) pointers.push_back(&b);
  return MeasureIndexPage(pointers);
}

TEST(IndexPageTest, TeasersWithBlurbsAreAnIndex) {
  std::vector<TextBlock> blocks;
  for (int i = 0; i < 8; ++i) {
    blocks.push_back(Teaser());
    blocks.push_back(Prose(90));
  }
  const IndexPageStats stats = Measure(blocks);
  EXPECT_EQ(stats.teasers, 8u);
  EXPECT_EQ(stats.longest_run, 90u);
  EXPECT_TRUE(stats.IsIndexPage());
}

TEST(IndexPageTest, AnArticleAboveARelatedListIsNot) {
  std::vector<TextBlock> blocks = {Prose(200), Prose(250), Prose(180)};
  for (int i = 0; i < 8; ++i) blocks.push_back(Teaser());
  const IndexPageStats stats = Measure(blocks);
  EXPECT_EQ(stats.longest_run, 630u);
  EXPECT_FALSE(stats.IsIndexPage());
}

TEST(IndexPageTest, AShortArticleNeedsManyTeasersToBeAnIndex) {
  // 350 characters of prose: an article beside 8 teasers, a digest beside 30.
  std::vector<TextBlock> blocks = {Prose(200), Prose(150)};
  for (int i = 0; i < 8; ++i) blocks.push_back(Teaser());
  EXPECT_FALSE(Measure(blocks).IsIndexPage());
  for (int i = 0; i < 22; ++i) blocks.push_back(Teaser());
  EXPECT_TRUE(Measure(blocks).IsIndexPage());
}

TextBlock Heading(const std::string& text) {
  TextBlock b;
  b.kind = BlockKind::kHeading;
  b.text = text;
  b.length = text.size();
  b.words = 7;
  return b;
}

std::vector<size_t> TitledStory(const std::vector<TextBlock>& blocks,
                                const std::vector<std::string>& titles) {
  std::vector<const TextBlock*> pointers;
  for (const TextBlock& b : blocks) pointers.push_back(&b);
  return FindTitledStory(pointers, titles);
}

TEST(FindTitledStoryTest, TheHeadingTheTitleNamesAndItsExcerpt) {
  TextBlock dateline = Prose(25);
  dateline.punctuation = 0;
  std::vector<TextBlock> blocks = {Heading("Ferry fares to rise in spring"), dateline, Prose(300)};
  for (int i = 0; i < 8; ++i) {
    blocks.push_back(Teaser());
    blocks.push_back(Prose(300));
  }
  const std::vector<std::string> title = {"ferry fares to rise in spring - lakeside news"};
  EXPECT_EQ(TitledStory(blocks, title), std::vector<size_t>{2});
  // Not a story: another title, a short intro, a teaser first.
  EXPECT_TRUE(TitledStory(blocks, {"local news - lakeside news"}).empty());
  EXPECT_TRUE(TitledStory(blocks, {"council: ferry fares to rise in spring, mayor says"}).empty());
  blocks[2] = Prose(120);
  EXPECT_TRUE(TitledStory(blocks, title).empty());
  blocks[2] = Prose(300);
  blocks.insert(blocks.begin(), Teaser());
  EXPECT_TRUE(TitledStory(blocks, title).empty());
}

TEST(FindTitledStoryTest, ASectionNameIsNotAStory) {
  std::vector<TextBlock> blocks = {Heading("Local news"), Prose(300)};
  blocks[0].words = 2;
  for (int i = 0; i < 8; ++i) blocks.push_back(Teaser());
  EXPECT_TRUE(TitledStory(blocks, {"local news | lakeside news"}).empty());
}

}  // namespace
}  // namespace newsift::classify
