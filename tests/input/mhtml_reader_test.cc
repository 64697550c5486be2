#include "newsift/input/mhtml_reader.h"

#include <string>

#include <gtest/gtest.h>

#include "input/gzip_util.h"
#include "input/page_reader_util.h"
#include "newsift/extract.h"

namespace newsift::input {
namespace {

using testing::AllPages;
using testing::Outcome;
using testing::ReadTestdata;

std::string WithoutCr(std::string s) {
  std::erase(s, '\r');
  return s;
}

TEST(MhtmlReaderTest, RecognisesMimeHeaders) {
  EXPECT_TRUE(LooksLikeMhtml("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n\r\n"));
  EXPECT_TRUE(LooksLikeMhtml("Content-Type: multipart/related;\r\n\tboundary=x\r\n\r\n"));
  EXPECT_FALSE(LooksLikeMhtml("<!DOCTYPE html><html>"));
  EXPECT_FALSE(LooksLikeMhtml("Subject: no MIME fields\r\n\r\n<html>"));
  EXPECT_FALSE(LooksLikeMhtml("Note: this is: text\nwith a second line that is prose\n"));
}

TEST(MhtmlReaderTest, ChromeSingleFilePage) {
  const auto pages = AllPages(ReadTestdata("containers/ferry.mhtml"), "ferry.mhtml");
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_TRUE(pages[0].bytes.ok()) << Outcome(pages[0]);
  EXPECT_EQ(pages[0].source, "ferry.mhtml");
  EXPECT_EQ(pages[0].url, "https://baycourier.example/news/2024/10/08/night-ferry-returns");
  EXPECT_EQ(pages[0].charset, std::nullopt);
  // The quoted-printable part decodes to the saved page, byte for byte.
  EXPECT_EQ(WithoutCr(pages[0].bytes.value()), ReadTestdata("containers/ferry.html"));
}

TEST(MhtmlReaderTest, InternetExplorerBase64PartWithCharset) {
  const auto pages = AllPages(ReadTestdata("containers/saphan.mht"), "saphan.mht");
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_TRUE(pages[0].bytes.ok()) << Outcome(pages[0]);
  EXPECT_EQ(pages[0].charset, "windows-874");
  EXPECT_EQ(pages[0].url, "https://riverside-news.example/th/2024/11/saphan");
  // The page itself declares nothing, and detection cannot find Thai: the
  // part's charset is what decodes it.
  PageInput input{pages[0].bytes.value(), pages[0].source, pages[0].url, pages[0].charset};
  const Result<Article> article = ExtractPage(input, {});
  ASSERT_TRUE(article.ok());
  const Result<Article> utf8 = ExtractHtml(ReadTestdata("encoding/th-saphan.utf-8.html"));
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(article.value().headline, utf8.value().headline);
  EXPECT_EQ(article.value().BodyText(), utf8.value().BodyText());
}

TEST(MhtmlReaderTest, NoHtmlPart) {
  const auto pages = AllPages(ReadTestdata("containers/images-only.mhtml"), "x.mhtml");
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_FALSE(pages[0].bytes.ok());
  EXPECT_EQ(pages[0].bytes.error().code, ErrorCode::kContainer);
  EXPECT_EQ(Outcome(pages[0]), "MHTML file without an HTML part");
}

TEST(MhtmlReaderTest, StartParameterNamesTheRootAndNestedMultipartsAreEntered) {
  const std::string mhtml =
      "MIME-Version: 1.0\r\n"
      "Content-Type: multipart/related; boundary=\"outer\"; start=\"<root@x>\"\r\n\r\n"
      "--outer\r\nContent-Type: text/html\r\nContent-ID: <frame@x>\r\n\r\n<p>an iframe</p>\r\n"
      "--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
      "--inner\r\nContent-Type: text/plain\r\n\r\nplain version\r\n"
      "--inner\r\nContent-Type: text/html; charset=\"iso-8859-1\"\r\nContent-ID: <root@x>\r\n"
      "Content-Location: https://example.org/root\r\n\r\n<p>the root</p>\r\n"
      "--inner--\r\n--outer--\r\n";
  const auto pages = AllPages(mhtml, "m.mht");
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_TRUE(pages[0].bytes.ok()) << Outcome(pages[0]);
  EXPECT_EQ(pages[0].bytes.value(), "<p>the root</p>");  // the CRLF is the boundary's
  EXPECT_EQ(pages[0].charset, "iso-8859-1");
  EXPECT_EQ(pages[0].url, "https://example.org/root");
}

TEST(MhtmlReaderTest, StartNamingNoPartFallsBackToTheFirstHtmlPart) {
  const std::string mhtml =
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b; start=<gone@x>\r\n\r\n"
      "--b\r\nContent-Type: image/png\r\n\r\nPNG\r\n"
      "--b\r\nContent-Type: text/html\r\n\r\n<p>first html</p>\r\n"
      "--b\r\nContent-Type: text/html\r\n\r\n<p>second html</p>\r\n--b--\r\n";
  const auto pages = AllPages(mhtml, "m.mht");
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_TRUE(pages[0].bytes.ok());
  EXPECT_EQ(pages[0].bytes.value(), "<p>first html</p>");
}

TEST(MhtmlReaderTest, SinglePartMessageAndCutShortFile) {
  const auto single = AllPages(
      "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
      "Content-Transfer-Encoding: quoted-printable\n\n<p>caf=C3=A9</p>\n",
      "s.mht");
  ASSERT_EQ(single.size(), 1u);
  ASSERT_TRUE(single[0].bytes.ok());
  EXPECT_EQ(single[0].bytes.value(), "<p>caf\xC3\xA9</p>\n");
  // No closing boundary: the part is what there is.
  const auto cut = AllPages(
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
      "--b\r\nContent-Type: text/html\r\n\r\n<p>start of a page",
      "c.mht");
  ASSERT_EQ(cut.size(), 1u);
  ASSERT_TRUE(cut[0].bytes.ok());
  EXPECT_EQ(cut[0].bytes.value(), "<p>start of a page");
}

TEST(MhtmlReaderTest, HtmlPartOverTheLimit) {
  const std::string mhtml =
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
      "--b\r\nContent-Type: text/html\r\n\r\n" +
      std::string(5000, 'x') + "\r\n--b--\r\n";
  const auto pages = AllPages(mhtml, "big.mht", 1000);
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_FALSE(pages[0].bytes.ok());
  EXPECT_EQ(pages[0].bytes.error().code, ErrorCode::kTooLarge);
}

}  // namespace
}  // namespace newsift::input
