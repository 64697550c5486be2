#include "newsift/input/sniff.h"

#include <string>

#include <gtest/gtest.h>

namespace newsift::input {
namespace {

TEST(SniffTest, Kinds) {
  EXPECT_EQ(SniffContent(""), ContentKind::kEmpty);
  EXPECT_EQ(SniffContent(" \n\t "), ContentKind::kEmpty);
  EXPECT_EQ(SniffContent("<!doctype html><p>x"), ContentKind::kText);
  EXPECT_EQ(SniffContent("\x1F\x8B\x08\x00rest"), ContentKind::kGzip);
  EXPECT_EQ(SniffContent(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)), ContentKind::kBinary);
  EXPECT_EQ(SniffContent("%PDF-1.7\n"), ContentKind::kBinary);
}

TEST(SniffTest, Utf16WithoutBomIsText) {
  const std::string utf16le("<\0h\0t\0m\0l\0>\0<\0p\0>\0h\0i\0", 22);
  EXPECT_EQ(SniffContent(utf16le), ContentKind::kText);
}

TEST(SniffTest, ControlByteSoupIsBinary) {
  std::string junk;
  for (int i = 0; i < 512; ++i) junk.push_back(static_cast<char>((i * 7) % 32));
  EXPECT_EQ(SniffContent("x" + junk), ContentKind::kBinary);
}

}  // namespace
}  // namespace newsift::input
