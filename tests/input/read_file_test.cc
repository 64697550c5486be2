#include "newsift/input/read_file.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace newsift::input {
namespace {

class ReadFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("newsift_read_file_test_" + std::to_string(::getpid()));
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

TEST_F(ReadFileTest, ReadsWholeFile) {
  const Result<std::string> r = ReadFile(Write("a.html", "<p>hi</p>"), 1024);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), "<p>hi</p>");
}

TEST_F(ReadFileTest, MissingFile) {
  const Result<std::string> r = ReadFile((dir_ / "nope.html").string(), 1024);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kIo);
  EXPECT_EQ(r.error().message, "No such file or directory");
}

TEST_F(ReadFileTest, Directory) {
  const Result<std::string> r = ReadFile(dir_.string(), 1024);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "is a directory");
}

TEST_F(ReadFileTest, TooLarge) {
  const Result<std::string> r = ReadFile(Write("big.html", std::string(2000, 'x')), 1024);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(r.error().message, "input larger than the 1 KiB limit (see --max-size)");
}

TEST_F(ReadFileTest, PipeLargerThanLimitStopsReading) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string data(5000, 'y');
  ASSERT_EQ(::write(fds[1], data.data(), data.size()), static_cast<ssize_t>(data.size()));
  ::close(fds[1]);
  const Result<std::string> r = ReadFile("/dev/fd/" + std::to_string(fds[0]), 1000);
  ::close(fds[0]);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kTooLarge);
}

TEST(FormatBytesTest, Units) {
  EXPECT_EQ(FormatBytes(12), "12 bytes");
  EXPECT_EQ(FormatBytes(64u << 20), "64 MiB");
  EXPECT_EQ(FormatBytes(1536), "1.5 KiB");
}

}  // namespace
}  // namespace newsift::input
