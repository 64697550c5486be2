#include "newsift/input/decompress.h"

#include <string>

#include <gtest/gtest.h>

#include "input/gzip_util.h"

namespace newsift::input {
namespace {

using testing::Compress;
using testing::CompressBrotli;
using testing::CompressZstd;

std::string Text(size_t n) {
  std::string s;
  for (size_t i = 0; s.size() < n; ++i) s += "line " + std::to_string(i) + " of the page\n";
  return s;
}

TEST(DecompressTest, ContentEncodingTokens) {
  EXPECT_EQ(ParseContentEncoding("gzip"), ContentEncoding::kGzip);
  EXPECT_EQ(ParseContentEncoding("X-Gzip"), ContentEncoding::kGzip);
  EXPECT_EQ(ParseContentEncoding("deflate"), ContentEncoding::kDeflate);
  EXPECT_EQ(ParseContentEncoding("BR"), ContentEncoding::kBrotli);
  EXPECT_EQ(ParseContentEncoding("zstd"), ContentEncoding::kZstd);
  EXPECT_EQ(ParseContentEncoding("compress"), std::nullopt);
  EXPECT_EQ(ParseContentEncoding("gzip, br"), std::nullopt);
}

TEST(DecompressTest, GzipZlibAndRawDeflate) {
  const std::string page = Text(3000);
  const Result<std::string> gzip = Decompress(Compress(page), ContentEncoding::kGzip, 1u << 20);
  ASSERT_TRUE(gzip.ok());
  EXPECT_EQ(gzip.value(), page);
  const Result<std::string> zlib =
      Decompress(Compress(page, 15), ContentEncoding::kDeflate, 1u << 20);
  ASSERT_TRUE(zlib.ok());
  EXPECT_EQ(zlib.value(), page);
  const Result<std::string> raw =
      Decompress(Compress(page, -15), ContentEncoding::kDeflate, 1u << 20);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(raw.value(), page);
}

TEST(DecompressTest, LimitCorruptionAndTruncation) {
  const Result<std::string> bomb =
      Decompress(Compress(std::string(8u << 20, 'a')), ContentEncoding::kGzip, 1u << 20);
  ASSERT_FALSE(bomb.ok());
  EXPECT_EQ(bomb.error().code, ErrorCode::kTooLarge);
  std::string damaged = Compress("a page whose checksum is damaged");
  damaged[damaged.size() - 6] ^= 0x55;
  const Result<std::string> corrupt = Decompress(damaged, ContentEncoding::kGzip, 1u << 20);
  ASSERT_FALSE(corrupt.ok());
  EXPECT_EQ(corrupt.error().code, ErrorCode::kContainer);
  // A body cut short (a crawler's length limit) yields its beginning.
  const std::string page = Text(100000);
  const std::string gz = Compress(page);
  const Result<std::string> cut =
      Decompress(gz.substr(0, gz.size() / 2), ContentEncoding::kGzip, 1u << 20);
  ASSERT_TRUE(cut.ok());
  EXPECT_GT(cut.value().size(), 1000u);
  EXPECT_EQ(cut.value(), page.substr(0, cut.value().size()));
}

TEST(DecompressTest, BrotliAndZstd) {
  const std::string page = Text(300000);
  const Result<std::string> br =
      Decompress(CompressBrotli(page), ContentEncoding::kBrotli, 1u << 20);
  ASSERT_TRUE(br.ok()) << br.error().message;
  EXPECT_EQ(br.value(), page);
  const Result<std::string> zstd = Decompress(CompressZstd(page), ContentEncoding::kZstd, 1u << 20);
  ASSERT_TRUE(zstd.ok()) << zstd.error().message;
  EXPECT_EQ(zstd.value(), page);
  // Zstandard frames may follow each other.
  const Result<std::string> frames = Decompress(CompressZstd("first, ") + CompressZstd("second"),
                                                ContentEncoding::kZstd, 1u << 20);
  ASSERT_TRUE(frames.ok());
  EXPECT_EQ(frames.value(), "first, second");
}

TEST(DecompressTest, BrotliAndZstdBombsCorruptionAndTruncation) {
  const std::string bomb(8u << 20, 'a');
  for (const auto& [encoding, compressed] :
       {std::pair{ContentEncoding::kBrotli, CompressBrotli(bomb)},
        std::pair{ContentEncoding::kZstd, CompressZstd(bomb)}}) {
    const Result<std::string> big = Decompress(compressed, encoding, 1u << 20);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, ErrorCode::kTooLarge);
  }
  // Both decode a block at a time (zstd's blocks hold up to 128 KiB), so
  // the page spans several.
  const std::string page = Text(1000000);
  for (const auto& [encoding, compressed] :
       {std::pair{ContentEncoding::kBrotli, CompressBrotli(page)},
        std::pair{ContentEncoding::kZstd, CompressZstd(page)}}) {
    // Cut short: the beginning of the page.
    const Result<std::string> cut =
        Decompress(compressed.substr(0, compressed.size() / 2), encoding, 4u << 20);
    ASSERT_TRUE(cut.ok());
    EXPECT_GT(cut.value().size(), 1000u);
    EXPECT_EQ(cut.value(), page.substr(0, cut.value().size()));
    // Not the coding at all.
    const Result<std::string> corrupt =
        Decompress("<html><p>this is not compressed</p></html>", encoding, 1u << 20);
    ASSERT_FALSE(corrupt.ok());
    EXPECT_EQ(corrupt.error().code, ErrorCode::kContainer);
    EXPECT_EQ(corrupt.error().message, "corrupt compressed body");
  }
}

}  // namespace
}  // namespace newsift::input
