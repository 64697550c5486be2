#include "newsift/cli/atomic_file.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace newsift::cli {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsift_atomic_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::string Slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  // Every name in the tree, hidden ones included.
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(dir_)) {
      names.push_back(fs::relative(entry.path(), dir_).string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
};

TEST_F(AtomicFileTest, NothingVisibleBeforeCommit) {
  const std::string path = (dir_ / "a/b/page.txt").string();
  Result<AtomicFile> file = AtomicFile::Create(path);
  ASSERT_TRUE(file.ok()) << file.error().message;
  EXPECT_FALSE(file.value().Append("first part, ").has_value());
  EXPECT_FALSE(fs::exists(path));
  EXPECT_FALSE(file.value().Append("second part\n").has_value());
  EXPECT_FALSE(file.value().Commit().has_value());
  EXPECT_EQ(Slurp(path), "first part, second part\n");
  EXPECT_EQ(Names(), (std::vector<std::string>{"a", "a/b", "a/b/page.txt"}));
}

TEST_F(AtomicFileTest, CommitReplacesAnOlderOutputWhole) {
  const std::string path = (dir_ / "page.txt").string();
  std::ofstream(path) << "old output";
  Result<AtomicFile> file = AtomicFile::Create(path);
  ASSERT_TRUE(file.ok());
  EXPECT_FALSE(file.value().Append("new output").has_value());
  EXPECT_EQ(Slurp(path), "old output");
  EXPECT_FALSE(file.value().Commit().has_value());
  EXPECT_EQ(Slurp(path), "new output");
  EXPECT_EQ(Names(), (std::vector<std::string>{"page.txt"}));
}

TEST_F(AtomicFileTest, AbandonLeavesTheOldOutputAndNoLitter) {
  const std::string path = (dir_ / "page.txt").string();
  std::ofstream(path) << "old output";
  {
    Result<AtomicFile> file = AtomicFile::Create(path);
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file.value().Append("half of a new").has_value());
    // Destroyed without Commit(), as when a run is stopped.
  }
  EXPECT_EQ(Slurp(path), "old output");
  EXPECT_EQ(Names(), (std::vector<std::string>{"page.txt"}));
}

TEST_F(AtomicFileTest, NamedFallbackIsHiddenAndCleanedUp) {
  const std::string path = (dir_ / "page.txt").string();
  std::ofstream(path) << "old output";
  {
    Result<AtomicFile> file = AtomicFile::CreateNamed(path);
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file.value().Append("abandoned").has_value());
    const std::vector<std::string> names = Names();
    ASSERT_EQ(names.size(), 2u);
    EXPECT_EQ(names[0].rfind(".page.txt.newsift-", 0), 0u) << names[0];  // hidden
  }
  EXPECT_EQ(Names(), (std::vector<std::string>{"page.txt"}));
  Result<AtomicFile> file = AtomicFile::CreateNamed(path);
  ASSERT_TRUE(file.ok());
  EXPECT_FALSE(file.value().Append("new output").has_value());
  EXPECT_FALSE(file.value().Commit().has_value());
  EXPECT_EQ(Slurp(path), "new output");
  EXPECT_EQ(Names(), (std::vector<std::string>{"page.txt"}));
}

TEST_F(AtomicFileTest, ReadOnlyFolderFails) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes everywhere";
  fs::create_directories(dir_ / "locked");
  fs::permissions(dir_ / "locked", fs::perms::owner_read | fs::perms::owner_exec);
  Result<AtomicFile> file = AtomicFile::Create((dir_ / "locked/page.txt").string());
  fs::permissions(dir_ / "locked", fs::perms::owner_all);
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.error().message.find("Permission denied"), std::string::npos);
}

TEST_F(AtomicFileTest, FileInTheWayOfAFolderFails) {
  std::ofstream(dir_ / "a") << "a file, not a folder";
  Result<AtomicFile> file = AtomicFile::Create((dir_ / "a/page.txt").string());
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.error().message.find("cannot create folder"), std::string::npos)
      << file.error().message;
}

// A write that fails half way (a full disk) leaves neither the output nor
// a temporary file. RLIMIT_FSIZE makes write() fail with EFBIG past a few
// bytes, as ENOSPC would.
TEST_F(AtomicFileTest, FailedWriteLeavesNothing) {
  const std::string path = (dir_ / "page.txt").string();
  Result<AtomicFile> file = AtomicFile::Create(path);
  ASSERT_TRUE(file.ok());
  struct rlimit old_limit;
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old_limit), 0);
  struct rlimit limit = old_limit;
  limit.rlim_cur = 16;
  const sighandler_t old_handler = std::signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &limit), 0);
  const std::optional<Error> error = file.value().Append(std::string(4096, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->message.find("cannot write " + path), std::string::npos) << error->message;
  EXPECT_EQ(file.value().last_errno(), EFBIG);
  EXPECT_TRUE(file.value().Commit().has_value());  // nothing left to commit
  EXPECT_FALSE(fs::exists(path));
  EXPECT_EQ(Names(), std::vector<std::string>{});
}

TEST(MakeFoldersTest, CreatesParents) {
  const fs::path dir =
      fs::temp_directory_path() / ("newsift_mkdir_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  EXPECT_FALSE(MakeFolders((dir / "x/y/z").string()).has_value());
  EXPECT_TRUE(fs::is_directory(dir / "x/y/z"));
  EXPECT_FALSE(MakeFolders((dir / "x/y/z").string()).has_value());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsift::cli
