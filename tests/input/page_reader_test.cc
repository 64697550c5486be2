#include "newsift/input/page_reader.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "input/gzip_util.h"
#include "input/page_reader_util.h"

namespace newsift::input {
namespace {

using testing::AllPages;
using testing::Compress;
using testing::CompressZstd;
using testing::CompressZstdWithDictionary;
using testing::Outcome;
using testing::ReadTestdata;

class PageReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("newsift_page_reader_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& data) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << data;
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(PageReaderTest, KindIsRecognisedByContentNotName) {
  ReadLimits limits;
  // An MHTML file named .html, a WARC named .bin, gzip named .txt.
  auto mhtml = OpenPages(Write("saved.html", ReadTestdata("containers/ferry.mhtml")), limits);
  ASSERT_TRUE(mhtml.ok());
  auto pages = AllPages(mhtml.value().get());
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].url, "https://baycourier.example/news/2024/10/08/night-ferry-returns");

  auto warc = OpenPages(Write("crawl.bin", ReadTestdata("containers/crawl.warc.gz")), limits);
  ASSERT_TRUE(warc.ok());
  EXPECT_TRUE(warc.value()->holds_many());
  EXPECT_EQ(AllPages(warc.value().get()).size(), 5u);

  const std::string page = "<html><body><p>plain page</p></body></html>";
  auto gz = OpenPages(Write("page.txt", Compress(page)), limits);
  ASSERT_TRUE(gz.ok());
  EXPECT_FALSE(gz.value()->holds_many());
  pages = AllPages(gz.value().get());
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].bytes.value(), page);
  EXPECT_EQ(pages[0].source, (dir_ / "page.txt").string());
}

TEST_F(PageReaderTest, PlainPagesGzipInGzipAndSavedHttpResponses) {
  EXPECT_EQ(AllPages("<p>x</p>", "p.html")[0].bytes.value(), "<p>x</p>");
  EXPECT_EQ(AllPages(Compress(Compress("<p>twice</p>")), "p.gz.gz")[0].bytes.value(),
            "<p>twice</p>");
  const auto http = AllPages(ReadTestdata("containers/library.http"), "library.http");
  ASSERT_EQ(http.size(), 1u);
  EXPECT_EQ(http[0].charset, "utf-8");
  EXPECT_EQ(http[0].bytes.value(), ReadTestdata("containers/library.html"));
}

TEST_F(PageReaderTest, EmptyInputIsOneEmptyPage) {
  const auto pages = AllPages("", "empty.html");
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].bytes.value(), "");
}

TEST_F(PageReaderTest, FailuresToOpen) {
  ReadLimits limits;
  limits.max_page_bytes = 1000;
  auto missing = OpenPages((dir_ / "missing.html").string(), limits);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message, "No such file or directory");
  auto dir = OpenPages(dir_.string(), limits);
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.error().message, "is a directory");
  auto big = OpenPages(Write("big.html", std::string(5000, 'x')), limits);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().message, "input larger than the 1000 bytes limit (see --max-size)");
}

TEST_F(PageReaderTest, TruncatedGzipAndGzipBomb) {
  const auto truncated =
      AllPages(ReadTestdata("containers/ferry.truncated.html.gz"), "ferry.truncated.html.gz");
  ASSERT_EQ(truncated.size(), 1u);
  EXPECT_EQ(Outcome(truncated[0]), "truncated gzip data");
  // 32 MiB of spaces in 32 KiB: reading stops at the limit.
  const auto bomb = AllPages(Compress(std::string(32u << 20, ' ')), "bomb.html.gz", 1u << 20);
  ASSERT_EQ(bomb.size(), 1u);
  ASSERT_FALSE(bomb[0].bytes.ok());
  EXPECT_EQ(bomb[0].bytes.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(Outcome(bomb[0]), "decompressed input larger than the 1 MiB limit (see --max-size)");
}

// .html.zst files and zstd on standard input, as gzip: by their magic
// number, in layers, streamed, with clear errors.
TEST_F(PageReaderTest, ZstdPagesAndFailures) {
  const std::string page = "<html><body><p>A page kept as .html.zst.</p></body></html>";
  EXPECT_EQ(AllPages(CompressZstd(page), "p.html.zst")[0].bytes.value(), page);
  EXPECT_EQ(AllPages(CompressZstd(Compress(page)), "p.gz.zst")[0].bytes.value(), page);
  // Frames one after the other, and a skippable frame first.
  EXPECT_EQ(
      AllPages(CompressZstd("<p>one</p>") + CompressZstd("<p>two</p>"), "f.zst")[0].bytes.value(),
      "<p>one</p><p>two</p>");
  const std::string skippable("\x50\x2A\x4D\x18\x04\x00\x00\x00note", 12);
  EXPECT_EQ(AllPages(skippable + CompressZstd(page), "s.zst")[0].bytes.value(), page);
  // A WARC inside.
  const std::string warc = ReadTestdata("containers/crawl.warc");
  const auto from_zst = AllPages(CompressZstd(warc), "crawl.warc.zst");
  const auto from_plain = AllPages(warc, "crawl.warc.zst");
  ASSERT_EQ(from_zst.size(), from_plain.size());
  for (size_t i = 0; i < from_zst.size(); ++i) {
    EXPECT_EQ(Outcome(from_zst[i]), Outcome(from_plain[i])) << i;
  }
  // Cut short, or not zstd after its magic number.
  const std::string whole = CompressZstd(std::string(100000, 'x') + page);
  EXPECT_EQ(Outcome(AllPages(whole.substr(0, whole.size() / 2), "cut.zst")[0]),
            "truncated zstd data");
  EXPECT_EQ(Outcome(AllPages(std::string("\x28\xB5\x2F\xFD", 4), "hdr.zst")[0]),
            "truncated zstd data");
  EXPECT_EQ(
      Outcome(AllPages(std::string("\x28\xB5\x2F\xFD\xFF\xFF\xFF\xFF", 8) + std::string(64, '\x7F'),
                       "junk.zst")[0]),
      "corrupt zstd data");
  // A bomb stops at the limit.
  const auto bomb = AllPages(CompressZstd(std::string(32u << 20, ' ')), "bomb.zst", 1u << 20);
  EXPECT_EQ(Outcome(bomb[0]), "decompressed input larger than the 1 MiB limit (see --max-size)");
}

// A .warc.zst: its dictionary first, in a skippable frame (0x184D2A5D),
// plain or itself compressed; then frames compressed with it.
TEST_F(PageReaderTest, ZstdWithItsDictionaryInASkippableFrame) {
  const std::string dictionary =
      "<html><head><meta charset=utf-8><title></title></head><body><article><h1></h1><p>"
      "The harbour council said on Tuesday that the ferry would run again from the spring.";
  const std::string page =
      "<html><head><meta charset=utf-8><title>Ferry</title></head><body><article><h1>Ferry"
      "</h1><p>The harbour council said on Tuesday that the ferry would run again.</p>";
  const auto frame = [](std::string_view content) {
    std::string header("\x5D\x2A\x4D\x18", 4);
    const auto size = static_cast<uint32_t>(content.size());
    for (int i = 0; i < 4; ++i) header.push_back(static_cast<char>((size >> (8 * i)) & 0xFF));
    return header + std::string(content);
  };
  const std::string body =
      CompressZstdWithDictionary(page, dictionary) + CompressZstdWithDictionary(page, dictionary);
  EXPECT_EQ(AllPages(frame(dictionary) + body, "a.warc.zst")[0].bytes.value(), page + page);
  EXPECT_EQ(AllPages(frame(CompressZstd(dictionary)) + body, "b.warc.zst")[0].bytes.value(),
            page + page);
  // A dictionary frame cut short, or one too large.
  EXPECT_EQ(Outcome(AllPages(frame(dictionary).substr(0, 40), "c.warc.zst")[0]),
            "truncated zstd data");
  std::string huge("\x5D\x2A\x4D\x18\xFF\xFF\xFF\x7F", 8);
  EXPECT_EQ(Outcome(AllPages(huge, "d.warc.zst")[0]), "zstd dictionary larger than 8 MiB");
}

}  // namespace
}  // namespace newsift::input
