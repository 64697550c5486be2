#include "newsift/cli/folder_walk.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace newsift::cli {
namespace {

namespace fs = std::filesystem;

class FolderWalkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("newsift_walk_test_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void Touch(const std::string& relative) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "<html><p>x</p></html>";
  }

  // Walks root_ and returns what was found, relative to root_.
  std::vector<std::string> Walk(const WalkRules& rules = {}) {
    std::vector<std::string> found;
    WalkVisitor visitor;
    const std::string prefix = root_.string() + "/";
    visitor.file = [&](std::string path) { found.push_back(path.substr(prefix.size())); };
    visitor.error = [&](std::string path, std::string reason) {
      found.push_back("error " + path.substr(prefix.size()) + ": " + reason);
    };
    WalkFolder(root_.string(), rules, visitor);
    return found;
  }

  fs::path root_;
};

TEST_F(FolderWalkTest, SortedDepthFirst) {
  Touch("b.html");
  Touch("a/z.html");
  Touch("a/m/x.html");
  Touch("a.html");
  Touch("c/d/e/f.html");
  EXPECT_EQ(Walk(), (std::vector<std::string>{"a/m/x.html", "a/z.html", "a.html", "b.html",
                                              "c/d/e/f.html"}));
}

TEST_F(FolderWalkTest, SkipsHiddenAndBrowserAssetFolders) {
  Touch("story.html");
  Touch("story_files/frame.html");
  Touch(".git/index.html");
  Touch(".draft.html");
  Touch("docs/.story.txt.newsift-1-1");
  Touch("docs/page.html");
  EXPECT_EQ(Walk(), (std::vector<std::string>{"docs/page.html", "story.html"}));
}

TEST_F(FolderWalkTest, FollowsFileLinksButNotFolderLinks) {
  Touch("real/page.html");
  fs::create_symlink(root_ / "real/page.html", root_ / "link.html");
  fs::create_directory_symlink(root_ / "real", root_ / "real_again");
  fs::create_directory_symlink(root_, root_ / "real/loop");
  fs::create_symlink(root_ / "missing.html", root_ / "dangling.html");
  EXPECT_EQ(Walk(), (std::vector<std::string>{"link.html", "real/page.html"}));
}

TEST_F(FolderWalkTest, SkipsSpecialFiles) {
  Touch("page.html");
  ASSERT_EQ(::mkfifo((root_ / "pipe.html").c_str(), 0600), 0);
  EXPECT_EQ(Walk(), (std::vector<std::string>{"page.html"}));
}

TEST_F(FolderWalkTest, RulesKeepOutputsOut) {
  Touch("a.html");
  Touch("out/a.txt");
  Touch("sub/b.html");
  Touch("sub/b.txt");
  WalkRules rules;
  rules.skip_folders.insert(fs::canonical(root_ / "out").string());
  rules.skip_suffix = ".txt";
  EXPECT_EQ(Walk(rules), (std::vector<std::string>{"a.html", "sub/b.html"}));
}

TEST_F(FolderWalkTest, UnreadableFolderIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every folder";
  Touch("locked/page.html");
  Touch("open.html");
  fs::permissions(root_ / "locked", fs::perms::none);
  const std::vector<std::string> found = Walk();
  fs::permissions(root_ / "locked", fs::perms::owner_all);
  EXPECT_EQ(found, (std::vector<std::string>{"error locked: Permission denied", "open.html"}));
}

TEST(LooksLikePageTest, PagesAndContainers) {
  EXPECT_TRUE(LooksLikePage("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
  EXPECT_TRUE(LooksLikePage(std::string("\x28\xB5\x2F\xFD\x24\x00", 6)));  // zstd
  EXPECT_TRUE(LooksLikePage("\xEF\xBB\xBF\n  <html lang=en>"));
  EXPECT_TRUE(LooksLikePage("<!-- saved from url=(0022)http://example.com/ -->\n<HTML>"));
  EXPECT_TRUE(LooksLikePage("<script>var a = 1;</script><div>story</div>"));
  EXPECT_TRUE(LooksLikePage("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML"));
  EXPECT_TRUE(LooksLikePage("Warning: deprecated call in x.php\n<html><body>"));
  EXPECT_TRUE(LooksLikePage(std::string("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14)));
  EXPECT_TRUE(LooksLikePage(std::string("\x1F\x8B\x08\0\0\0\0\0", 8)));
  EXPECT_TRUE(LooksLikePage("WARC/1.1\r\nWARC-Type: warcinfo\r\n"));
  EXPECT_TRUE(
      LooksLikePage("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: multipart/related;\r\n"));
}

TEST(LooksLikePageTest, OtherFiles) {
  EXPECT_FALSE(LooksLikePage(""));
  EXPECT_FALSE(LooksLikePage("   \n"));
  EXPECT_FALSE(LooksLikePage("body { color: red; }\n"));
  EXPECT_FALSE(LooksLikePage("function f() { return '<html>'; }"));
  EXPECT_FALSE(LooksLikePage("{\"body\": \"<html> is a tag\"}"));
  EXPECT_FALSE(LooksLikePage("Harbour wall to be rebuilt\n\nThe council voted on Tuesday."));
  EXPECT_FALSE(LooksLikePage("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"));
  EXPECT_FALSE(LooksLikePage("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title>"));
  EXPECT_FALSE(LooksLikePage(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)));
  EXPECT_FALSE(LooksLikePage("%PDF-1.4\n"));
}

}  // namespace
}  // namespace newsift::cli
