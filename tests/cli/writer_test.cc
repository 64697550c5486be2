#include "newsift/cli/writer.h"

#include <gtest/gtest.h>

namespace newsift::cli {
namespace {

Article MakeArticle(const std::string& source, const std::string& body) {
  Article article;
  article.source = source;
  article.headline = "Headline of " + source;
  article.body.push_back(Block{BlockKind::kParagraph, body});
  return article;
}

TEST(WriterTest, OneArticleIsPlainText) {
  Writer writer(Format::kAuto, /*body_only=*/true, Several::kNo);
  EXPECT_EQ(writer.Write(MakeArticle("a.html", "Body A.")), "Body A.\n");
  EXPECT_EQ(writer.Finish(), "");
}

TEST(WriterTest, SeveralAutoIsJsonl) {
  Writer writer(Format::kAuto, /*body_only=*/true, Several::kYes);
  EXPECT_EQ(writer.Write(MakeArticle("a.html", "Body A.")),
            "{\"source\":\"a.html\",\"body\":\"Body A.\"}\n");
  EXPECT_EQ(writer.Finish(), "");
}

TEST(WriterTest, UndecidedHoldsTheFirstArticle) {
  // A container input: one page is plain text, several get headers.
  Writer one(Format::kText, /*body_only=*/true, Several::kUnknown);
  EXPECT_EQ(one.Write(MakeArticle("x.warc#1", "Body A.")), "");
  EXPECT_EQ(one.Finish(), "Body A.\n");

  Writer two(Format::kText, /*body_only=*/true, Several::kUnknown);
  EXPECT_EQ(two.Write(MakeArticle("x.warc#1", "Body A.")), "");
  EXPECT_EQ(two.Write(MakeArticle("x.warc#2", "Body B.")),
            "==> x.warc#1 <==\nBody A.\n\n==> x.warc#2 <==\nBody B.\n");
  EXPECT_EQ(two.Write(MakeArticle("x.warc#3", "Body C.")), "\n==> x.warc#3 <==\nBody C.\n");
  EXPECT_EQ(two.Finish(), "");
  EXPECT_EQ(two.count(), 3u);
}

TEST(WriterTest, HeadersShowNoControlCharacters) {
  Writer writer(Format::kText, /*body_only=*/true, Several::kYes);
  EXPECT_EQ(writer.Write(MakeArticle("x.warc#http://a/\x1b[2J\nb", "Body A.")),
            "==> x.warc#http://a/?[2J?b <==\nBody A.\n");
}

TEST(WriterTest, JsonArrayForSeveral) {
  Writer writer(Format::kJson, /*body_only=*/true, Several::kUnknown);
  std::string out = writer.Write(MakeArticle("a", "A"));
  out += writer.Write(MakeArticle("b", "B"));
  out += writer.Finish();
  EXPECT_EQ(out,
            "[\n{\n  \"source\": \"a\",\n  \"body\": \"A\"\n},\n{\n  \"source\": \"b\",\n  "
            "\"body\": \"B\"\n}\n]\n");
}

TEST(WriterTest, JsonWithNothingIsAnEmptyArrayOnlyWhenSeveral) {
  Writer several(Format::kJson, false, Several::kYes);
  EXPECT_EQ(several.Finish(), "[]\n");
  Writer unknown(Format::kJson, false, Several::kUnknown);
  EXPECT_EQ(unknown.Finish(), "");
}

}  // namespace
}  // namespace newsift::cli
