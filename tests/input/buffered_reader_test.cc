#include "newsift/input/buffered_reader.h"

#include <string>

#include <gtest/gtest.h>

namespace newsift::input {
namespace {

BufferedReader Over(std::string bytes) { return BufferedReader(NewMemorySource(std::move(bytes))); }

TEST(BufferedReaderTest, PeekDoesNotConsume) {
  BufferedReader in = Over("WARC/1.1\r\nrest");
  EXPECT_EQ(in.Peek(5), "WARC/");
  EXPECT_EQ(in.Peek(100), "WARC/1.1\r\nrest");
  std::string line;
  ASSERT_TRUE(in.ReadLine(&line, 100));
  EXPECT_EQ(line, "WARC/1.1\r\n");
  EXPECT_EQ(in.offset(), 10u);
}

TEST(BufferedReaderTest, LinesLongerThanTheCapComeInPieces) {
  BufferedReader in = Over(std::string(25, 'x') + "\nshort");
  std::string line;
  bool complete = true;
  ASSERT_TRUE(in.ReadLine(&line, 10, &complete));
  EXPECT_EQ(line, std::string(10, 'x'));
  EXPECT_FALSE(complete);
  ASSERT_TRUE(in.ReadLine(&line, 10, &complete));
  ASSERT_TRUE(in.ReadLine(&line, 10, &complete));
  EXPECT_EQ(line, "xxxxx\n");
  EXPECT_TRUE(complete);
  ASSERT_TRUE(in.ReadLine(&line, 10, &complete));
  EXPECT_EQ(line, "short");  // the end of the data ends the last line
  EXPECT_TRUE(complete);
  EXPECT_FALSE(in.ReadLine(&line, 10, &complete));
}

TEST(BufferedReaderTest, CountedReadsSkipsAndPushBack) {
  std::string data;
  for (int i = 0; i < 100000; ++i) data.push_back(static_cast<char>('a' + i % 26));
  BufferedReader in = Over(data);
  std::string out;
  EXPECT_EQ(in.ReadInto(70000, &out), 70000u);
  EXPECT_EQ(out, data.substr(0, 70000));
  in.Unread(std::string_view(out).substr(69990));
  EXPECT_EQ(in.offset(), 69990u);
  EXPECT_EQ(in.Skip(20000), 20000u);
  out.clear();
  EXPECT_EQ(in.ReadInto(1u << 20, &out), 10010u);  // only what is left
  EXPECT_EQ(out, data.substr(89990));
  EXPECT_EQ(in.Skip(5), 0u);
  EXPECT_FALSE(in.error());
}

}  // namespace
}  // namespace newsift::input
