#include "newsift/input/gzip.h"

#include <string>

#include <gtest/gtest.h>

#include "input/gzip_util.h"
#include "newsift/input/read_file.h"

namespace newsift::input {
namespace {

using testing::Compress;

// Reads a gzip source to its end or failure.
struct Drained {
  std::string data;
  std::optional<Error> error;
};
Drained Drain(ByteSource* source) {
  Drained d;
  char buffer[100];  // small reads exercise zlib's held-back output
  size_t n;
  while ((n = source->Read(buffer, sizeof(buffer))) > 0) d.data.append(buffer, n);
  d.error = source->error();
  return d;
}

std::string Text(size_t n) {
  std::string s;
  for (size_t i = 0; s.size() < n; ++i) s += "line " + std::to_string(i) + " of the page\n";
  return s;
}

TEST(GzipSourceTest, DecompressesOneMember) {
  const std::string page = Text(50000);
  auto source = NewGzipSource(NewMemorySource(Compress(page)));
  const Drained d = Drain(source.get());
  EXPECT_FALSE(d.error);
  EXPECT_EQ(d.data, page);
}

TEST(GzipSourceTest, ConcatenatedMembersReadAsOneStream) {
  auto source = NewGzipSource(NewMemorySource(Compress("first ") + Compress("second")));
  EXPECT_EQ(Drain(source.get()).data, "first second");
}

TEST(GzipSourceTest, NulPaddingAndTrailingGarbageEndTheData) {
  auto padded = NewGzipSource(NewMemorySource(Compress("page") + std::string(512, '\0')));
  const Drained d = Drain(padded.get());
  EXPECT_EQ(d.data, "page");
  EXPECT_FALSE(d.error);
  auto junk = NewGzipSource(NewMemorySource(Compress("page") + "junk after the member"));
  EXPECT_EQ(Drain(junk.get()).data, "page");
}

TEST(GzipSourceTest, TruncatedMemberIsAnError) {
  const std::string gz = Compress(Text(20000));
  auto source = NewGzipSource(NewMemorySource(gz.substr(0, gz.size() / 2)));
  const Drained d = Drain(source.get());
  ASSERT_TRUE(d.error);
  EXPECT_EQ(d.error->code, ErrorCode::kContainer);
  EXPECT_EQ(d.error->message, "truncated gzip data");
  EXPECT_FALSE(source->Recover());  // nothing follows
}

TEST(GzipSourceTest, RecoversAtTheMemberAfterADamagedOne) {
  std::string damaged = Compress(Text(20000));
  damaged.resize(damaged.size() / 2);  // runs straight into the next member
  auto source = NewGzipSource(NewMemorySource(Compress("before|") + damaged + Compress("after")));
  Drained first = Drain(source.get());
  ASSERT_TRUE(first.error);
  EXPECT_EQ(first.error->code, ErrorCode::kContainer);
  EXPECT_EQ(first.data.substr(0, 7), "before|");
  ASSERT_TRUE(source->Recover());
  const Drained rest = Drain(source.get());
  EXPECT_FALSE(rest.error);
  EXPECT_EQ(rest.data, "after");
}

TEST(GzipSourceTest, BombStopsAtTheReadLimit) {
  // 16 MiB of zeros compress to about 16 KiB; reading stops at the limit
  // without ever holding more than the limit.
  const std::string bomb = Compress(std::string(16u << 20, '\0'));
  EXPECT_LT(bomb.size(), 32u * 1024);
  auto source = NewGzipSource(NewMemorySource(bomb));
  const Result<std::string> r = ReadAll(source.get(), 1u << 20, "decompressed input");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(r.error().message, "decompressed input larger than the 1 MiB limit (see --max-size)");
}

}  // namespace
}  // namespace newsift::input
