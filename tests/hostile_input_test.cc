// What the issue tracker calls hostile input: bytes that are not a page,
// broken encodings, huge and pathological pages, and pages that name
// files or servers. None may crash, hang, or reach outside the input.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "input/encoding_internal.h"
#include "newsift/dom/document.h"
#include "newsift/extract.h"

namespace newsift {
namespace {

const std::string kArticle =
    "<h1>Dam inspection finds no damage</h1>"
    "<p>Engineers who inspected the Lower Brook dam after last week's floods found no damage to "
    "the wall or the spillway, the water board said on Friday, and the reservoir will be refilled "
    "over the coming month.</p>"
    "<p>The board had lowered the water level as a precaution when the river rose to its highest "
    "point in thirty years, closing the footpath along the crest for six days.</p>";

std::string Page(const std::string& before_article, const std::string& after_article = "") {
  return "<html><head><title>t</title></head><body>" + before_article + "<article>" + kArticle +
         "</article>" + after_article + "</body></html>";
}

bool IsValidUtf8(const std::string& s) {
  const input::internal::Utf8Stats stats = input::internal::ScanUtf8(s);
  return stats.invalid == 0;
}

void ExpectTheArticle(const Result<Article>& article) {
  ASSERT_TRUE(article.ok()) << article.error().message;
  EXPECT_EQ(article.value().headline, "Dam inspection finds no damage");
  const std::string body = article.value().BodyText();
  EXPECT_NE(body.find("Engineers who inspected the Lower Brook dam"), std::string::npos);
  EXPECT_NE(body.find("closing the footpath along the crest for six days."), std::string::npos);
}

TEST(HostileInputTest, ZeroBytesAndWhiteSpace) {
  for (const std::string bytes : {"", " \r\n\t "}) {
    const Result<Article> article = ExtractHtml(bytes);
    ASSERT_FALSE(article.ok());
    EXPECT_EQ(article.error().code, ErrorCode::kNotHtml);
    EXPECT_EQ(article.error().message, "empty input");
  }
}

TEST(HostileInputTest, BinaryJunk) {
  std::mt19937 random(5);
  for (int round = 0; round < 20; ++round) {
    std::string junk(4096 + round * 997, '\0');
    for (char& c : junk) c = static_cast<char>(random());
    const Result<Article> article = ExtractHtml(junk);
    ASSERT_FALSE(article.ok());
    EXPECT_EQ(article.error().code, ErrorCode::kNotHtml);
  }
}

TEST(HostileInputTest, NulBytesAreDropped) {
  std::string page = Page("<nav>x</nav>");
  for (size_t i = 10; i < page.size(); i += 37) page.insert(i, 1, '\0');
  const Result<Article> article = ExtractHtml(page);
  ASSERT_TRUE(article.ok()) << article.error().message;
  const std::string body = article.value().BodyText();
  EXPECT_EQ(body.find('\0'), std::string::npos);
  EXPECT_NE(body.find("reservoir"), std::string::npos);
}

TEST(HostileInputTest, InvalidUtf8BecomesReplacementCharacters) {
  const std::string bad =
      "\xC3\x28 \xA0\xA1 \xE2\x28\xA1 \xF0\x28\x8C\xBC \xF8\xA1\xA1\xA1\xA1 \xED\xA0\x80";
  const std::string page = "<meta charset=utf-8>" + Page("", "<p>" + bad + "</p>");
  for (const std::string& bytes : {page, "<p>" + bad + bad + bad + "</p>" + page}) {
    const Result<Article> article = ExtractHtml(bytes);
    ASSERT_TRUE(article.ok()) << article.error().message;
    EXPECT_TRUE(IsValidUtf8(article.value().BodyText()));
    EXPECT_TRUE(IsValidUtf8(article.value().headline.value_or("")));
  }
}

TEST(HostileInputTest, FiftyMegabytePage) {
  std::string page = "<html><body><article><h1>A very long report</h1>";
  const std::string paragraph =
      "<p>This paragraph of the long report describes, in plain words and full sentences, one "
      "more of the many findings of the committee, with figures, dates and places.</p>\n";
  while (page.size() < (50u << 20)) page += paragraph;
  page += "</article></body></html>";
  ExtractOptions options;
  options.time_limit = std::chrono::milliseconds(0);  // sanitizer builds are slow
  const Result<Article> article = ExtractHtml(page, options);
  ASSERT_TRUE(article.ok()) << article.error().message;
  EXPECT_GT(article.value().body.size(), 250000u);
}

TEST(HostileInputTest, TwoHundredThousandDivs) {
  std::string divs;
  for (int i = 0; i < 200000; ++i) divs += "<div class=\"c" + std::to_string(i % 50) + "\">x</div>";
  ExpectTheArticle(ExtractHtml(Page(divs)));
}

TEST(HostileInputTest, HundredThousandNestedElements) {
  const int kDepth = 100000;
  std::string closed;
  for (int i = 0; i < kDepth; ++i) closed += "<div>";
  closed += "deep";
  for (int i = 0; i < kDepth; ++i) closed += "</div>";
  ExpectTheArticle(ExtractHtml(Page(closed)));
  ExpectTheArticle(ExtractHtml(Page("", closed)));
  // Never closed, block and inline.
  for (const std::string tag : {"<div>", "<span>", "<b>", "<table>", "<li>"}) {
    std::string open;
    for (int i = 0; i < kDepth; ++i) open += tag;
    ExpectTheArticle(ExtractHtml(Page("", open + "deep")));
  }
}

TEST(HostileInputTest, DeeplyNestedJsonLd) {
  std::string arrays = "<script type=\"application/ld+json\">";
  for (int i = 0; i < 200000; ++i) arrays += '[';
  for (int i = 0; i < 200000; ++i) arrays += ']';
  std::string objects = "</script><script type=\"application/ld+json\">";
  for (int i = 0; i < 100000; ++i) objects += "{\"@graph\":";
  objects += "1";
  for (int i = 0; i < 100000; ++i) objects += '}';
  ExpectTheArticle(ExtractHtml(Page(arrays + objects + "</script>")));
}

TEST(HostileInputTest, QuadraticMarkupStopsAtTheTimeLimit) {
  // Stray end tags under deep nesting: libxml2 searches its whole element
  // stack for each one (minutes of work without a limit).
  std::string page = Page("");
  for (int i = 0; i < 200000; ++i) page += "<span><i>";
  for (int i = 0; i < 2000000; ++i) page += "</x>";
  ExtractOptions options;
  options.time_limit = std::chrono::milliseconds(300);
  const auto start = std::chrono::steady_clock::now();
  const Result<Article> article = ExtractHtml(page, options);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.error().code, ErrorCode::kTimeLimit);
  EXPECT_EQ(article.error().message, "took longer than the 300 ms time limit (see --time-limit)");
  // CPU time, so a busy machine may stretch it; still far from minutes.
  EXPECT_LT(elapsed, std::chrono::seconds(20));
}

// Pages that name local files and servers in every way HTML and XML allow.
class NoOutsideAccessTest : public ::testing::Test {
 protected:
  void SetUp() override {
    secret_ = std::filesystem::temp_directory_path() /
              ("newsift_secret_" + std::to_string(::getpid()) + ".txt");
    std::ofstream(secret_) << "SECRET-MARKER-3141";
    server_ = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(server_, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(server_, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ASSERT_EQ(::listen(server_, 16), 0);
    socklen_t length = sizeof(address);
    ASSERT_EQ(::getsockname(server_, reinterpret_cast<sockaddr*>(&address), &length), 0);
    url_ = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port)) + "/x";
    ::fcntl(server_, F_SETFL, O_NONBLOCK);
  }
  void TearDown() override {
    ::close(server_);
    std::filesystem::remove(secret_);
  }

  std::filesystem::path secret_;
  int server_ = -1;
  std::string url_;
};

TEST_F(NoOutsideAccessTest, EntitiesDtdsXIncludeAndLinksAreNeverFetched) {
  const dom::LibXmlScope libxml;
  const std::string file = "file://" + secret_.string();
  const std::string page =
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"" + url_ +
      "\" [\n"
      "<!ENTITY file SYSTEM \"" +
      file + "\">\n<!ENTITY net SYSTEM \"" + url_ +
      "\">\n"
      "<!ENTITY % p SYSTEM \"" +
      url_ +
      "\"> %p; ]>\n"
      "<?xml-stylesheet href=\"" +
      url_ + "\"?>\n" +
      Page("<link rel=stylesheet href=\"" + url_ + "\"><script src=\"" + file + "\"></script>",
           "<p>&file; &net;</p><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" +
               file + "\" parse=\"text\"/><iframe src=\"" + file + "\"></iframe><img src=\"" +
               url_ + "\"><object data=\"" + file + "\"></object>");
  const Result<Article> article = ExtractHtml(page);
  ExpectTheArticle(article);
  for (const std::string& text :
       {article.value().BodyText(), article.value().headline.value_or("")}) {
    EXPECT_EQ(text.find("SECRET-MARKER"), std::string::npos);
  }
  const Result<std::string> explained = ExplainPage(PageInput{page, "-", {}, {}}, {});
  ASSERT_TRUE(explained.ok());
  EXPECT_EQ(explained.value().find("SECRET-MARKER"), std::string::npos);
  // Nobody knocked.
  EXPECT_LT(::accept(server_, nullptr, nullptr), 0);
  EXPECT_TRUE(errno == EAGAIN || errno == EWOULDBLOCK);
}

}  // namespace
}  // namespace newsift
