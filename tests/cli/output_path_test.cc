#include "newsift/cli/output_path.h"

#include <gtest/gtest.h>

namespace newsift::cli {
namespace {

TEST(MirrorPathTest, CleansAndNeverClimbs) {
  EXPECT_EQ(MirrorPath("a/b/page.html"), "a/b/page.html");
  EXPECT_EQ(MirrorPath("./a//b/./page.html"), "a/b/page.html");
  EXPECT_EQ(MirrorPath("a/x/../page.html"), "a/page.html");
  EXPECT_EQ(MirrorPath("/srv/news/x.html"), "srv/news/x.html");
  EXPECT_EQ(MirrorPath("../../x.html"), "x.html");
  EXPECT_EQ(MirrorPath("a/../../../etc/passwd"), "etc/passwd");
  EXPECT_EQ(MirrorPath("/"), "");
  EXPECT_EQ(MirrorPath(".."), "");
}

TEST(LexicallyNormalTest, SameSpellingForSamePath) {
  EXPECT_EQ(LexicallyNormal("./a//b/../c"), "a/c");
  EXPECT_EQ(LexicallyNormal("../a"), "../a");
  EXPECT_EQ(LexicallyNormal("/../a"), "/a");
  EXPECT_EQ(LexicallyNormal("."), ".");
  EXPECT_EQ(LexicallyNormal("a/.."), ".");
}

TEST(StripPageExtensionTest, Names) {
  EXPECT_EQ(StripPageExtension("page.html"), "page");
  EXPECT_EQ(StripPageExtension("page.html.gz"), "page");
  EXPECT_EQ(StripPageExtension("crawl.warc.GZ"), "crawl");
  EXPECT_EQ(StripPageExtension("story"), "story");
  EXPECT_EQ(StripPageExtension(".hidden"), ".hidden");
  EXPECT_EQ(StripPageExtension("v1.2.html"), "v1.2");
}

TEST(OutputNamerTest, MirrorsWithTheFormatsExtension) {
  OutputNamer text("out", Format::kText);
  EXPECT_EQ(text.Assign("a/b/page.html"), "out/a/b/page.txt");
  OutputNamer json("out/", Format::kJson);
  EXPECT_EQ(json.Assign("a/b/page.html"), "out/a/b/page.json");
  OutputNamer jsonl("/", Format::kJsonl);
  EXPECT_EQ(jsonl.Assign("x.warc.gz"), "/x.jsonl");
  OutputNamer automatic("out", Format::kAuto);
  EXPECT_EQ(automatic.Assign("../../escape.html"), "out/escape.txt");
}

TEST(OutputNamerTest, CollisionsGetTheFullNameThenACounter) {
  OutputNamer namer("out", Format::kText);
  EXPECT_EQ(namer.Assign("a/page.html"), "out/a/page.txt");
  EXPECT_EQ(namer.Assign("a/page.htm"), "out/a/page.htm.txt");
  EXPECT_EQ(namer.Assign("./a/page.htm"), "out/a/page.htm~2.txt");
  EXPECT_EQ(namer.Assign("a/story"), "out/a/story.txt");
  EXPECT_EQ(namer.Assign("a/story.txt"), "out/a/story.txt.txt");
}

TEST(OutputNamerTest, AnOutputIsNeverAnInput) {
  // newsift -o . page.txt (an HTML page saved as .txt), in place.
  OutputNamer namer(".", Format::kText);
  namer.ReserveInput("./page.txt");
  namer.ReserveInput("notes.html");
  EXPECT_EQ(namer.Assign("page.txt"), "./page.txt.txt");
  EXPECT_EQ(namer.Assign("notes.html"), "./notes.txt");
}

}  // namespace
}  // namespace newsift::cli
